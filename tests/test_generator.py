"""The generator setup: pinned versions, upstream templates we depend on, headers, spec preparation."""

from __future__ import annotations

import hashlib
import inspect
import json
import subprocess
from importlib import metadata
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, SERVICES, load_spec, operations
from helpers import api_modules
from openapi_python_client.strings import snake_case

from generator import generate, openapi
from generator import prepare as preparation
from generator.config import CORE_RUNTIME, RUNTIME_DIR
from generator.generate import runtime_header

TEMPLATES = ROOT / "generator" / "templates"
CHECKSUMS = ROOT / "generator" / "upstream-templates.sha256"


def pinned(requirement: str) -> str:
    for line in (ROOT / "requirements-dev.txt").read_text().splitlines():
        name, _, version = line.partition("==")
        if name.strip().lower() == requirement:
            return version.strip()
    raise AssertionError(f"{requirement} is not pinned with == in requirements-dev.txt")


@pytest.mark.parametrize("package", ["openapi-python-client", "ruff"])
def test_generator_and_formatter_are_pinned_and_installed(package: str) -> None:
    assert metadata.version(package) == pinned(package)


def test_upstream_templates_we_override_are_unchanged() -> None:
    import openapi_python_client

    upstream = Path(openapi_python_client.__file__).parent / "templates"
    recorded = {}
    for line in CHECKSUMS.read_text().splitlines():
        if line and not line.startswith("#"):
            digest, name = line.split()
            recorded[name] = digest
    overridden = {p.name for p in TEMPLATES.iterdir() if p.is_file() and (upstream / p.name).exists()}
    # Overridden files, plus upstream files we copied parts of (e.g. the docstring macros).
    assert overridden <= set(recorded), "every overridden template needs a recorded upstream checksum"
    for name, digest in recorded.items():
        actual = hashlib.sha256((upstream / name).read_bytes()).hexdigest()
        assert actual == digest, f"upstream {name} changed: re-read it, port our changes, update {CHECKSUMS.name}"


def generated_files() -> list[Path]:
    """The files of clients/ that are part of the project (tool caches such as .mypy_cache are ignored)."""
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", "clients"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    files = [ROOT / name for name in listed]
    assert len(files) > 50
    return files


def test_every_generated_file_says_it_is_generated_and_from_what() -> None:
    copied = 0
    for path in generated_files():
        project = path.relative_to(ROOT / "clients").parts[0]
        spec = next(s.spec_path for s in SERVICES.values() if s.project_name == project)
        if path.name == "LICENSE":  # the repository's own, copied unchanged
            assert path.read_bytes() == (ROOT / "LICENSE").read_bytes(), path
            continue
        lines = path.read_text(encoding="utf-8").splitlines()
        # The README is the package's page on the index: it opens with the package, the notice is its last line.
        head = "\n".join(lines[-1:] if path.name == "README.md" else lines[:4])
        if head.startswith("# Copied from generator/runtime/"):
            source = head.split()[3]
            assert (ROOT / source).is_file(), path
            assert f"into the client generated from {spec}." in head, path
            copied += 1
        else:
            assert f"Generated from {spec}" in head, path
        assert "Do not edit by hand" in head, path
    assert copied >= 4 * len(CORE_RUNTIME)


def test_shared_runtime_files_are_the_runtime_sources_byte_for_byte() -> None:
    """Apart from the two header lines, each copied module is its generator/runtime/ source, in every package."""
    for service in SERVICES.values():
        package = service.project_dir / service.package_name
        files = service.runtime_files()
        assert set(CORE_RUNTIME) <= set(files)
        for name, source in files.items():
            lines = (package / name).read_text(encoding="utf-8").splitlines(keepends=True)
            assert lines[:2] == runtime_header(service, source).splitlines(keepends=True), (service.name, name)
            assert "".join(lines[2:]) == (RUNTIME_DIR / source).read_text(encoding="utf-8"), (service.name, name)


def test_runtime_sources_hold_no_template_syntax() -> None:
    for path in RUNTIME_DIR.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "{%" not in text and "{#" not in text and "{{ " not in text, path


def test_a_fresh_render_holds_only_package_files(tmp_path: Path) -> None:
    """What the generator writes for a package: its metadata files and Python modules, no tool caches."""
    service = SERVICES["dataplus-server"]
    output = tmp_path / service.project_name
    generate.render_fresh(service, output)
    files = {p.relative_to(output).as_posix() for p in output.rglob("*") if p.is_file()}
    assert {"README.md", "pyproject.toml", f"{service.package_name}/py.typed"} <= files
    unexpected = {
        f
        for f in files
        if f
        not in (
            "README.md",
            "api.md",
            "pyproject.toml",
            ".gitignore",
            "LICENSE",
            f"{service.package_name}/py.typed",
            f"{service.package_name}/_fake_spec.json",  # the operations a package's fake checks requests against
        )
        and not (f.startswith(f"{service.package_name}/") and f.endswith(".py"))
    }
    assert not unexpected


def test_preparation_removes_the_xrfkey_parameter_everywhere() -> None:
    spec = load_spec("qlik-qrs")
    assert "XrfKeyParam" in json.dumps(spec)  # the spec itself stays as documented
    prepared = preparation.prepare(spec, SERVICES["qlik-qrs"].prepare)
    text = json.dumps(prepared)
    assert "XrfKeyParam" not in text and '"Xrfkey"' not in text
    assert len(operations(prepared)) == len(operations(spec)) == 7


def test_preparation_rejects_unknown_steps() -> None:
    with pytest.raises(ValueError, match="unknown preparation step"):
        preparation.prepare(load_spec("qlik-qrs"), {"rename_everything": True})


@pytest.mark.parametrize("service", sorted(SERVICES))
def test_one_module_per_operation_with_its_call_styles(service: str) -> None:
    """sync_detailed/asyncio_detailed always; sync/asyncio exactly when the operation documents a response body."""
    spec = load_spec(service)
    modules = {m.__name__.rsplit(".", 1)[1]: m for m in api_modules(SERVICES[service].package_name)}
    assert len(modules) == len(operations(spec))
    for _method, _path, operation in operations(spec):
        module = modules[snake_case(operation["operationId"])]
        for name in ("sync_detailed", "asyncio_detailed"):
            assert callable(getattr(module, name)), (module.__name__, name)
        has_body = any(openapi.resolve(spec, r).get("content") for r in operation["responses"].values())
        for name in ("sync", "asyncio"):
            assert callable(getattr(module, name, None)) is has_body, (module.__name__, name)


def test_no_qrs_function_asks_for_an_xrfkey() -> None:
    for module in api_modules("qlik_qrs_client"):
        for name in ("sync", "sync_detailed", "asyncio", "asyncio_detailed", "_get_kwargs"):
            function = getattr(module, name, None)
            if function is not None:
                assert not any("xrf" in p.lower() for p in inspect.signature(function).parameters), module.__name__


MAX_GENERATED_LINES = 3000


def test_no_generated_python_file_is_longer_than_3000_lines() -> None:
    """Generated code sized for people: a module per resource and per operation, none over 3,000 lines."""
    too_long = {}
    for path in sorted((ROOT / "clients").rglob("*.py")):
        lines = len(path.read_text(encoding="utf-8").splitlines())
        if lines > MAX_GENERATED_LINES:
            too_long[path.relative_to(ROOT).as_posix()] = lines
    assert not too_long, f"generated modules over {MAX_GENERATED_LINES} lines: {too_long}"


@pytest.mark.parametrize("service", sorted(SERVICES))
def test_each_operation_module_names_the_method_documenting_it(service: str) -> None:
    """One docstring per operation: the resource method's; the operation module refers to it."""
    config = SERVICES[service]
    methods = {
        snake_case(m.operation_id): f"{config.resources['client']}.{r.attribute}.{m.name}"
        for r in facade_tree(service)
        for m in r.methods
    }
    for module in api_modules(config.package_name):
        documented_at = methods[module.__name__.rsplit(".", 1)[1]]
        assert f"``{documented_at}``, which documents the operation" in (module.__doc__ or ""), module.__name__
        assert "Args:" not in inspect.getsource(module), module.__name__


def facade_tree(service: str) -> list[Any]:
    from generator import facade

    return facade.resource_tree(load_spec(service), SERVICES[service].resources)
