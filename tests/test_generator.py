"""The generator setup: pinned versions, upstream templates we depend on, headers, spec preparation."""

from __future__ import annotations

import hashlib
import importlib
import inspect
import json
import pkgutil
import re
import subprocess
from importlib import metadata
from pathlib import Path

import pytest
from conftest import ROOT, SERVICES, load_spec, operations

from generator import prepare as preparation

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


def test_every_generated_file_says_it_is_generated_and_from_which_spec() -> None:
    for path in generated_files():
        project = path.relative_to(ROOT / "clients").parts[0]
        spec = next(s["spec"] for s in SERVICES.values() if s["project_name"] == project)
        if path.name == "LICENSE":  # the repository's own, copied unchanged
            assert path.read_bytes() == (ROOT / "LICENSE").read_bytes(), path
            continue
        lines = path.read_text(encoding="utf-8").splitlines()
        # The README is the package's page on the index: it opens with the package, the notice is its last line.
        notice = "\n".join(lines[-1:] if path.name == "README.md" else lines[:4])
        assert f"Generated from {spec}" in notice, path
        assert "Do not edit by hand" in notice, path


def test_packages_carry_no_unused_generator_boilerplate() -> None:
    for path in generated_files():
        assert "__pycache__" not in path.parts and ".ruff_cache" not in path.parts, path


def test_preparation_removes_the_xrfkey_parameter_everywhere() -> None:
    spec = load_spec("qlik-qrs")
    assert "XrfKeyParam" in json.dumps(spec)  # the spec itself stays as documented
    prepared = preparation.prepare(spec, SERVICES["qlik-qrs"]["prepare"])
    text = json.dumps(prepared)
    assert "XrfKeyParam" not in text and '"Xrfkey"' not in text
    assert len(operations(prepared)) == len(operations(spec)) == 7


def test_preparation_rejects_unknown_steps() -> None:
    with pytest.raises(ValueError, match="unknown preparation step"):
        preparation.prepare(load_spec("qlik-qrs"), {"rename_everything": True})


def api_functions(package: str):
    api = importlib.import_module(f"{package}.api")
    for tag in pkgutil.iter_modules(api.__path__):
        tag_module = importlib.import_module(f"{package}.api.{tag.name}")
        for op in pkgutil.iter_modules(tag_module.__path__):
            module = importlib.import_module(f"{package}.api.{tag.name}.{op.name}")
            yield module


@pytest.mark.parametrize("service", sorted(SERVICES))
def test_one_module_per_operation_with_all_four_call_styles(service: str) -> None:
    package = SERVICES[service]["package_name"]
    modules = list(api_functions(package))
    assert len(modules) == len(operations(load_spec(service)))
    for module in modules:
        for name in ("sync_detailed", "asyncio_detailed"):
            assert callable(getattr(module, name)), (module.__name__, name)


def test_no_qrs_function_asks_for_an_xrfkey() -> None:
    for module in api_functions("qlik_qrs_client"):
        for name in ("sync", "sync_detailed", "asyncio", "asyncio_detailed", "_get_kwargs"):
            function = getattr(module, name, None)
            if function is not None:
                assert not any("xrf" in p.lower() for p in inspect.signature(function).parameters), module.__name__


def test_regex_for_path_matches_one_segment_per_parameter() -> None:
    from generator.generate import regex_for_path

    pattern = re.compile(regex_for_path("/v1/data-stores/{data-store-id}"))
    assert pattern.search("/api/v1/data-stores/abc")
    assert not pattern.search("/api/v1/data-stores/abc/data-assets")
    assert not pattern.search("/api/v1/data-stores")
