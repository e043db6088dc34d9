"""The fakes refuse what Prism refuses: the invalid requests of test_contract.py, sent to both.

Each case runs against Prism (which checks requests against the spec) and against the package's fake. Both must
refuse, with a status from the case's set for that backend, naming the same thing. Statuses differ by design:
Prism answers 422 where a spec documents no 400, the fakes answer the API's 400 form; QRS itself refuses a missing
Xrfkey with 403 (Prism, reading the spec's security, with 401). A package whose service config has no `fake:`
skips on the fake backend.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from conftest import SERVICES

from .conftest import TOKEN, new_client


@dataclass
class Target:
    """What a case can send with, all pointed at one backend of one service."""

    client: Any  # the package's authenticated low-level client (the runtime adds credentials, Xrfkey)
    bare: httpx.Client  # plain httpx, nothing added
    anonymous: Any  # the package's Client without credentials
    fake: Any  # the fake, or None for Prism


@dataclass(frozen=True)
class Case:
    service: str
    send: Callable[[Target], Any]  # returns an httpx.Response or raises the package's ApiError
    words: tuple[str, ...]  # each in the refusal (Prism's sl-violations or body; the fake's body)
    prism: frozenset[int]
    fake: frozenset[int]


def bad_uuid_path_parameter(t: Target) -> Any:
    from qlik_qrs_client.api.data_connection import get_data_connection

    return get_data_connection.sync_detailed("not-a-uuid", client=t.client)  # type: ignore[arg-type]


def missing_required_body_field(t: Target) -> Any:
    return t.client.get_httpx_client().post("/v1/data-stores", json={"type": "qix-datafiles", "name": "sales"})


def wrong_body_model(t: Target) -> Any:
    from qlik_data_stores_client.api.data_stores import create_data_store
    from qlik_data_stores_client.models import DeleteDataStoresRequest

    return create_data_store.sync_detailed(client=t.client, body=DeleteDataStoresRequest(ids=["a"]))  # type: ignore[arg-type]


def wrong_query_parameter_type(t: Target) -> Any:
    from qlik_data_stores_client.api.data_stores import get_data_stores

    return get_data_stores.sync_detailed(client=t.client, limit="many")  # type: ignore[arg-type]


def wrong_body_field_type(t: Target) -> Any:
    from dataplus_server_client.api.mail import send_mail
    from dataplus_server_client.models import SendMailRequest

    mail = SendMailRequest(to="a@example.com", from_="b@example.com", subject="s", content="c", html="yes")  # type: ignore[arg-type]
    return send_mail.sync_detailed(client=t.client, body=mail)


def out_of_range_query_parameter(t: Target) -> Any:
    from dataplus_server_client.api.database import get_entries

    return get_entries.sync_detailed(client=t.client, table="orders", limit=0)


def missing_credentials(t: Target) -> Any:
    from qalyptus_cloud_client.api.tasks import get_tasks

    return get_tasks.sync_detailed(client=t.anonymous)


def request_without_xrfkey(t: Target) -> Any:
    return t.bare.get("/dataconnection")


def qalyptus_bad_uuid(t: Target) -> Any:
    from qalyptus_cloud_client.api.api_keys import get_api_key

    return get_api_key.sync_detailed("1234", client=t.client)  # type: ignore[arg-type]


def _statuses(*codes: int) -> frozenset[int]:
    return frozenset(codes)


CASES = {
    "bad uuid path parameter": Case("qlik-qrs", bad_uuid_path_parameter, ("uuid",), _statuses(422), _statuses(400)),
    "missing required body field": Case(
        "qlik-data-stores", missing_required_body_field, ("technicalName",), _statuses(400), _statuses(400)
    ),
    "wrong body model": Case("qlik-data-stores", wrong_body_model, ("technicalName",), _statuses(400), _statuses(400)),
    "wrong query parameter type": Case(
        "qlik-data-stores", wrong_query_parameter_type, ("limit", "integer"), _statuses(400), _statuses(400)
    ),
    "wrong body field type": Case("dataplus-server", wrong_body_field_type, ("html",), _statuses(422), _statuses(400)),
    "out of range query parameter": Case(
        "dataplus-server", out_of_range_query_parameter, ("limit",), _statuses(422), _statuses(400)
    ),
    "missing credentials": Case("qalyptus-cloud", missing_credentials, (), _statuses(401), _statuses(401)),
    "request without xrfkey": Case("qlik-qrs", request_without_xrfkey, (), _statuses(401), _statuses(403)),
    "qalyptus bad uuid path parameter": Case(
        "qalyptus-cloud", qalyptus_bad_uuid, ("uuid",), _statuses(422), _statuses(400)
    ),
}
OUTCOMES: dict[str, dict[str, int]] = {}


def has_fake(service: str) -> bool:
    return "fake" in SERVICES[service].capabilities


@pytest.fixture
def target(request: pytest.FixtureRequest, backend: str, case_name: str) -> Iterator[Target]:
    service = CASES[case_name].service
    config = SERVICES[service]
    package = importlib.import_module(config.package_name)
    fake = None
    if backend == "fake":
        if not has_fake(service):
            pytest.skip(f"{service} has no fake yet")
        testing = importlib.import_module(f"{config.package_name}.testing")
        fake = getattr(testing, config.capabilities["fake"]["name"])()
        for credential in ("token", "api_key"):  # the fake accepts the credential the contract clients send
            if hasattr(fake, credential):
                setattr(fake, credential, TOKEN)
        url, args = fake.base_url, {"httpx_args": {"transport": fake}}
        bare = httpx.Client(base_url=url, transport=fake)
    else:
        url, args = request.getfixturevalue("prism")[service].url, {}
        bare = httpx.Client(base_url=url, timeout=10)
    client = new_client(service, url, max_retries=0, **args)
    anonymous = package.Client(url, max_retries=0, **args)
    with client, anonymous, bare:
        yield Target(client, bare, anonymous, fake)


def refusal(outcome: Any) -> tuple[int, str]:
    if isinstance(outcome, httpx.Response):
        return outcome.status_code, outcome.headers.get("sl-violations") or outcome.text
    raise AssertionError(f"the request was not refused: {outcome!r}")


@pytest.mark.parametrize("backend", ["prism", "fake"])
@pytest.mark.parametrize("case_name", list(CASES))
def test_refused_like_prism(case_name: str, backend: str, target: Target) -> None:
    case = CASES[case_name]
    errors = importlib.import_module(f"{SERVICES[case.service].package_name}.errors")
    try:
        outcome = case.send(target)
        status, detail = refusal(outcome)
    except errors.ApiError as error:
        status, detail = error.status_code, error.headers.get("sl-violations") or error.content.decode(errors="replace")
    expected = case.prism if backend == "prism" else case.fake
    assert status in expected, f"{case_name} on {backend}: {status} {detail[:300]}"
    for word in case.words:
        assert word.lower() in detail.lower(), f"{case_name} on {backend}: {word!r} not in {detail[:300]}"
    if target.fake is not None and status == 400:
        assert target.fake.violations, f"{case_name}: a 400 the fake did not record as a violation"
    OUTCOMES.setdefault(case_name, {})[backend] = status


def test_both_backends_refused_every_case_with_a_fake() -> None:
    """Runs last in this module: every case whose package has a fake was refused by both (after the above)."""
    faked = [name for name, case in CASES.items() if has_fake(case.service)]
    done = [name for name in faked if set(OUTCOMES.get(name, {})) == {"prism", "fake"}]
    if not OUTCOMES:
        pytest.skip("run with the cases above")
    assert done == faked, f"refused by only one backend: {sorted(set(faked) - set(done))}"
