"""Shared test setup: the generated packages are imported from clients/ (the wheels are tested separately)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "specs" / "sources"
SERVICES = {
    p.stem: yaml.safe_load(p.read_text(encoding="utf-8"))
    for p in sorted((ROOT / "generator" / "services").glob("*.yaml"))
}

for _service in SERVICES.values():
    sys.path.insert(0, str(ROOT / "clients" / _service["project_name"]))


def load_spec(service: str) -> dict:
    return yaml.safe_load((ROOT / SERVICES[service]["spec"]).read_text(encoding="utf-8"))


def operations(spec: dict) -> list[tuple[str, str, dict]]:
    methods = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
    return [(m.upper(), path, item[m]) for path, item in spec["paths"].items() for m in methods if m in item]


@pytest.fixture(scope="session")
def sources() -> Path:
    """The vendor documents the specs are transcribed from (specs/sources/)."""
    return SOURCES
