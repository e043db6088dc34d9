"""Service configs are validated on load: unknown keys, capabilities or clients, and wrong types, are errors that
name the file and the key; valid YAML spellings (quoted values) work; the Makefile reads the facts from the loader."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
import yaml
from conftest import ROOT, SERVICES

from generator.config import (
    CAPABILITIES,
    CLI_CONNECTIONS,
    CLI_RUNTIME,
    CLIENT_MODULES,
    CORE_RUNTIME,
    FACADE_RUNTIME,
    RUNTIME_DIR,
    ConfigError,
    parse_service,
)

VALID = {
    "spec": "specs/dataplus-server.yaml",
    "project_name": "dataplus-server-client",
    "package_name": "dataplus_server_client",
    "package_version": "0.1.0",
    "title": "Data+ Server",
    "client": "dataplus",
    "capabilities": {"offset_paging": {"operation": "getEntries"}},
}


def load(text: str, tmp_path: Path):
    path = tmp_path / "example.yaml"
    path.write_text(text)
    return parse_service("example", path, yaml.safe_load(text))


def test_quoted_values_are_read_like_plain_ones(tmp_path: Path) -> None:
    quoted = "\n".join(f'{key}: "{value}"' for key, value in VALID.items() if isinstance(value, str))
    service = load(quoted + "\ncapabilities: ['tenant_url', \"envelope\"]\n", tmp_path)
    assert service.spec == ROOT / "specs" / "dataplus-server.yaml"
    assert service.package_version == "0.1.0" and service.client == "dataplus"
    assert list(service.capabilities) == ["tenant_url", "envelope"]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"flavour": "qrs"}, r"example.yaml: flavour: unknown key"),
        ({"capabilities": ["xrfkey", "xrf_key"]}, r"example.yaml: capabilities.xrf_key: unknown capability"),
        ({"capabilities": {"offset_paging": {}}}, r"capabilities.offset_paging.operation: required option missing"),
        ({"capabilities": {"offset_paging": {"operation": "x", "size": 1}}}, r"offset_paging.size: unknown option"),
        ({"client": "qrs2"}, r"example.yaml: client: unknown client 'qrs2'"),
        ({"package_version": 1}, r"example.yaml: package_version: must be a non-empty str"),
        ({"spec": "specs/missing.yaml"}, r"example.yaml: spec: no such file"),
        ({"package_name": "data-plus"}, r"example.yaml: package_name: 'data-plus' is not a Python identifier"),
        ({"prepare": ["x"]}, r"example.yaml: prepare: has the wrong type"),
    ],
)
def test_bad_configs_name_the_file_and_the_key(tmp_path: Path, change: dict, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        load(yaml.safe_dump({**VALID, **change}), tmp_path)


def test_a_missing_key_is_named(tmp_path: Path) -> None:
    data = dict(VALID)
    del data["client"]
    with pytest.raises(ConfigError, match="example.yaml: client: required key missing"):
        load(yaml.safe_dump(data), tmp_path)


def test_every_runtime_file_is_used_and_every_listed_one_exists() -> None:
    listed = set(CORE_RUNTIME) | set(CLIENT_MODULES.values()) | set(FACADE_RUNTIME)
    listed |= set(CLI_RUNTIME) | set(CLI_CONNECTIONS.values())
    for capability in CAPABILITIES.values():
        listed |= set(capability.runtime)
    # the per-API fake behaviour modules, named by the services' `fake` capability
    listed |= {s.capabilities["fake"]["module"] for s in SERVICES.values() if "fake" in s.capabilities}
    on_disk = {p.name for p in RUNTIME_DIR.glob("*.py")} - {"__init__.py"}
    assert listed == on_disk


def test_each_package_gets_the_runtime_modules_its_modules_import() -> None:
    """Every relative import of a copied runtime module names a module the package has."""
    for service in SERVICES.values():
        package = service.project_dir / service.package_name
        for name in service.runtime_files():
            for line in (package / name).read_text().splitlines():
                if line.startswith("from .") and not line.startswith("from . import"):
                    module = line.split()[1].lstrip(".")
                    assert (package / f"{module}.py").is_file(), (service.name, name, line)


def test_make_fails_on_a_bad_config_naming_the_file_and_the_key(tmp_path: Path) -> None:
    target = tmp_path / "repo"
    subprocess.run(["git", "clone", "--quiet", "--local", str(ROOT), str(target)], check=True)
    for name in ("Makefile", "generator"):
        subprocess.run(["rm", "-rf", name], cwd=target, check=True)
        subprocess.run(["cp", "-r", str(ROOT / name), name], cwd=target, check=True)
    config = target / "generator" / "services" / "qlik-qrs.yaml"
    text = config.read_text()
    config.write_text(text.replace("\n  ntlm:\n", "\n  ntlm:\n  paging:\n"))
    venv = ROOT / ".venv"
    result = subprocess.run(
        ["make", "-s", "-o", f"{venv}/.installed", "generate", f"VENV={venv}"],
        cwd=target,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "generator/services/qlik-qrs.yaml: capabilities.paging: unknown capability" in result.stderr
