"""Regenerate client packages from their specs.

    python -m generator.generate prepare SERVICE...   # specs/<spec> -> build/prepared/<service>.json
    python -m generator.generate build SERVICE...     # build/prepared/<service>.json -> clients/<project>/
    python -m generator.generate build --fresh SERVICE...  # both in one step, nothing written to build/
    python -m generator.generate check SERVICE...     # render afresh elsewhere; fail on any difference in clients/

SERVICE names a file in generator/services/. Generation uses openapi-python-client (exact version pinned) with
the templates in generator/templates; the hand-written runtime (generator/runtime/) is copied into each package
with a header saying so, and the modules that vary with the spec are rendered by the same Jinja environment.
"""

from __future__ import annotations

import argparse
import copy
import difflib
import filecmp
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from jinja2 import BaseLoader, ChoiceLoader, DictLoader, FileSystemLoader, PackageLoader, PrefixLoader
from openapi_python_client import Project
from openapi_python_client import __version__ as GENERATOR_VERSION
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError
from openapi_python_client.strings import snake_case

from generator import cli, facade, fake_spec, openapi, reference
from generator import prepare as preparation
from generator.config import ROOT, RUNTIME_DIR, ConfigError, Service, load_service, service_names

TEMPLATES_DIR = ROOT / "generator" / "templates"
# Copied as is into every package, which names it in License-File (wheel and sdist).
LICENSE = ROOT / "LICENSE"
PINNED_GENERATOR_VERSION = "0.29.1"
# Files of ours rendered into every package (template under templates/package/ -> path in the package).
PACKAGE_TEMPLATES = {"client.py": "client.py.jinja", "py.typed": "py.typed.jinja"}


def runtime_header(service: Service, source: str) -> str:
    """The first lines of a runtime module copied into a package (the rest of the file is the source as is)."""
    return (
        f"# Copied from generator/runtime/{source} into the client generated from {service.spec_path}.\n"
        "# Do not edit by hand: change generator/runtime/ and run `make generate`.\n"
    )


def operation_facts(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Per operation (by its snake_case id, as the generator names it), what the endpoint template needs
    beyond the generator's own model of the operation."""
    facts = {}
    for _method, _path, operation, item in openapi.operations(spec):
        tier = operation.get("x-rate-limit-tier")
        facts[snake_case(operation["operationId"])] = {
            "extensions": {"rate_limit_tier": tier} if tier is not None else {},
            "comma_query_params": [
                p["name"]
                for p in openapi.parameters(spec, operation, item)
                if p.get("in") == "query"
                and p.get("explode") is False
                and p.get("style", "form") == "form"
                and p.get("schema", {}).get("type") == "array"
            ],
        }
    return facts


def operation_table(spec: dict[str, Any]) -> list[dict[str, Any]]:
    """Every operation as the probe lists it: method, path, id, tag, title and where its path comes from."""
    return [
        {
            "method": method,
            "path": path,
            "operation_id": operation.get("operationId", ""),
            "tag": (operation.get("tags") or [None])[0],
            "summary": operation.get("summary"),
            "path_source": operation.get("x-path-source"),
            "path_note": operation.get("x-path-note"),
        }
        for method, path, operation, _item in openapi.operations(spec)
    ]


def page_operations(spec: dict[str, Any]) -> list[dict[str, Any]]:
    """GET operations answering a page: a schema with `data` (array of a named schema) and `links`."""
    schemas = spec.get("components", {}).get("schemas", {})
    found = []
    for method, _path, operation, _item in openapi.operations(spec):
        if method != "GET":
            continue
        content = operation.get("responses", {}).get("200", {}).get("content", {}).get("application/json", {})
        page = openapi.schema_name(content.get("schema", {}).get("$ref"))
        properties = schemas.get(page, {}).get("properties", {}) if page else {}
        item_model = openapi.schema_name(properties.get("data", {}).get("items", {}).get("$ref"))
        if item_model and "links" in properties:
            tier = operation.get("x-rate-limit-tier")
            found.append(
                {
                    "operation_id": operation["operationId"],
                    "tag": operation["tags"][0],
                    "page": page,
                    "item": item_model,
                    "extensions": {"rate_limit_tier": tier} if tier is not None else {},
                }
            )
    return found


_PYTHON_TYPES = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}


def offset_operation(spec: dict[str, Any], operation_id: str) -> dict[str, Any]:
    """The row-listing operation paged by `offset`/`limit`: its item model, page size and other arguments."""
    for _method, _path, operation, item in openapi.operations(spec):
        if operation.get("operationId") != operation_id:
            continue
        params = openapi.parameters(spec, operation, item)
        by_name = {p["name"]: p for p in params}
        if "limit" not in by_name or "offset" not in by_name:
            raise ValueError(f"{operation_id} has no limit/offset query parameters to page with")
        content = operation["responses"]["200"]["content"]["application/json"]["schema"]
        page = openapi.resolve(spec, content)
        item_model = openapi.schema_name(page["properties"]["data"]["items"].get("$ref"))
        arguments = []
        for p in params:
            if p["name"] in ("limit", "offset"):
                continue
            python_type = _PYTHON_TYPES[p["schema"]["type"]]
            arguments.append(
                {
                    "python_name": snake_case(p["name"]),
                    "required": bool(p.get("required")),
                    "type": python_type if p.get("required") else f"{python_type} | Unset",
                }
            )
        arguments.sort(key=lambda a: not a["required"])
        return {
            "operation_id": operation_id,
            "tag": operation["tags"][0],
            "item": item_model,
            "max_limit": by_name["limit"]["schema"]["maximum"],
            "arguments": arguments,
        }
    raise ValueError(f"no operation {operation_id!r} in the spec")


_SECRET_NAME = ("password", "secret", "token", "apikey", "api_key")


def secret_properties(spec: dict[str, Any]) -> dict[str, list[str]]:
    """Per component schema, the properties holding credentials (writeOnly, format password, or so named)."""
    found: dict[str, list[str]] = {}
    for name, schema in spec.get("components", {}).get("schemas", {}).items():
        for prop_name, prop in schema.get("properties", {}).items():
            if not isinstance(prop, dict) or prop.get("type") == "boolean":
                continue
            named = prop_name.lower().endswith(_SECRET_NAME)
            if prop.get("writeOnly") or prop.get("format") == "password" or named:
                found.setdefault(name, []).append(prop_name)
    return found


def documented_methods(template_globals: dict[str, Any]) -> dict[str, str]:
    """Per operation module (the snake_case operationId), the resource method documenting it:
    ``QalyptusClient.tasks.run``. Empty for a package without resource clients."""
    entry = template_globals.get("facade_client")
    return {
        snake_case(method["operation_id"]): f"{entry}.{resource['attribute']}.{method['name']}"
        for resource in template_globals.get("facade_resources", [])
        for method in resource["methods"]
    }


class ServiceProject(Project):
    """openapi-python-client's Project, with our template loader, header, runtime and spec-driven modules."""

    def __init__(
        self,
        *,
        openapi: GeneratorData,
        config: Config,
        service: Service,
        spec: dict[str, Any],
        prepared: dict[str, Any],
        upstream_models: bool = False,
    ) -> None:
        super().__init__(openapi=openapi, config=config)
        self.prepared = prepared
        upstream = PackageLoader("openapi_python_client")
        # Our templates win by file name; "upstream/<name>" reaches the original so a wrapper can include it.
        loaders: list[BaseLoader] = [
            FileSystemLoader(str(TEMPLATES_DIR)),
            PrefixLoader({"upstream": upstream}),
            upstream,
        ]
        if upstream_models:  # the reference build: models rendered by the original template
            loaders.insert(0, DictLoader({"model.py.jinja": '{% include "upstream/model.py.jinja" %}'}))
        self.env.loader = ChoiceLoader(loaders)
        self.service = service
        offset = service.capabilities.get("offset_paging")
        self.env.globals.update(
            service=service,
            spec_path=service.spec_path,
            generator_version=GENERATOR_VERSION,
            client_module=service.client_module,
            operation_facts=operation_facts(spec),
            operations=operation_table(spec),
            page_operations=page_operations(spec),
            offset_operation=offset_operation(spec, offset["operation"]) if offset else None,
            secret_properties=secret_properties(spec),
            field_converter=facade.field_converter,
        )
        if service.resources:  # the resource clients: entry class, resources, methods
            facade_data = facade.template_data(spec, service.resources, openapi)
            self.env.globals.update(facade_data, reference=reference)
            if service.cli:  # the command-line tool: one command per resource method
                self.env.globals.update(
                    cli.template_data(
                        spec, service.cli, facade_data, openapi, list(service.resources.get("positional", []))
                    )
                )
                self.env.globals["cli_connection"] = service.cli_connection
        self.env.globals["operation_methods"] = documented_methods(self.env.globals)

    def _build_metadata(self) -> None:
        super()._build_metadata()
        (self.project_dir / "LICENSE").write_bytes(LICENSE.read_bytes())
        if self.service.resources:  # every resource method with its signature, beside the README
            rendered = self.env.get_template("api.md.jinja").render(
                project_name=self.project_name, package_name=self.package_name
            )
            (self.project_dir / "api.md").write_text(rendered, encoding=self.config.file_encoding)

    def _build_api(self) -> None:
        super()._build_api()  # upstream's client.py and errors.py are replaced below by ours
        for name, source in self.service.runtime_files().items():
            text = (RUNTIME_DIR / source).read_text(encoding="utf-8")
            (self.package_dir / name).write_text(runtime_header(self.service, source) + text, encoding="utf-8")
        if "fake" in self.service.capabilities:  # the operations the fake checks requests against
            text = fake_spec.render(self.service, self.prepared)
            (self.package_dir / fake_spec.FILE_NAME).write_text(text, encoding="utf-8")
        for name, template in {**PACKAGE_TEMPLATES, **self.service.rendered_files()}.items():
            rendered = self.env.get_template(f"package/{template}").render()
            (self.package_dir / name).parent.mkdir(parents=True, exist_ok=True)
            (self.package_dir / name).write_text(rendered, encoding=self.config.file_encoding)
        # One module per resource (resources/<attribute>.py), each rendered with the same per-method macros.
        resource_template = self.env.get_template("package/resource_module.py.jinja")
        for resource in self.env.globals.get("facade_resources", []):
            path = self.package_dir / "resources" / f"{resource['attribute']}.py"
            path.write_text(resource_template.render(resource=resource), encoding=self.config.file_encoding)
        if self.service.cli:  # one small command table per resource
            template = self.env.get_template("package/commands_resource.py.jinja")
            for resource in self.env.globals["cli_resources"]:
                rendered = template.render(resource=resource)
                target = self.package_dir / "_commands" / f"{resource['attribute']}.py"
                target.write_text(rendered, encoding=self.config.file_encoding)


def _fail(errors: list[GeneratorError]) -> None:
    for error in errors:
        print(f"{error.level.name}: {error.header}\n{error.detail or ''}", file=sys.stderr)
    raise SystemExit(f"generation failed with {len(errors)} error(s)/warning(s); warnings are errors here")


def _check_generator_version() -> None:
    import openapi_python_client

    if openapi_python_client.__version__ != PINNED_GENERATOR_VERSION:
        raise SystemExit(
            f"openapi-python-client {openapi_python_client.__version__} found, {PINNED_GENERATOR_VERSION} required"
        )


def _render(
    service: Service,
    prepared: dict[str, Any],
    spec: dict[str, Any],
    output: Path,
    *,
    package_name: str,
    upstream_models: bool = False,
) -> None:
    """Render the project for `service` into `output` (a directory that must not exist yet)."""
    # The formatter post-hooks must be the pinned ruff from this interpreter's environment, leaving no cache behind.
    os.environ["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"
    os.environ["RUFF_NO_CACHE"] = "true"
    config = Config.from_sources(
        ConfigFile(
            project_name_override=output.name,
            package_name_override=package_name,
            package_version_override=service.package_version,
        ),
        MetaType.PDM,  # any value but NONE: we want pyproject.toml, README and py.typed (our templates)
        service.prepared_spec,
        "utf-8",
        overwrite=True,
        output_path=output,
    )
    untouched = copy.deepcopy(prepared)  # what the fake's spec is made from, whatever the parser does to its input
    openapi_data = GeneratorData.from_dict(prepared, config=config)
    if isinstance(openapi_data, GeneratorError):
        _fail([openapi_data])
        return
    project = ServiceProject(
        openapi=openapi_data,
        config=config,
        service=service,
        spec=spec,
        prepared=untouched,
        upstream_models=upstream_models,
    )
    errors = list(project.build())
    if errors:
        _fail(errors)


def render_fresh(service: Service, output: Path) -> None:
    """Prepare the spec in memory and render the package into `output` (build/ is left untouched)."""
    _check_generator_version()
    spec = openapi.load_spec(service.spec)
    _render(service, preparation.prepare(spec, service.prepare), spec, output, package_name=service.package_name)


def build(service: Service, *, fresh: bool = False) -> None:
    _check_generator_version()
    with tempfile.TemporaryDirectory(prefix=f"gen-{service.name}-") as scratch:
        output = Path(scratch) / service.project_name
        if fresh:  # prepare in memory: leave build/ (and so make's view of what is up to date) untouched
            render_fresh(service, output)
        else:
            spec = openapi.load_spec(service.spec)
            prepared = openapi.load_spec(service.prepared_spec)
            _render(service, prepared, spec, output, package_name=service.package_name)
        # Replace the committed package wholesale so that removed operations leave no stale files; copy beside
        # it first and swap by renames, so the package is never seen half-written.
        service.project_dir.parent.mkdir(parents=True, exist_ok=True)
        staged = service.project_dir.with_name(f".{service.project_name}.new")
        retired = service.project_dir.with_name(f".{service.project_name}.old")
        for leftover in (staged, retired):
            shutil.rmtree(leftover, ignore_errors=True)
        shutil.copytree(output, staged)
        if service.project_dir.exists():
            service.project_dir.rename(retired)
        staged.rename(service.project_dir)
        shutil.rmtree(retired, ignore_errors=True)


# Never part of a package, wherever they appear: tool caches of a local run.
_IGNORED = {"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache"}


def _files(root: Path) -> set[str]:
    found = set()
    for directory, subdirs, files in os.walk(root):
        subdirs[:] = [d for d in subdirs if d not in _IGNORED]
        found.update((Path(directory) / name).relative_to(root).as_posix() for name in files)
    return found


def compare(expected: Path, actual: Path) -> tuple[list[str], list[str], list[str], list[str]]:
    """(changed, missing, extra, diff lines) between a fresh render and a package directory."""
    want, have = _files(expected), _files(actual)
    changed = sorted(n for n in want & have if not filecmp.cmp(expected / n, actual / n, shallow=False))
    diff: list[str] = []
    for name in changed:
        diff.extend(
            difflib.unified_diff(
                (expected / name).read_text(encoding="utf-8").splitlines(keepends=True),
                (actual / name).read_text(encoding="utf-8").splitlines(keepends=True),
                fromfile=f"generated/{name}",
                tofile=f"clients/{name}",
            )
        )
    return changed, sorted(want - have), sorted(have - want), diff


def check(services: list[Service]) -> int:
    """Render every service afresh into a temporary folder and compare it with clients/ as it is on disk."""
    problems = 0
    with tempfile.TemporaryDirectory(prefix="gen-check-") as scratch:
        for service in services:
            output = Path(scratch) / service.project_name
            render_fresh(service, output)
            changed, missing, extra, diff = compare(output, service.project_dir)
            prefix = f"clients/{service.project_name}/"
            for label, names in (("changed", changed), ("missing", missing), ("not generated", extra)):
                for name in names:
                    print(f"{label}: {prefix}{name}", file=sys.stderr)
                    problems += 1
            if diff:
                sys.stderr.writelines(diff[:200])
    if problems:
        print(
            f"clients/ differs from what specs/ and generator/ produce ({problems} file(s)).\n"
            "Fix: run 'make generate' (never edit clients/ by hand).",
            file=sys.stderr,
        )
        return 1
    print("clients/ matches specs/ and generator/")
    return 0


def build_reference(service: Service, destination: Path) -> str:
    """The package with its models rendered by the generator's own model template, as
    `<package>_reference` under `destination`; tests compare our from_dict with it. Returns the package name."""
    _check_generator_version()
    spec = openapi.load_spec(service.spec)
    package_name = f"{service.package_name}_reference"
    output = destination / f"{service.project_name}-reference"
    _render(
        service,
        preparation.prepare(spec, service.prepare),
        spec,
        output,
        package_name=package_name,
        upstream_models=True,
    )
    return package_name


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("step", choices=("prepare", "build", "check"))
    parser.add_argument("services", nargs="*", help="default for check: every service")
    parser.add_argument("--fresh", action="store_true", help="build: prepare the spec in memory, not from build/")
    args = parser.parse_args(argv)
    try:
        services = [load_service(name) for name in args.services or service_names()]
    except ConfigError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    if args.step == "check":
        return check(services)
    for service in services:
        if args.step == "prepare":
            spec = openapi.load_spec(service.spec)
            preparation.write_prepared(preparation.prepare(spec, service.prepare), service.prepared_spec)
        else:
            build(service, fresh=args.fresh)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
