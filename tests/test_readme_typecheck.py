"""Every Python block of the READMEs, and examples/, pass mypy --strict with no narrowing of a result."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, SERVICES

READMES = [ROOT / "README.md"] + [ROOT / "clients" / s.project_name / "README.md" for s in SERVICES.values()]
BLOCK = re.compile(r"```python\n(.*?)```", re.DOTALL)
CLIENT_EXAMPLES = ["qrs_data_connections.py", "data_stores.py", "qalyptus_tasks.py", "dataplus_entries.py"]
# Code written the way an app would (str ids, enum strings, dicts, entities back into update): type-checked below.
DOWNSTREAM = sorted(p.name for p in (ROOT / "examples" / "downstream").glob("*.py"))
# What the resource clients make unnecessary: narrowing or silencing the type of a result.
FORBIDDEN = re.compile(r"\bcast\(|#\s*type:\s*ignore|\bisinstance\(|\bor \[\]")


def readme_blocks() -> dict[str, str]:
    found = {}
    for readme in READMES:
        name = "root" if readme.parent == ROOT else readme.parent.name.replace("-", "_")
        for number, code in enumerate(BLOCK.findall(readme.read_text(encoding="utf-8")), 1):
            found[f"readme_{name}_{number}.py"] = code
    return found


def test_readme_blocks_and_examples_do_not_narrow_results() -> None:
    sources = dict(readme_blocks())
    sources.update({name: (ROOT / "examples" / name).read_text(encoding="utf-8") for name in CLIENT_EXAMPLES})
    sources.update({name: (ROOT / "examples" / "downstream" / name).read_text(encoding="utf-8") for name in DOWNSTREAM})
    assert len(DOWNSTREAM) == 4
    offending = {name: FORBIDDEN.findall(code) for name, code in sources.items() if FORBIDDEN.search(code)}
    assert not offending


@pytest.mark.slow
def test_readme_blocks_and_examples_pass_mypy_strict(tmp_path: Path) -> None:
    for name, code in readme_blocks().items():
        (tmp_path / name).write_text(code, encoding="utf-8")
    packages = [str(ROOT / "clients" / s.project_name) for s in SERVICES.values()]
    # The repository root too: examples/mockservers.py reads the service configs with generator.config.
    environment = {**os.environ, "MYPYPATH": os.pathsep.join([*packages, str(ROOT / "examples"), str(ROOT)])}
    command = [
        sys.executable, "-m", "mypy", "--strict", "--config-file", str(ROOT / "pyproject.toml"),
        "--cache-dir", str(ROOT / "build" / "mypy" / "readmes"),
        str(tmp_path), str(ROOT / "examples"),
    ]  # fmt: skip
    result = subprocess.run(command, capture_output=True, text=True, env=environment, cwd=tmp_path, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success: no issues found" in result.stdout


EXACT_TYPES = """
from uuid import UUID

from dataplus_server_client import DataPlusClient
from qalyptus_cloud_client import QalyptusClient
from qlik_data_stores_client import AsyncDataStoresClient, DataStoresClient
from qlik_qrs_client import QrsClient

qrs = QrsClient(base_url="https://qlik.example.com/qrs")
cloud = DataStoresClient(base_url="https://acme.eu.qlikcloud.com/api", token="key")
acloud = AsyncDataStoresClient(base_url="https://acme.eu.qlikcloud.com/api", token="key")
qalyptus = QalyptusClient(base_url="https://acme.qalyptus.net/api/v1", token="key")
dp = DataPlusClient(base_url="http://localhost:7766", api_key="key")
some_id = UUID(int=1)
reveal_type(qrs.data_connections.list(filter="name eq 'x'"))
reveal_type(qrs.data_connections.get(some_id))
reveal_type(qrs.data_connections.delete(some_id))
reveal_type(qrs.data_connections.with_raw_response.count())
reveal_type(cloud.data_stores.list(limit=100))
reveal_type(acloud.data_stores.list(limit=100))
async def one() -> None:
    reveal_type(await acloud.data_stores.get("x"))
reveal_type(qalyptus.tasks.list())
reveal_type(qalyptus.tasks.get(some_id))
reveal_type(qalyptus.tasks.run(some_id))
reveal_type(dp.entries.list("orders"))
reveal_type(dp.entries.bulk_insert("orders", [{"region": "EU"}]))
for store in cloud.data_stores.list():
    reveal_type(store.id)
reveal_type(QrsClient.for_testing())
reveal_type(AsyncDataStoresClient.for_testing(max_retries=0))
reveal_type(DataPlusClient.for_testing())
qrs.data_connections.create(name="only a name")
dp.entries.list(table_name="orders")
"""


@pytest.mark.slow
def test_methods_have_exact_types_and_required_fields_are_required(tmp_path: Path) -> None:
    (tmp_path / "exact.py").write_text(EXACT_TYPES, encoding="utf-8")
    packages = [str(ROOT / "clients" / s.project_name) for s in SERVICES.values()]
    environment = {**os.environ, "MYPYPATH": os.pathsep.join(packages)}
    command = [
        sys.executable, "-m", "mypy", "--strict", "--config-file", str(ROOT / "pyproject.toml"),
        "--cache-dir", str(ROOT / "build" / "mypy" / "readmes"), "--hide-error-context", "--no-pretty",
        str(tmp_path / "exact.py"),
    ]  # fmt: skip
    output = subprocess.run(command, capture_output=True, text=True, env=environment, cwd=tmp_path, check=False).stdout
    revealed = [
        line.split('Revealed type is "', 1)[1].rstrip('"') for line in output.splitlines() if "Revealed" in line
    ]
    json_value = "dict[str, ...] | list[...] | str | int | float | bool | None"
    assert revealed == [
        "list[qlik_qrs_client.models.data_connection_condensed.DataConnectionCondensed]",
        "qlik_qrs_client.models.data_connection.DataConnection",
        "None",
        "qlik_qrs_client._facade.RawResponse[qlik_qrs_client.models.entity_count.EntityCount]",
        "qlik_data_stores_client._facade.Pager[qlik_data_stores_client.models.data_store.DataStore, "
        "qlik_data_stores_client.models.data_store_page.DataStorePage]",
        "qlik_data_stores_client._facade.AsyncPager[qlik_data_stores_client.models.data_store.DataStore, "
        "qlik_data_stores_client.models.data_store_page.DataStorePage]",
        "qlik_data_stores_client.models.data_store.DataStore",
        f"list[dict[str, {json_value}]]",
        f"dict[str, {json_value}]",
        "dict[str, dict[str, ...] | list[...] | str | int | float | bool | None] | list[dict[str, ...] | list[...] "
        "| str | int | float | bool | None] | str | int | float | None",
        "dataplus_server_client._facade.Pager[dict[str, str], "
        "dataplus_server_client.resources.entries.EntriesRowsPage]",
        "list[dict[str, str]]",
        "str",
        "tuple[qlik_qrs_client.resources.QrsClient, qlik_qrs_client.testing.FakeQrs]",
        "tuple[qlik_data_stores_client.resources.AsyncDataStoresClient, "
        "qlik_data_stores_client.testing.FakeDataStores]",
        "tuple[dataplus_server_client.resources.DataPlusClient, dataplus_server_client.testing.FakeDataPlus]",
    ], output
    errors = [line for line in output.splitlines() if ": error:" in line]
    assert len(errors) == 2, output
    assert "create" in errors[0] and "call-overload" in errors[0], output  # connectionstring and type are required
    assert "table_name" in errors[1], output  # one name for the table: it is `table`, and positional
