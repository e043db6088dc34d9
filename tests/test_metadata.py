"""What the built wheels and sdists in dist/ tell an index and pip: read from their METADATA / PKG-INFO.

A published package carries its license text, an SPDX license expression, classifiers naming the Python versions
the support matrix runs (`make matrix`), keywords, an author, its version (also as `__version__`) and a long
description written for the reader of its index page.
"""

from __future__ import annotations

import ast
import tarfile
import tomllib
import zipfile
from email.message import Message
from email.parser import HeaderParser
from pathlib import Path

import pytest
from conftest import ROOT, SERVICES
from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet
from trove_classifiers import classifiers as KNOWN_CLASSIFIERS

DIST = ROOT / "dist"
LICENSE = (ROOT / "LICENSE").read_bytes()
# The CPython versions the wheels promise; tests/smoke/matrix.py runs the smoke suite on each one it finds.
SUPPORTED_PYTHONS = ("3.11", "3.12", "3.13")


def normalized(service: str) -> str:
    return SERVICES[service].project_name.replace("-", "_")


def wheel_path(service: str) -> Path:
    return DIST / f"{normalized(service)}-{SERVICES[service].package_version}-py3-none-any.whl"


def sdist_path(service: str) -> Path:
    return DIST / f"{normalized(service)}-{SERVICES[service].package_version}.tar.gz"


def require(path: Path) -> Path:
    if not path.is_file():
        pytest.fail(f"{path.relative_to(ROOT)} not found; run make first")
    return path


def parse_metadata(text: str) -> Message:
    return HeaderParser().parsestr(text)


def wheel_files(service: str) -> dict[str, bytes]:
    with zipfile.ZipFile(require(wheel_path(service))) as wheel:
        return {name: wheel.read(name) for name in wheel.namelist()}


def sdist_files(service: str) -> dict[str, bytes]:
    prefix = f"{normalized(service)}-{SERVICES[service].package_version}/"
    files: dict[str, bytes] = {}
    with tarfile.open(require(sdist_path(service))) as sdist:
        for member in sdist.getmembers():
            if member.isfile():
                assert member.name.startswith(prefix), member.name
                extracted = sdist.extractfile(member)
                assert extracted is not None
                files[member.name.removeprefix(prefix)] = extracted.read()
    return files


def dist_info(service: str) -> str:
    return f"{normalized(service)}-{SERVICES[service].package_version}.dist-info"


def wheel_metadata(service: str) -> Message:
    return parse_metadata(wheel_files(service)[f"{dist_info(service)}/METADATA"].decode("utf-8"))


def declared_dependencies(service: str) -> list[str]:
    project = tomllib.loads((ROOT / "clients" / SERVICES[service].project_name / "pyproject.toml").read_text())
    return project["project"]["dependencies"]


def declared_requirements(service: str) -> list[str]:
    """Requires-Dist as the wheel must list it: the dependencies, and each extra's marked with its name."""
    project = tomllib.loads((ROOT / "clients" / SERVICES[service].project_name / "pyproject.toml").read_text())
    listed = [str(Requirement(r)) for r in project["project"]["dependencies"]]
    for extra, requirements in project["project"].get("optional-dependencies", {}).items():
        listed.extend(f"{Requirement(r)}; extra == {extra!r}" for r in requirements)
    return listed


def package_version_attribute(source: bytes) -> str:
    """`__version__ = "..."` from a package's __init__.py, read without importing it."""
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign) and [getattr(t, "id", None) for t in node.targets] == ["__version__"]:
            assert isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)
            return node.value.value
    raise AssertionError("no __version__ assignment")


def check_core_fields(service: str, metadata: Message) -> None:
    config = SERVICES[service]
    assert metadata["Name"] == config.project_name
    assert metadata["Version"] == str(config.package_version)
    # License-Expression and License-File exist from core metadata 2.4 on.
    major, minor = (int(part) for part in metadata["Metadata-Version"].split("."))
    assert (major, minor) >= (2, 4), metadata["Metadata-Version"]
    assert metadata["License-Expression"] == "MIT"
    assert metadata.get_all("License-File") == ["LICENSE"]
    assert metadata["License"] is None  # the free-text field is superseded by License-Expression
    assert metadata["Author"] == "The Qlik ecosystem clients authors"
    assert metadata["Summary"] == f"Typed Python client for the {config.title} API"
    assert metadata["Requires-Python"] == ">=3.11"
    assert metadata["Description-Content-Type"] == "text/markdown"

    keywords = metadata["Keywords"].split(",")
    assert len(keywords) >= 5 and "api-client" in keywords and len(set(keywords)) == len(keywords), keywords

    classifiers = metadata.get_all("Classifier")
    unknown = sorted(set(classifiers) - KNOWN_CLASSIFIERS)
    assert not unknown, f"not trove classifiers: {unknown}"
    assert len(classifiers) >= 18 and len(set(classifiers)) == len(classifiers)
    # With License-Expression, a License :: classifier is an error on upload (PEP 639).
    assert not [c for c in classifiers if c.startswith("License ::")]
    assert "Typing :: Typed" in classifiers
    assert "Programming Language :: Python :: 3 :: Only" in classifiers
    assert "Programming Language :: Python :: Implementation :: CPython" in classifiers
    assert [c for c in classifiers if c.startswith("Topic :: ")]
    versions = tuple(
        c.rsplit(" :: ", 1)[1] for c in classifiers if c.startswith("Programming Language :: Python :: 3.")
    )
    assert versions == SUPPORTED_PYTHONS
    requires_python = SpecifierSet(metadata["Requires-Python"])
    assert all(requires_python.contains(f"{v}.0") for v in versions)
    assert not requires_python.contains("3.10.99")

    assert sorted(metadata.get_all("Requires-Dist")) == sorted(declared_requirements(service))


def check_description(service: str, description: str) -> None:
    project = SERVICES[service].project_name
    lines = description.strip().splitlines()
    # Opens with the package, not with a notice or markup for the people working on the generator.
    assert lines[0] == f"# {project}"
    assert "<!--" not in description
    assert "make generate" not in "\n".join(lines[:-1])
    assert f"pip install {project}\n" in description
    assert "## Install" in description and "## License" in description
    # The generated-file notice is its last line.
    assert lines[-1].startswith("<sub>Generated from ") and "Do not edit by hand" in lines[-1], lines[-1]


@pytest.mark.parametrize("service", sorted(SERVICES))
def test_wheel_metadata_fields(service: str) -> None:
    metadata = wheel_metadata(service)
    check_core_fields(service, metadata)
    check_description(service, metadata.get_payload())


@pytest.mark.parametrize("service", sorted(SERVICES))
def test_wheel_carries_the_license_and_its_version(service: str) -> None:
    files = wheel_files(service)
    assert files[f"{dist_info(service)}/licenses/LICENSE"] == LICENSE
    package = SERVICES[service].package_name
    assert package_version_attribute(files[f"{package}/__init__.py"]) == str(SERVICES[service].package_version)
    assert f"{package}/py.typed" in files


@pytest.mark.parametrize("service", sorted(SERVICES))
def test_sdist_matches_the_wheel(service: str) -> None:
    files = sdist_files(service)
    metadata = parse_metadata(files["PKG-INFO"].decode("utf-8"))
    check_core_fields(service, metadata)
    check_description(service, metadata.get_payload())
    assert files["LICENSE"] == LICENSE
    assert {"pyproject.toml", "README.md"} <= set(files)
    # Building a wheel from the sdist gives the same package: the same modules, byte for byte.
    package = SERVICES[service].package_name
    wheel = {name: data for name, data in wheel_files(service).items() if name.startswith(f"{package}/")}
    sdist = {name: data for name, data in files.items() if name.startswith(f"{package}/")}
    assert sorted(sdist) == sorted(wheel)
    assert all(sdist[name] == wheel[name] for name in wheel)


def test_licence_names_its_holder() -> None:
    text = LICENSE.decode("utf-8")
    assert text.startswith("MIT License\n")
    assert "Copyright (c) 2026 The Qlik ecosystem clients authors" in text


def test_readme_states_the_declared_minimums_and_how_to_install() -> None:
    """The repository README repeats the floors the wheels declare; a raised minimum must be raised there too."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "## Install" in readme and "## Support matrix" in readme
    install = readme.split("## Install", 1)[1].split("\n## ", 1)[0]
    assert all(config.project_name in install for config in SERVICES.values())
    for requirement in (Requirement(r) for r in declared_dependencies("qlik-qrs")):
        floor = next(s.version for s in requirement.specifier if s.operator == ">=")
        assert f"{requirement.name}>={floor}" in readme, f"README does not state {requirement.name}>={floor}"
        assert f"{requirement.name}=={floor}" in readme, f"README's matrix does not list {requirement.name}=={floor}"
    assert (
        f"pip install dist/{normalized('qlik-qrs')}-{SERVICES['qlik-qrs'].package_version}-py3-none-any.whl" in readme
    )


@pytest.mark.parametrize("service", sorted(SERVICES))
def test_wheel_declares_its_command_and_the_cli_extra(service: str) -> None:
    """`pip install "<project>[cli]"` brings the command's libraries; the core install does not."""
    config = SERVICES[service]
    entry_points = wheel_files(service)[f"{dist_info(service)}/entry_points.txt"].decode("utf-8")
    assert f"{config.cli['command']} = {config.package_name}.cli:main" in entry_points
    metadata = wheel_metadata(service)
    assert "cli" in metadata.get_all("Provides-Extra")
    cli_requirements = {
        Requirement(r).name.lower()
        for r in metadata.get_all("Requires-Dist")
        if Requirement(r).marker is not None and Requirement(r).marker.evaluate({"extra": "cli"})
    }
    assert cli_requirements == {"click", "rich", "pyyaml"}
    core = {Requirement(r).name.lower() for r in declared_dependencies(service)}
    assert not core & cli_requirements
