"""Errors can be copied and pickled (a process pool sends them back to the parent), and the copies carry no
credential: not the token, not a cookie value, not the token a server echoed into the body."""

from __future__ import annotations

import concurrent.futures
import copy
import multiprocessing
import pickle
from typing import Any

import pytest
from apis import APIS, TOKEN, Api, call
from rawserver import RawServer, Request, free_port, response_bytes

SESSION = "sess-PICKLE-COOKIE-4b1d"
API_KEY = "apikey-PICKLE-HEADER-77c2"
SECRETS = (TOKEN, SESSION, API_KEY)


def echoing(status: int, headers: dict[str, str] | None = None) -> Any:
    def respond(conn: Any, request: Request) -> None:
        body = f"invalid token {TOKEN} with session {SESSION} and key {API_KEY}".encode()
        conn.sendall(response_bytes(status, body, content_type="text/plain", headers=headers))

    return respond


def client_for(api: Api, origin: str, **options: Any) -> Any:
    headers = {"X-Api-Key": API_KEY}
    if api.name == "qrs":  # the QRS client holds no token of its own: a header-authenticated virtual proxy
        headers["Authorization"] = f"Bearer {TOKEN}"
    return api.client(origin, retries=0, cookies={"X-Qlik-Session": SESSION}, headers=headers, **options)


KINDS = ["NotFoundError", "ServerError", "UnexpectedResponseError", "ApiConnectionError", "RedirectError"]


def raise_error(api_name: str, kind: str, origin: str | None) -> None:
    """Make a real call that fails with `kind` (connection refused when `origin` is None)."""
    api = next(a for a in APIS if a.name == api_name)
    if kind == "ApiConnectionError":
        call(client_for(api, f"http://127.0.0.1:{free_port()}"), api.get, "sync")
    options = {"follow_redirects": True} if kind == "RedirectError" else {}
    call(client_for(api, origin, **options), api.get, "sync")


def responder(kind: str, other_port: int) -> Any:
    if kind == "NotFoundError":
        return echoing(404)
    if kind == "ServerError":
        return echoing(500)
    if kind == "UnexpectedResponseError":
        return echoing(200)
    return echoing(302, {"Location": f"http://127.0.0.1:{other_port}/steal?token={TOKEN}"})


def caught(api: Api, kind: str) -> BaseException:
    with RawServer(responder(kind, free_port())) as server:
        with pytest.raises(api.package.ClientError) as info:
            raise_error(api.name, kind, server.origin)
    error = info.value
    assert type(error).__name__ == kind or (
        kind == "UnexpectedResponseError" and isinstance(error, api.package.UnexpectedResponseError)
    ), f"{type(error).__name__}: {error}"
    return error


def same_error(original: BaseException, other: BaseException) -> None:
    assert type(other) is type(original)
    assert str(other) == str(original)
    for name in ("status_code", "method", "url", "location"):
        if hasattr(original, name):
            assert getattr(other, name) == getattr(original, name), name


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("api", APIS, ids=lambda a: a.name)
def test_errors_survive_copy_and_pickle(api: Api, kind: str) -> None:
    error = caught(api, kind)
    same_error(error, copy.copy(error))
    same_error(error, copy.deepcopy(error))
    same_error(error, pickle.loads(pickle.dumps(error)))


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("api", APIS, ids=lambda a: a.name)
def test_pickled_errors_carry_no_credential(api: Api, kind: str) -> None:
    error = caught(api, kind)
    data = pickle.dumps(error)
    leaked = [secret for secret in SECRETS if secret.encode() in data]
    assert leaked == [], f"the pickle of {type(error).__name__} carries {leaked}"
    restored = pickle.loads(data)
    for attribute in ("content", "body", "headers", "message"):
        assert not any(s in repr(getattr(restored, attribute, "")) for s in SECRETS), attribute


@pytest.mark.parametrize("kind", KINDS)
def test_an_error_raised_in_a_process_pool_worker_reaches_the_parent_as_that_type(kind: str) -> None:
    api = APIS[1]  # data stores
    with RawServer(responder(kind, free_port())) as server:
        context = multiprocessing.get_context("fork")
        with concurrent.futures.ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
            future = pool.submit(raise_error, api.name, kind, server.origin)
            with pytest.raises(api.package.ClientError) as info:
                future.result(timeout=30)
    expected = getattr(api.errors, kind)
    assert isinstance(info.value, expected), f"{type(info.value).__name__}: {info.value}"
    assert not any(s in str(info.value) for s in SECRETS)
