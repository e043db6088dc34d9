"""The service configs (generator/services/<service>.yaml): what each client package is made of.

    python -m generator.config makefile   # the per-service facts the Makefile includes (build/services.mk)

A config is validated on load: an unknown key, an unknown capability or client, or a value of the wrong type is
an error naming the file and the key.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
SERVICES_DIR = ROOT / "generator" / "services"
RUNTIME_DIR = ROOT / "generator" / "runtime"
PREPARED_DIR = ROOT / "build" / "prepared"
CLIENTS_DIR = ROOT / "clients"

# Runtime modules copied into every package (byte-identical apart from the header).
CORE_RUNTIME = (
    "_base_client.py",
    "_columns.py",
    "_hooks.py",
    "_inputs.py",
    "_operation.py",
    "_redaction.py",
    "_retry.py",
    "_runtime.py",
    "_transport.py",
    "_validation.py",
    "errors.py",
)
# The resource clients' shared machinery (pagers, raw responses, routes, result errors), for a service with a
# naming table.
FACADE_RUNTIME = ("_facade.py", "_results.py")
# The command-line tool's machinery, for a service with a `cli:` section (and a naming table).
CLI_RUNTIME = ("_cli.py", "_cli_config.py", "_cli_output.py", "_cli_tool.py")
# How each API's tool connects (flags, environment variables, profile keys).
CLI_CONNECTIONS = {
    "qrs": "_cli_qrs.py",
    "qlik_cloud": "_cli_qlik_cloud.py",
    "qalyptus": "_cli_qalyptus.py",
    "dataplus": "_cli_dataplus.py",
}
# The API-specific client modules (runtime file holding `Client` and `AuthenticatedClient`).
CLIENT_MODULES = {
    "qrs": "_qrs_client.py",
    "qlik_cloud": "_qlik_cloud_client.py",
    "qalyptus": "_qalyptus_client.py",
    "dataplus": "_dataplus_client.py",
}


@dataclass(frozen=True)
class Capability:
    """An API feature: runtime modules copied into the package, and modules rendered from the spec for it."""

    runtime: tuple[str, ...] = ()
    rendered: dict[str, str] = field(default_factory=dict)  # package file -> template under templates/package/
    options: frozenset[str] = frozenset()  # keys the capability accepts in the config
    required_options: frozenset[str] = frozenset()


CAPABILITIES: dict[str, Capability] = {
    "xrfkey": Capability(runtime=("_xrfkey.py",)),
    # Windows (NTLM) login through the proxy; pyspnego comes with the package's `ntlm` extra.
    "ntlm": Capability(runtime=("_ntlm.py",)),
    "tier_pacing": Capability(runtime=("_tier_pacing.py",)),
    "tenant_url": Capability(runtime=("_tenant_url.py",)),
    "envelope": Capability(runtime=("_envelope.py",)),
    "cursor_paging": Capability(
        runtime=("_cursor_paging.py",), rendered={"pagination.py": "cursor_pagination.py.jinja"}
    ),
    # read-only route discovery against a live tenant: python -m <package>.probe
    "probe": Capability(runtime=("_probe.py",), rendered={"probe.py": "probe.py.jinja"}),
    "offset_paging": Capability(
        runtime=("_offset_paging.py",),
        rendered={"pagination.py": "offset_pagination.py.jinja"},
        options=frozenset({"operation"}),
        required_options=frozenset({"operation"}),
    ),
    # `<package>.testing`: an in-process fake server; the API's behaviour is the runtime module `module`
    # (class `server`), wrapped as `name` with client()/async_client(); pytest fixture `fixture` (pytest11).
    "fake": Capability(
        runtime=("_fake.py", "_fake_spec.py"),
        rendered={"testing.py": "testing.py.jinja", "_pytest_plugin.py": "pytest_plugin.py.jinja"},
        options=frozenset({"module", "server", "name", "fixture"}),
        required_options=frozenset({"module", "server", "name", "fixture"}),
    ),
}


@dataclass(frozen=True)
class Service:
    name: str
    config_path: Path
    spec: Path
    project_name: str
    package_name: str
    package_version: str
    title: str
    client: str
    capabilities: dict[str, dict[str, Any]]
    prepare: dict[str, Any] = field(default_factory=dict)
    # The naming table of the resource clients (entry class, resource per tag, method name exceptions); see
    # generator/facade.py. With it the package gets resources/ and the runtime's _facade.py and _results.py.
    resources: dict[str, Any] = field(default_factory=dict)
    # The command-line tool: {command: <console script name>}; its commands follow `resources`.
    cli: dict[str, Any] = field(default_factory=dict)

    @property
    def spec_path(self) -> str:
        """The spec's path relative to the repository (as shown in headers)."""
        return self.spec.relative_to(ROOT).as_posix()

    @property
    def prepared_spec(self) -> Path:
        return PREPARED_DIR / f"{self.name}.json"

    @property
    def project_dir(self) -> Path:
        return CLIENTS_DIR / self.project_name

    @property
    def wheel_name(self) -> str:
        return f"{self.project_name.replace('-', '_')}-{self.package_version}-py3-none-any.whl"

    @property
    def sdist_name(self) -> str:
        return f"{self.project_name.replace('-', '_')}-{self.package_version}.tar.gz"

    @property
    def client_module(self) -> str:
        """The runtime module holding this API's client classes (``_qrs_client``...)."""
        return CLIENT_MODULES[self.client].removesuffix(".py")

    def runtime_files(self) -> dict[str, str]:
        """Package file name -> runtime source file name, for every runtime module this package gets."""
        files = {name: name for name in CORE_RUNTIME}
        files[CLIENT_MODULES[self.client]] = CLIENT_MODULES[self.client]
        for capability in self.capabilities:
            files.update({name: name for name in CAPABILITIES[capability].runtime})
        if "fake" in self.capabilities:  # the API's own fake behaviour module
            module = self.capabilities["fake"]["module"]
            files[module] = module
        if self.resources:
            files.update({name: name for name in FACADE_RUNTIME})
        if self.cli:
            files.update({name: name for name in (*CLI_RUNTIME, CLI_CONNECTIONS[self.client])})
        return files

    @property
    def cli_connection(self) -> str:
        """The runtime module telling how this API's tool connects (``_cli_qrs``...)."""
        return CLI_CONNECTIONS[self.client].removesuffix(".py")

    def rendered_files(self) -> dict[str, str]:
        """Package file name -> template under templates/package/, for the capabilities' spec-driven modules."""
        rendered: dict[str, str] = {}
        for capability in self.capabilities:
            rendered.update(CAPABILITIES[capability].rendered)
        if self.resources:  # and a module per resource, resources/<attribute>.py (generate.py)
            rendered["resources/__init__.py"] = "resources_init.py.jinja"
        if self.cli:
            rendered["cli.py"] = "cli.py.jinja"
            rendered["_commands/__init__.py"] = "commands_init.py.jinja"
        return rendered


class ConfigError(ValueError):
    pass


_REQUIRED: dict[str, type] = {
    "spec": str,
    "project_name": str,
    "package_name": str,
    "package_version": str,
    "title": str,
    "client": str,
}
_OPTIONAL: dict[str, type | tuple[type, ...]] = {
    "capabilities": (list, dict),
    "prepare": dict,
    "resources": dict,
    "cli": dict,
}


def _fail(path: Path, key: str, problem: str) -> ConfigError:
    return ConfigError(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}: {key}: {problem}")


def _capabilities(path: Path, value: object) -> dict[str, dict[str, Any]]:
    entries: dict[str, Any]
    if isinstance(value, list):
        entries = {}
        for item in value:
            if not isinstance(item, str):
                raise _fail(path, "capabilities", f"entries must be capability names, not {item!r}")
            entries[item] = {}
    else:
        assert isinstance(value, dict)
        entries = value
    capabilities: dict[str, dict[str, Any]] = {}
    for name, options in entries.items():
        if name not in CAPABILITIES:
            raise _fail(path, f"capabilities.{name}", f"unknown capability (known: {', '.join(sorted(CAPABILITIES))})")
        options = options or {}
        if not isinstance(options, dict):
            raise _fail(path, f"capabilities.{name}", "options must be a mapping")
        capability = CAPABILITIES[name]
        for key in options:
            if key not in capability.options:
                raise _fail(path, f"capabilities.{name}.{key}", "unknown option")
        for key in sorted(capability.required_options - set(options)):
            raise _fail(path, f"capabilities.{name}.{key}", "required option missing")
        capabilities[name] = dict(options)
    return capabilities


def load_service(name: str) -> Service:
    path = SERVICES_DIR / f"{name}.yaml"
    if not path.is_file():
        known = sorted(p.stem for p in SERVICES_DIR.glob("*.yaml"))
        raise ConfigError(f"unknown service {name!r}; known: {', '.join(known)}")
    return parse_service(name, path, yaml.safe_load(path.read_text(encoding="utf-8")))


def parse_service(name: str, path: Path, data: object) -> Service:
    if not isinstance(data, dict):
        raise _fail(path, "(top level)", "must be a mapping")
    for key in data:
        if key not in _REQUIRED and key not in _OPTIONAL:
            raise _fail(path, str(key), f"unknown key (known: {', '.join(sorted({*_REQUIRED, *_OPTIONAL}))})")
    for key, kind in _REQUIRED.items():
        if key not in data:
            raise _fail(path, key, "required key missing")
        if not isinstance(data[key], kind) or not data[key]:
            raise _fail(path, key, f"must be a non-empty {kind.__name__}, not {data[key]!r}")
    for key, kinds in _OPTIONAL.items():
        if key in data and not isinstance(data[key], kinds):
            raise _fail(path, key, f"has the wrong type ({type(data[key]).__name__})")
    if data["client"] not in CLIENT_MODULES:
        raise _fail(path, "client", f"unknown client {data['client']!r} (known: {', '.join(sorted(CLIENT_MODULES))})")
    spec = ROOT / data["spec"]
    if not spec.is_file():
        raise _fail(path, "spec", f"no such file {data['spec']!r}")
    cli = dict(data.get("cli") or {})
    if cli:
        if not isinstance(cli.get("command"), str) or not cli["command"] or set(cli) - {"command", "download_to"}:
            raise _fail(path, "cli", "must be {command: <console script name>, download_to: {<operationId>: <id>}}")
        if not isinstance(cli.get("download_to", {}), dict):
            raise _fail(path, "cli.download_to", "must map operationIds to the operationId streaming their file")
        if not data.get("resources"):
            raise _fail(path, "cli", "needs the `resources` naming table (the commands follow it)")
    if not data["package_name"].isidentifier():
        raise _fail(path, "package_name", f"{data['package_name']!r} is not a Python identifier")
    return Service(
        name=name,
        config_path=path,
        spec=spec,
        project_name=data["project_name"],
        package_name=data["package_name"],
        package_version=data["package_version"],
        title=data["title"],
        client=data["client"],
        capabilities=_capabilities(path, data.get("capabilities", [])),
        prepare=dict(data.get("prepare") or {}),
        resources=dict(data.get("resources") or {}),
        cli=cli,
    )


def service_names() -> list[str]:
    return sorted(p.stem for p in SERVICES_DIR.glob("*.yaml"))


def load_services() -> dict[str, Service]:
    return {name: load_service(name) for name in service_names()}


def makefile() -> str:
    """Make variables: SERVICES, and spec_/project_/package_/wheel_/sdist_<s> for each service."""
    services = load_services()
    lines = ["# Generated by `python -m generator.config makefile` from generator/services/*.yaml.", ""]
    lines.append(f"SERVICES := {' '.join(services)}")
    for name, service in services.items():
        lines.append(f"spec_{name} := {service.spec_path}")
        lines.append(f"project_{name} := {service.project_name}")
        lines.append(f"package_{name} := {service.package_name}")
        lines.append(f"wheel_{name} := dist/{service.wheel_name}")
        lines.append(f"sdist_{name} := dist/{service.sdist_name}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args != ["makefile"]:
        print("usage: python -m generator.config makefile", file=sys.stderr)
        return 2
    try:
        sys.stdout.write(makefile())
    except ConfigError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
