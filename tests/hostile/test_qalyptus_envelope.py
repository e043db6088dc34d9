"""Qalyptus: only the envelope's own top-level ``isSuccess`` decides failure; a ``false`` inside ``data`` is data."""

from __future__ import annotations

import pytest
from apis import APIS_BY_NAME, call
from rawserver import RawServer, send

QALYPTUS = APIS_BY_NAME["qalyptus"]
NESTED_FAILURE = {"isSuccess": True, "data": [{"id": "t1", "lastRun": {"isSuccess": False, "error": "smtp down"}}]}


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_nested_is_success_false_on_200_is_returned_not_raised(mode: str) -> None:
    with RawServer(send(200, NESTED_FAILURE)) as server:
        result = call(QALYPTUS.client(server.origin, retries=0), QALYPTUS.get, mode)
    assert result is not None and result.is_success is True
    assert result.data == NESTED_FAILURE["data"]


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_nested_is_success_false_in_an_object_body_is_returned(mode: str) -> None:
    body = {"isSuccess": True, "data": {"report": {"isSuccess": False}, "isSuccess": False}}
    with RawServer(send(200, body)) as server:
        result = call(QALYPTUS.client(server.origin, retries=0), QALYPTUS.post, mode)
    assert result is not None and result.data == body["data"]


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_top_level_is_success_false_on_200_raises_api_error(mode: str) -> None:
    body = {"isSuccess": False, "error": "Task not found", "errorDetails": {"id": "t1"}, "data": None}
    with RawServer(send(200, body)) as server:
        with pytest.raises(QALYPTUS.package.ApiError) as caught:
            call(QALYPTUS.client(server.origin, retries=0), QALYPTUS.get, mode)
    assert caught.value.status_code == 200
    assert caught.value.error == "Task not found" and caught.value.error_details == {"id": "t1"}
    assert "Task not found" in str(caught.value)
