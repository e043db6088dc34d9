"""Every operation of every spec (207), sent once through the installed command-line tool to the Prism mock of its
spec: the command exits 0 and Prism reports no violation of the spec for any request."""

from __future__ import annotations

import datetime
import enum
import functools
import importlib
import json
import subprocess
import uuid
from pathlib import Path
from typing import Any

import pytest
from cli_env import clean_env, tool
from conftest import SERVICES, operations

from .conftest import TOKEN, total_operations
from .test_contract import build
from .test_contract import spec_of as load_spec

SEEN: set[tuple[str, str]] = set()


@functools.cache
def commands(service: str) -> dict[str, tuple[str, dict[str, Any]]]:
    """operationId -> (resource command, command table entry), from the package's rendered tables."""
    package = SERVICES[service].package_name
    cli = importlib.import_module(f"{package}.cli")
    found = {}
    for command, attribute, _ in cli.TOOL.resources:
        for entry in importlib.import_module(f"{package}._commands.{attribute}").COMMANDS:
            found[entry["operation"]] = (command, entry)
    return found


def text(value: Any) -> str:
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, (uuid.UUID, datetime.date)):
        return str(value) if isinstance(value, uuid.UUID) else value.isoformat()
    return str(value)


def jsonable(value: Any) -> Any:
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, list):
        return [jsonable(v) for v in value]
    if isinstance(value, uuid.UUID):
        return str(value)
    return value


def argv_for(service: str, method: str, path: str, url: str, tmp_path: Path) -> list[str]:
    _, operation, call = build(service, method, path, "sync_detailed")
    group, entry = commands(service)[operation["operationId"]]
    argv = [group, entry["name"]]
    for param in entry["params"]:
        value = call.kwargs.get(param["python"])
        if value is None or type(value).__name__ == "Unset":
            continue
        if param["kind"] == "argument":
            argv.append(text(value))
        elif param.get("type") == "bool":
            argv.append(param["flag"] if value else f"--no-{param['flag'][2:]}")
        elif isinstance(value, list):
            for item in value:
                argv += [param["flag"], text(item)]
        else:
            argv += [param["flag"], text(value)]
    body = entry.get("body")
    if body and body["kind"] == "files":
        for upload in entry["files"]:
            target = tmp_path / "upload.xlsx"
            target.write_bytes(b"contract test upload\n")
            argv += [upload["flag"], str(target)]
    elif body:
        argv += ["--json", json.dumps(jsonable(call.kwargs["body"]))]
    if entry.get("pager"):
        argv += ["--max-items", "1"]  # the mock's next links are placeholders
    if entry.get("file"):
        argv += ["--to", str(tmp_path / "download.bin")]
    argv += ["--url", url, "--output", "json", "--max-retries", "0"]
    if SERVICES[service].client != "qrs":
        argv += ["--api-key", TOKEN]
    return argv


def all_operations() -> list[Any]:
    return [
        pytest.param(service, method, path, id=f"{service}:{operation['operationId']}")
        for service in SERVICES
        for method, path, operation in operations(load_spec(service))
    ]


@pytest.mark.parametrize(("service", "method", "path"), all_operations())
def test_operation_through_the_command_line(service: str, method: str, path: str, prism: Any, tmp_path: Path) -> None:
    server = prism[service]
    before = server.output().count("Violation:")
    argv = argv_for(service, method, path, server.url, tmp_path)
    done = subprocess.run(
        [str(tool(service)), *argv], env=clean_env(), capture_output=True, text=True, timeout=120, cwd=tmp_path
    )
    operation_id = load_spec(service)["paths"][path][method.lower()]["operationId"]
    assert done.returncode == 0, f"{' '.join(argv)}\nexit {done.returncode}: {done.stderr}"
    violations = [line for line in server.output().splitlines() if "Violation:" in line][before:]
    assert not violations, f"{service}:{operation_id}: {violations}"
    if commands(service)[operation_id][1].get("file"):
        assert (tmp_path / "download.bin").is_file()
    elif done.stdout.strip():
        json.loads(done.stdout)  # --output json is JSON
    SEEN.add((service, operation_id))


def test_every_operation_has_one_command() -> None:
    assert sum(len(commands(service)) for service in SERVICES) == total_operations() == len(all_operations())
