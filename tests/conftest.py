"""Shared test setup: the generated packages are imported from clients/ (the wheels are tested separately)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from generator import openapi
from generator.config import ROOT, load_services

SOURCES = ROOT / "specs" / "sources"
SERVICES = load_services()

for _service in SERVICES.values():
    sys.path.insert(0, str(ROOT / "clients" / _service.project_name))


def load_spec(service: str) -> dict:
    return openapi.load_spec(SERVICES[service].spec)


def operations(spec: dict) -> list[tuple[str, str, dict]]:
    return [(method, path, operation) for method, path, operation, _item in openapi.operations(spec)]


@pytest.fixture(scope="session")
def sources() -> Path:
    """The vendor documents the specs are transcribed from (specs/sources/)."""
    return SOURCES


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """The fake sweep's figures, like the contract suite's (tests/test_fake_sweep.py)."""
    sweep = sys.modules.get("test_fake_sweep")
    for line in sweep.summary() if sweep is not None else []:
        terminalreporter.write_line(line)
