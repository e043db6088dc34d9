"""Data+ rows in both directions: values sent must be strings (ValueError naming row and column, nothing
converted); values read back are strings by one rule (JSON text; nulls left out); wrong shapes are named.

Through the resource client over MockTransport (edge cases), the low-level models, and the runtime itself."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest
from dataplus_server_client import AsyncDataPlusClient, DataPlusClient
from dataplus_server_client.api.database import bulk_insert_entries
from dataplus_server_client.models import Row, RowInsert
from dataplus_server_client.resources.entries import EntriesRowsPage

from generator.runtime import _columns

ODD_ROW = {"id": 7, "amount": 120, "price": 1.5, "ok": True, "no": False, "gone": None, "tags": ["a", 1], "s": "x"}
ODD_AS_TEXT = {"id": "0", "amount": "120", "price": "1.5", "ok": "true", "no": "false", "tags": '["a",1]', "s": "x"}


class Server:
    """Echoes written rows; answers getEntries with rows holding other JSON values than strings."""

    def __init__(self) -> None:
        self.sent: list[Any] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/api/db/getEntries":
            offset = int(request.url.params.get("offset", "0"))
            rows = [dict(ODD_ROW, id=offset + i) for i in range(2)] if offset < 4 else []
            return httpx.Response(200, json={"data": rows, "total": 4, "offset": offset, "limit": 2, "count": 2})
        body = json.loads(request.content)
        self.sent.append(body)
        return httpx.Response(200, json=body)


def client(server: Server) -> DataPlusClient:
    return DataPlusClient(base_url="http://dp:7766", api_key="k", httpx_args={"transport": httpx.MockTransport(server)})


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            lambda dp: dp.entries.insert("orders", {"region": "EU", "amount": 120}),
            r"^insert\(\): row\['amount'\] is an int, not a string: column values are strings",
        ),
        (lambda dp: dp.entries.update("orders", {"id": "1", "ok": True}), r"^update\(\): row\['ok'\] is a bool"),
        (lambda dp: dp.entries.upsert("orders", {"id": 1}), r"^upsert\(\): row\['id'\] is an int"),
        (
            lambda dp: dp.entries.bulk_insert("orders", [{"a": "1"}, {"a": "2", "amount": 1.5}]),
            r"^bulk_insert\(\): rows\[1\]\['amount'\] is a float, not a string",
        ),
        (
            lambda dp: dp.entries.bulk_update("orders", [{"a": None}]),
            r"^bulk_update\(\): rows\[0\]\['a'\] is a NoneType",
        ),
        (
            lambda dp: dp.entries.bulk_upsert("orders", [{1: "x"}]),
            r"^bulk_upsert\(\): rows\[0\]: column names must be strings, got int 1",
        ),
        (
            lambda dp: dp.entries.bulk_insert("orders", "abc"),
            r"^bulk_insert\(\): rows must be a list \(or other iterable\) of rows, each a mapping of column name -> "
            r"string value; got a str$",
        ),
        (
            lambda dp: dp.entries.bulk_insert("orders", {"a": "1"}),
            r"^bulk_insert\(\): rows must be a list .*got a dict$",
        ),
        (lambda dp: dp.entries.bulk_insert("orders", 5), r"^bulk_insert\(\): rows must be a list .*got an int$"),
        (
            lambda dp: dp.entries.bulk_insert("orders", ["abc"]),
            r"^bulk_insert\(\): rows\[0\] must be a mapping of column name -> string value, got a str$",
        ),
        (
            lambda dp: dp.entries.insert("orders", [("a", "1")]),
            r"^insert\(\): row must be a mapping of column name -> string value, got a list$",
        ),
    ],
)
def test_a_row_that_is_not_strings_is_refused_before_sending(call: Any, message: str) -> None:
    server = Server()
    with pytest.raises(ValueError, match=message) as refused:
        call(client(server))
    assert server.sent == []
    assert "120" not in str(refused.value)  # the value itself (table data) is not shown, only its type


def test_string_rows_go_out_as_given_from_any_iterable() -> None:
    server = Server()
    dp = client(server)
    assert dp.entries.insert("orders", {"region": "EU", "amount": "120"}) == {"region": "EU", "amount": "120"}
    assert dp.entries.bulk_insert("orders", ({"n": str(i)} for i in range(3))) == [{"n": "0"}, {"n": "1"}, {"n": "2"}]
    assert server.sent == [{"region": "EU", "amount": "120"}, [{"n": "0"}, {"n": "1"}, {"n": "2"}]]


def test_rows_read_back_are_strings_in_iteration_and_in_pages() -> None:
    server = Server()
    pager = client(server).entries.list("orders", limit=2)
    rows = list(pager)
    assert rows[0] == ODD_AS_TEXT
    assert [row["id"] for row in rows] == ["0", "1", "2", "3"]
    assert "gone" not in rows[0] and rows[0].get("gone") is None
    pages = list(pager.pages())
    # One item type per pager: a page's data holds the very rows iteration yields.
    assert [row for page in pages for row in page.data] == rows
    assert all(isinstance(page, EntriesRowsPage) for page in pages)
    assert [(page.total, page.offset, page.limit, page.count) for page in pages] == [(4, 0, 2, 2), (4, 2, 2, 2)]
    first = pager.first_page()
    assert first.to_dict()["data"] == rows[:2] and first.to_dict()["total"] == 4
    assert first.model.data[0]["amount"] == "120"  # the parsed model follows the same rule


def test_the_async_pager_yields_the_same_rows_and_pages() -> None:
    server = Server()

    async def run() -> tuple[list[dict[str, str]], list[dict[str, str]]]:
        async with AsyncDataPlusClient(
            base_url="http://dp:7766", api_key="k", httpx_args={"transport": httpx.MockTransport(server)}
        ) as dp:
            pager = dp.entries.list("orders", limit=2)
            rows = [row async for row in pager]
            paged = [row async for page in pager.pages() for row in page.data]
            return rows, paged

    rows, paged = asyncio.run(run())
    assert rows == paged and rows[0] == ODD_AS_TEXT


def test_the_low_level_models_follow_the_same_rules() -> None:
    # from_dict also parses responses: it reads by the read rule; sending refuses what is not a string.
    assert RowInsert.from_dict({"amount": 120, "gone": None}).additional_properties == {"amount": "120"}
    row = RowInsert.from_dict({"amount": "120"})
    row["ok"] = True  # type: ignore[assignment]
    with pytest.raises(ValueError, match=r"^RowInsert\['ok'\] is a bool, not a string"):
        bulk_insert_entries._get_kwargs("orders", body=[row])
    parsed = Row._decode({"id": "1", "amount": 120, "gone": None}, {})
    assert parsed.additional_properties == {"amount": "120"}


def test_a_single_row_answer_is_read_by_the_same_rule() -> None:
    dp = DataPlusClient(
        base_url="http://dp:7766",
        api_key="k",
        httpx_args={"transport": httpx.MockTransport(lambda r: httpx.Response(200, json={"id": 5, "n": 2}))},
    )
    assert dp.entries.insert("orders", {"n": "2"}) == {"id": "5", "n": "2"}


def test_the_read_rule_itself() -> None:
    assert _columns.text_of(0) == "0" and _columns.text_of(-2.5) == "-2.5" and _columns.text_of(False) == "false"
    assert _columns.text_of({"é": [1, None]}) == '{"é":[1,null]}'
    assert _columns.text_of(None) is None and _columns.text_of("") == ""
    values = {"a": "1"}
    assert _columns.text_values(values) == values
