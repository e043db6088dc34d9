"""Regenerate client packages from their specs.

    python -m generator.generate prepare SERVICE   # specs/<spec> -> build/prepared/<service>.json
    python -m generator.generate build SERVICE     # build/prepared/<service>.json -> clients/<project>/
    python -m generator.generate build --fresh SERVICE  # both in one step, nothing written to build/

SERVICE names a file in generator/services/. Generation uses openapi-python-client (exact version pinned)
with the templates in generator/templates; our own modules (runtime, pagination, py.typed) are rendered by
the same Jinja environment, so every file carries the generated-file header.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from jinja2 import BaseLoader, ChoiceLoader, DictLoader, FileSystemLoader, PackageLoader, PrefixLoader
from openapi_python_client import Project
from openapi_python_client import __version__ as GENERATOR_VERSION
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError

from generator import facade
from generator import prepare as preparation

ROOT = Path(__file__).resolve().parents[1]
GENERATOR_DIR = ROOT / "generator"
TEMPLATES_DIR = GENERATOR_DIR / "templates"
SERVICES_DIR = GENERATOR_DIR / "services"
RUNTIME_DIR = GENERATOR_DIR / "runtime"
PREPARED_DIR = ROOT / "build" / "prepared"
CLIENTS_DIR = ROOT / "clients"
PINNED_GENERATOR_VERSION = "0.29.1"

# Modules of ours rendered into every package (template under templates/package/ -> path in package).
EXTRA_MODULES = ("_runtime.py", "py.typed")
# The resource layer, for a service whose config has a naming table (`resources:`): rendered, and copied as is
# from generator/runtime/ (with the generated-file header).
RESOURCE_MODULES = ("resources.py",)
COPIED_MODULES = ("_facade.py",)
# Flavour-specific extras.
FLAVOUR_MODULES = {
    "qlik_cloud": ("pagination.py",),
    "dataplus": ("pagination.py",),
}


@dataclass(frozen=True)
class Service:
    name: str
    spec: Path
    project_name: str
    package_name: str
    package_version: str
    flavour: str
    title: str
    prepare: dict[str, Any] = field(default_factory=dict)
    resources: dict[str, Any] = field(default_factory=dict)  # the naming table of the resource layer

    @property
    def prepared_spec(self) -> Path:
        return PREPARED_DIR / f"{self.name}.json"

    @property
    def project_dir(self) -> Path:
        return CLIENTS_DIR / self.project_name


def load_service(name: str) -> Service:
    path = SERVICES_DIR / f"{name}.yaml"
    if not path.is_file():
        known = sorted(p.stem for p in SERVICES_DIR.glob("*.yaml"))
        raise SystemExit(f"unknown service {name!r}; known: {', '.join(known)}")
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return Service(name=name, spec=ROOT / data.pop("spec"), **data)


def regex_for_path(template: str) -> str:
    """A regex matching request paths that end with this path template ({param} = one segment)."""
    parts = re.split(r"(\{[^}]+\})", template)
    return "".join("[^/]+" if part.startswith("{") else re.escape(part) for part in parts) + "$"


def resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    """Follow a local $ref (#/components/...)."""
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def operation_table(spec: dict[str, Any]) -> list[dict[str, Any]]:
    """Per-operation facts the runtime needs and the generator does not carry (vendor extensions)."""
    rows = []
    for path, item in spec["paths"].items():
        for method in preparation.HTTP_METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            rows.append(
                {
                    "method": method.upper(),
                    "path": path,
                    "operation_id": operation.get("operationId", ""),
                    "rate_limit_tier": operation.get("x-rate-limit-tier"),
                    "comma_query_params": [
                        p["name"]
                        for p in (
                            resolve(spec, p) for p in item.get("parameters", []) + operation.get("parameters", [])
                        )
                        if p.get("in") == "query"
                        and p.get("explode") is False
                        and p.get("style", "form") == "form"
                        and p.get("schema", {}).get("type") == "array"
                    ],
                }
            )
    return rows


def _schema_name(ref: object) -> str | None:
    prefix = "#/components/schemas/"
    return ref.removeprefix(prefix) if isinstance(ref, str) and ref.startswith(prefix) else None


def page_operations(spec: dict[str, Any]) -> list[dict[str, Any]]:
    """GET operations answering a page: a schema with `data` (array of a named schema) and `links`."""
    schemas = spec.get("components", {}).get("schemas", {})
    found = []
    for item in spec["paths"].values():
        operation = item.get("get")
        if operation is None:
            continue
        content = operation.get("responses", {}).get("200", {}).get("content", {}).get("application/json", {})
        page = _schema_name(content.get("schema", {}).get("$ref"))
        properties = schemas.get(page, {}).get("properties", {}) if page else {}
        item_model = _schema_name(properties.get("data", {}).get("items", {}).get("$ref"))
        if item_model and "links" in properties:
            found.append(
                {
                    "operation_id": operation["operationId"],
                    "tag": operation["tags"][0],
                    "page": page,
                    "item": item_model,
                }
            )
    return found


_SECRET_NAME = re.compile(r"(password|secret|token|apikey|api_key)$", re.IGNORECASE)


def secret_properties(spec: dict[str, Any]) -> dict[str, list[str]]:
    """Per component schema, the properties holding credentials (writeOnly, format password, or so named)."""
    found: dict[str, list[str]] = {}
    for name, schema in spec.get("components", {}).get("schemas", {}).items():
        for prop_name, prop in schema.get("properties", {}).items():
            if not isinstance(prop, dict) or prop.get("type") == "boolean":
                continue
            if prop.get("writeOnly") or prop.get("format") == "password" or _SECRET_NAME.search(prop_name):
                found.setdefault(name, []).append(prop_name)
    return found


class ServiceProject(Project):
    """openapi-python-client's Project, with our template loader, header and extra modules."""

    def __init__(
        self,
        *,
        openapi: GeneratorData,
        config: Config,
        service: Service,
        spec: dict[str, Any],
        upstream_models: bool = False,
    ) -> None:
        super().__init__(openapi=openapi, config=config)
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
        self.env.filters["regex_for_path"] = regex_for_path
        self.env.globals.update(
            service=service,
            flavour=service.flavour,
            spec_path=service.spec.relative_to(ROOT).as_posix(),
            generator_version=GENERATOR_VERSION,
            operations=operation_table(spec),
            page_operations=page_operations(spec),
            secret_properties=secret_properties(spec),
            servers=spec.get("servers", []),
        )
        if service.resources:
            self.env.globals.update(facade.template_data(spec, service.resources, openapi))

    def _create_package(self) -> None:
        super()._create_package()
        modules = EXTRA_MODULES + FLAVOUR_MODULES.get(self.service.flavour, ())
        modules += RESOURCE_MODULES if self.service.resources else ()
        for module in modules:
            template = self.env.get_template(f"package/{module}.jinja")
            (self.package_dir / module).write_text(template.render(), encoding=self.config.file_encoding)
        header = self.env.get_template("_header.py.jinja").render()
        for module in COPIED_MODULES if self.service.resources else ():
            source = (RUNTIME_DIR / module).read_text(encoding="utf-8")
            (self.package_dir / module).write_text(f"{header}\n{source}", encoding=self.config.file_encoding)


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
    # The formatter post-hooks must be the pinned ruff from this interpreter's environment.
    os.environ["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"
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
    openapi = GeneratorData.from_dict(prepared, config=config)
    if isinstance(openapi, GeneratorError):
        _fail([openapi])
        return
    project = ServiceProject(
        openapi=openapi, config=config, service=service, spec=spec, upstream_models=upstream_models
    )
    errors = list(project.build())
    if errors:
        _fail(errors)


def build(service: Service, *, fresh: bool = False) -> None:
    _check_generator_version()
    spec = preparation.load_spec(service.spec)
    if fresh:  # prepare in memory: leave build/ (and so make's view of what is up to date) untouched
        prepared = preparation.prepare(spec, service.prepare)
    else:
        prepared = preparation.load_spec(service.prepared_spec)
    with tempfile.TemporaryDirectory(prefix=f"gen-{service.name}-") as scratch:
        output = Path(scratch) / service.project_name
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


def build_reference(service: Service, destination: Path) -> str:
    """The package with its models rendered by the generator's own model template, as
    `<package>_reference` under `destination`; tests compare our from_dict with it. Returns the package name."""
    _check_generator_version()
    spec = preparation.load_spec(service.spec)
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


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("step", choices=("prepare", "build"))
    parser.add_argument("services", nargs="+")
    parser.add_argument("--fresh", action="store_true", help="build: prepare the spec in memory, not from build/")
    args = parser.parse_args(argv)
    for name in args.services:
        service = load_service(name)
        if args.step == "prepare":
            spec = preparation.load_spec(service.spec)
            preparation.write_prepared(preparation.prepare(spec, service.prepare), service.prepared_spec)
        else:
            build(service, fresh=args.fresh)


if __name__ == "__main__":
    main()
