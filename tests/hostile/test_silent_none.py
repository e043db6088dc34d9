"""A success call never quietly returns None: a 204 where a body is documented, or a 3xx that is not followed,
raises UnexpectedResponseError (real server on 127.0.0.1)."""

from __future__ import annotations

import pytest
from apis import APIS, Api, call
from rawserver import RawServer, send


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("kind", ["GET", "POST"])
@pytest.mark.parametrize("api", APIS, ids=lambda a: a.name)
def test_204_where_a_body_is_documented_raises_unexpected_response_error(api: Api, kind: str, mode: str) -> None:
    with RawServer(send(204, None, content_type=None, length=False)) as server:
        with pytest.raises(api.package.UnexpectedResponseError) as caught:
            result = call(api.client(server.origin, retries=0), api.operation(kind), mode)
            pytest.fail(f"returned {result!r}")
    assert caught.value.status_code == 204


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("api", APIS, ids=lambda a: a.name)
def test_an_unfollowed_redirect_raises_unexpected_response_error(api: Api, mode: str, status: int) -> None:
    location = f"{api.base_path}/elsewhere"
    with RawServer(send(status, None, headers={"Location": location}, content_type=None)) as server:
        with pytest.raises(api.package.UnexpectedResponseError) as caught:
            result = call(api.client(server.origin, retries=0), api.get, mode)  # follow_redirects is off by default
            pytest.fail(f"returned {result!r}")
        assert server.count() == 1
    assert caught.value.status_code == status
