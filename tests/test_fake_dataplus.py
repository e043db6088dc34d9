"""dataplus_server_client.testing.FakeDataPlus: tables of string rows, offset paging, tasks, status, mail, the key."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from conftest import ROOT
from dataplus_server_client import AsyncDataPlusClient, DataPlusClient, errors
from dataplus_server_client.testing import FakeDataPlus

PACKAGE = ROOT / "clients" / "dataplus-server-client"
ENV = {**os.environ, "PYTHONPATH": str(PACKAGE)}


def test_insert_list_update_upsert_delete() -> None:
    dp, fake = DataPlusClient.for_testing()
    fake.tables.add(orders=[])
    with dp:
        assert dp.entries.insert("orders", {"amount": "120"}) == {"id": "1", "amount": "120"}
        assert dp.entries.insert("orders", {"id": "A", "amount": "5"})["id"] == "A"
        assert dp.entries.bulk_insert("orders", [{"amount": "1"}, {"id": "B", "amount": "2"}])[0]["id"] == "2"
        dp.entries.update("orders", {"id": "1", "note": "late"})
        assert fake.tables["orders"].rows[0] == {"id": "1", "amount": "120", "note": "late"}
        dp.entries.upsert("orders", {"id": "N", "amount": "7"})
        dp.entries.upsert("orders", {"id": "N", "amount": "8"})  # the second finds the row by its id
        assert [r for r in fake.tables["orders"].rows if r["id"] == "N"] == [{"id": "N", "amount": "8"}]
        dp.entries.bulk_update("orders", [{"id": "A", "amount": "6"}, {"id": "B", "amount": "3"}])
        dp.entries.bulk_upsert("orders", [{"id": "A", "amount": "9"}, {"id": "C", "amount": "4"}])
        rows = {row["id"]: row["amount"] for row in dp.entries.list("orders")}
        assert rows == {"1": "120", "A": "9", "2": "1", "B": "3", "N": "8", "C": "4"}
        assert list(dp.entries.list("orders", columns="amount", limit=2))[:2] == [{"amount": "120"}, {"amount": "9"}]
        dp.entries.delete(table="orders", ids=["1", "A"])
        assert [r["id"] for r in fake.tables["orders"].rows] == ["2", "B", "N", "C"]
        dp.entries.delete(table="orders", ids=["*"])  # every row, and db_id starts again
        assert dp.entries.insert("orders", {"amount": "0"})["id"] == "1"


def test_write_refusals() -> None:
    dp, fake = DataPlusClient.for_testing()
    fake.tables.add(orders=[{"id": "1", "amount": "1"}])
    with pytest.raises(errors.NotFoundError):
        dp.entries.update("orders", {"id": "missing", "amount": "1"})
    with pytest.raises(errors.NotFoundError):  # nothing of a bulk update is applied when one row is missing
        dp.entries.bulk_update("orders", [{"id": "1", "amount": "2"}, {"id": "missing", "amount": "1"}])
    assert fake.tables["orders"].rows == [{"id": "1", "amount": "1"}]
    with pytest.raises(errors.ConflictError):
        dp.entries.insert("orders", {"id": "1", "amount": "x"})
    with pytest.raises(errors.NotFoundError):  # tables are not created by writing to them
        dp.entries.insert("ordres", {"amount": "1"})
    with pytest.raises(errors.NotFoundError):
        list(dp.entries.list("ordres"))
    with httpx.Client(transport=fake, base_url=fake.base_url, headers={"Authorization": fake.api_key}) as raw:
        assert raw.post("/api/db/table/orders/insert", json={"amount": 120}).status_code == 400  # not a string
        assert raw.post("/api/db/table/orders/upsert", json={"amount": "1"}).status_code == 400  # no id
        assert raw.post("/api/db/table/orders/bulk/insert", json={"amount": "1"}).status_code == 400
        assert raw.get("/api/db/getEntries", params={"table": "orders", "limit": 10001}).status_code == 400
        assert raw.get("/api/db/getEntries").status_code == 400
    assert len(fake.violations) == 5


def test_offset_paging_over_25_rows() -> None:
    dp, fake = DataPlusClient.for_testing()
    fake.tables.add(orders=[{"amount": str(i)} for i in range(25)])
    pages = list(dp.entries.list("orders", limit=10).pages())
    assert [len(p.data) for p in pages] == [10, 10, 5]
    assert [p.offset for p in pages] == [0, 10, 20] and {p.total for p in pages} == {25}
    assert [r.query.get("offset") for r in fake.requests] == [None, "10", "20"]
    assert [row["amount"] for p in pages for row in p.data] == [str(i) for i in range(25)]


def test_offset_paging_async() -> None:
    dp, fake = AsyncDataPlusClient.for_testing()
    fake.tables.add(orders=[{"amount": str(i)} for i in range(25)])

    async def scenario() -> list[dict[str, str]]:
        async with dp:
            return [row async for row in dp.entries.list("orders", limit=10)]

    assert len(asyncio.run(scenario())) == 25
    assert len(fake.requests) == 3


def test_comment_history() -> None:
    dp, fake = DataPlusClient.for_testing()
    fake.tables.add(orders=[{"id": "A", "comment": "not a history"}])
    dp.entries.add_comment_history("orders", id="A", column="comment", text="first", user="u1")
    dp.entries.add_comment_history("orders", id="A", column="comment", text="second", user="u2", img_url="i.png")
    history = json.loads(fake.tables["orders"].rows[0]["comment"])
    assert [(e["text"], e["user"]) for e in history] == [("first", "u1"), ("second", "u2")]  # the old text replaced
    assert history[1]["imgUrl"] == "i.png" and "imgUrl" not in history[0]
    with pytest.raises(errors.NotFoundError):
        dp.entries.add_comment_history("orders", id="B", column="comment", text="x", user="u")


def test_task_state_moves_over_calls() -> None:
    dp, fake = DataPlusClient.for_testing()
    fake.tasks.add(id="t1", name="Reload sales")
    fake.tasks.add(id="t2", name="Reload costs")
    fake.tasks.outcomes["t2"] = 8  # FinishedFail
    assert dp.tasks.get("t1")[0]["lastExecutionResult"]["status"] == 0  # never started
    dp.tasks.start(task_id="t1")
    dp.tasks.start(task_id="t2")
    states = [dp.tasks.get("t1")[0]["lastExecutionResult"]["status"] for _ in range(4)]
    assert states == [2, 7, 7, 7]  # Triggered at start, then Started, then FinishedSuccess
    assert [t["lastExecutionResult"]["status"] for t in dp.tasks.list()] == [7, 2]
    assert dp.tasks.list()[1]["lastExecutionResult"]["status"] == 8
    assert fake.tasks.starts == ["t1", "t2"]
    with pytest.raises(errors.NotFoundError):
        dp.tasks.start(task_id="missing")
    with pytest.raises(errors.NotFoundError):
        dp.tasks.get("missing")


def test_status_and_mail_recorded_not_sent() -> None:
    dp, fake = DataPlusClient.for_testing()
    assert dp.status.get().current_connections == 1
    fake.status["database"]["connected"] = False
    assert dp.status.get().database.connected is False
    dp.mail.send(to="a@example.com", from_="reports", subject="Hi", content="Body")
    assert fake.mail == [{"to": "a@example.com", "from": "reports", "subject": "Hi", "content": "Body"}]


def test_401_on_a_wrong_key() -> None:
    fake = FakeDataPlus()
    with fake.client(api_key="wrong") as dp, pytest.raises(errors.AuthenticationError):
        dp.status.get()
    with httpx.Client(transport=fake, base_url=fake.base_url) as raw:
        assert raw.get("/api/status").status_code == 401
        assert raw.get("/api/status", headers={"Authorization": f"Bearer {fake.api_key}"}).status_code == 401
        assert raw.get("/api/status", headers={"Authorization": fake.api_key}).status_code == 200
    fake.api_key = "rotated"
    with fake.client() as dp:  # client() sends the fake's current key
        assert dp.status.get().current_connections == 1
    assert all(r.headers.get("authorization") != "rotated" for r in fake.requests)  # recorded redacted


def test_fault_injection_drives_the_client_retries() -> None:
    dp, fake = DataPlusClient.for_testing(max_retries=3)
    fake.fail_next(status=503, times=2, retry_after=0)
    assert dp.status.get().current_connections == 1
    assert len(fake.requests) == 3
    fake.requests.clear()
    fake.tables.add(orders=[])
    fake.fail_next(status=429, retry_after=0, path="/api/db/table/orders/insert")
    dp.entries.insert("orders", {"amount": "1"})  # a POST is retried after 429
    assert [r.path for r in fake.requests] == ["/api/db/table/orders/insert"] * 2
    assert len(fake.tables["orders"].rows) == 1
    fake.requests.clear()
    fake.fail_next(kind="disconnect")
    assert dp.tasks.list() == []
    assert len(fake.requests) == 2
    fake.fail_next(kind="broken_body")
    with pytest.raises(errors.UnexpectedResponseError):
        dp.status.get()


def test_bad_input_is_answered_not_raised() -> None:
    fake = FakeDataPlus()
    key = {"Authorization": fake.api_key}
    json_headers = {**key, "Content-Type": "application/json"}
    with httpx.Client(transport=fake, base_url=fake.base_url) as raw:
        assert raw.post("/api/mail/send", content=b"{not json", headers=json_headers).status_code == 400
        text = {**key, "Content-Type": "text/plain"}
        assert raw.post("/api/mail/send", content=b"to=x", headers=text).status_code == 400
        big = b"[" + b"0," * (5 * 1024 * 1024) + b"0]"
        assert raw.post("/api/mail/send", content=big, headers=json_headers).status_code == 413
        assert raw.get("/api/nothing", headers=key).status_code == 404
        assert raw.post("/api/mail/send", json={"to": "x"}, headers=key).status_code == 400
    assert len(fake.violations) == 3 and fake.mail == []


def test_pytest_plugin_fixture(tmp_path: Path) -> None:
    (tmp_path / "test_user.py").write_text(
        "def test_one(fake_dataplus):\n"
        "    fake_dataplus.tables.add(orders=[{'id': '1'}])\n"
        "    assert list(fake_dataplus.client().entries.list('orders')) == [{'id': '1'}]\n"
        "def test_two(fake_dataplus):\n"
        "    assert 'orders' not in fake_dataplus.tables\n"
    )
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "dataplus_server_client._pytest_plugin", "-p", "no:cacheprovider"],
        cwd=tmp_path,
        env=ENV,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "2 passed" in result.stdout, result.stdout + result.stderr


def test_serve_over_loopback_seeded(tmp_path: Path) -> None:
    seed = tmp_path / "seed.json"
    seed.write_text(json.dumps({"tables": {"orders": [{"id": "1", "amount": "120"}]}, "tasks": [{"id": "t1"}]}))
    command = [sys.executable, "-m", "dataplus_server_client.testing", "serve", "--port", "0", "--seed", str(seed)]
    process = subprocess.Popen(command, env=ENV, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        base_url = process.stdout.readline().split(" on ")[1].strip()
        with DataPlusClient(base_url=base_url, api_key="fake-api-key") as dp:
            assert list(dp.entries.list("orders")) == [{"id": "1", "amount": "120"}]
            dp.entries.upsert("orders", {"id": "1", "amount": "121"})
            assert list(dp.entries.list("orders")) == [{"id": "1", "amount": "121"}]
            dp.tasks.start(task_id="t1")
            assert dp.tasks.get("t1")[0]["lastExecutionResult"]["status"] == 2
        with DataPlusClient(base_url=base_url, api_key="wrong") as dp, pytest.raises(errors.AuthenticationError):
            dp.status.get()
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_serve_refuses_a_seed_of_non_string_values(tmp_path: Path) -> None:
    seed = tmp_path / "seed.json"
    seed.write_text(json.dumps({"tables": {"orders": [{"amount": 120}]}}))
    command = [sys.executable, "-m", "dataplus_server_client.testing", "serve", "--seed", str(seed)]
    result = subprocess.run(command, env=ENV, capture_output=True, text=True, timeout=60)
    assert result.returncode == 2 and "orders row must be an object of column -> string value" in result.stderr
