"""qlik_data_stores_client.testing.FakeDataStores: CRUD, JSON Patch, page links, the service's errors and tiers."""

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
from qlik_data_stores_client import AsyncDataStoresClient, DataStoresClient, errors
from qlik_data_stores_client.testing import FakeDataStores
from qlik_data_stores_client.types import Unset

PACKAGE = ROOT / "clients" / "qlik-data-stores-client"
ENV = {**os.environ, "PYTHONPATH": str(PACKAGE)}
AUTH = {"Authorization": "Bearer t"}


def test_create_list_update_get_delete() -> None:
    cloud, fake = DataStoresClient.for_testing()
    with cloud:
        created = cloud.data_stores.create(type="s3", technical_name="sales", name="Sales")
        assert created.id and created.version == 1 and created.tenant_id == fake.tenant_id
        assert created.created_time == created.last_modified_time and created.created_time.endswith("Z")
        other = cloud.data_stores.create(type="s3", technical_name="web")
        assert [s.technical_name for s in cloud.data_stores.list(sort=["technicalName"])] == ["sales", "web"]
        updated = cloud.data_stores.update(created.id, type="s3", technical_name="sales2", version=created.version)
        assert updated.version == 2 and updated.created_time == created.created_time and updated.name is not None
        assert cloud.data_stores.get(created.id).technical_name == "sales2"
        with pytest.raises(errors.ConflictError):  # a stale version
            cloud.data_stores.update(created.id, type="s3", technical_name="x", version=1)
        cloud.data_stores.delete_many(ids=[other.id])
        with pytest.raises(errors.NotFoundError) as caught:
            cloud.data_stores.get(other.id)
    assert caught.value.body["errors"][0]["code"] == "HTTP-404" and caught.value.trace_id
    assert list(fake.data_stores.items) == [created.id]


def test_update_keeps_what_the_service_sets_and_refuses_bad_bodies() -> None:
    fake = FakeDataStores()
    store = fake.data_stores.add(type="s3", technicalName="a")
    with httpx.Client(transport=fake, base_url=fake.base_url, headers=AUTH) as raw:
        body = {"type": "s3", "technicalName": "b", "tenantId": "other", "createdBy": "me"}
        answered = raw.put(f"/v1/data-stores/{store['id']}", json=body).json()
        assert answered["tenantId"] == fake.tenant_id and answered["createdBy"] == fake.user_id
        assert raw.post("/v1/data-stores", json={"type": "s3"}).status_code == 400  # technicalName missing
        assert raw.post("/v1/data-stores", json={"id": "x", "type": "s3", "technicalName": "c"}).status_code == 400
        mismatch = {"id": "other", "type": "s3", "technicalName": "c"}
        assert raw.put(f"/v1/data-stores/{store['id']}", json=mismatch).status_code == 400
    assert len(fake.violations) == 3


def test_json_patch() -> None:
    cloud, fake = DataStoresClient.for_testing()
    store = fake.data_stores.add(type="s3", technicalName="a", tags=["x"], properties={"region": "eu"})
    patched = cloud.data_stores.patch(
        store["id"],
        [
            {"op": "replace", "path": "/technicalName", "value": "b"},
            {"op": "add", "path": "/tags/-", "value": "y"},
            {"op": "add", "path": "/description", "value": "d"},
            {"op": "remove", "path": "/properties/region"},
            {"op": "copy", "from": "/description", "path": "/name"},
            {"op": "test", "path": "/name", "value": "d"},
        ],
    )
    assert (patched.technical_name, patched.tags, patched.description, patched.name) == ("b", ["x", "y"], "d", "d")
    assert fake.data_stores.items[store["id"]]["properties"] == {} and patched.version == 2
    bad_ops = [
        [{"op": "replace", "path": "/nothing", "value": 1}],  # replace needs the member
        [{"op": "remove", "path": "/technicalName"}],  # leaves a required field missing
        [{"op": "replace", "path": "/id", "value": "x"}],  # read-only
        [{"op": "frobnicate", "path": "/name"}],
        [{"op": "add", "path": "name", "value": 1}],  # not a pointer
        [{"op": "test", "path": "/name", "value": "other"}],
        {"op": "add"},  # not an array
    ]
    with httpx.Client(transport=fake, base_url=fake.base_url, headers=AUTH) as raw:  # the client refuses some
        for ops in bad_ops:
            answered = raw.patch(f"/v1/data-stores/{store['id']}", json=ops)
            assert answered.status_code == 400, ops
            assert answered.json()["errors"][0]["status"] == "400"
    with pytest.raises(errors.BadRequestError) as caught:
        cloud.data_stores.patch(store["id"], [{"op": "replace", "path": "/nothing", "value": "x"}])
    assert "/nothing" in caught.value.message
    assert fake.data_stores.items[store["id"]]["technicalName"] == "b"  # a failed patch changes nothing
    assert len(fake.violations) == len(bad_ops) + 1
    with pytest.raises(errors.NotFoundError):
        cloud.data_stores.patch("missing", [{"op": "remove", "path": "/name"}])


def _seed(fake: FakeDataStores, n: int) -> None:
    for i in range(n):
        fake.data_stores.add(type="s3", technicalName=f"t{i:02}")


def test_paging_follows_the_next_links() -> None:
    cloud, fake = DataStoresClient.for_testing()
    _seed(fake, 25)
    pages = list(cloud.data_stores.list(limit=10, sort=["-technicalName"]).pages())
    assert [len(p.data) for p in pages] == [10, 10, 5]
    assert [p.page for p in pages] == [1, 2, 3] and {p.total for p in pages} == {25}
    names = [s.technical_name for p in pages for s in p.data]
    assert names == [f"t{i:02}" for i in reversed(range(25))]
    assert [r.query.get("page") for r in fake.requests] == [None, "2", "3"]
    assert all(r.query["sort"] == "-technicalName" and r.query["limit"] == "10" for r in fake.requests)
    assert isinstance(pages[-1].links.next_, Unset) and not isinstance(pages[0].links.next_, Unset)


def test_paging_async() -> None:
    cloud, fake = AsyncDataStoresClient.for_testing()
    _seed(fake, 25)

    async def scenario() -> list[str]:
        async with cloud:
            return [s.technical_name async for s in cloud.data_stores.list(limit=10)]

    assert len(asyncio.run(scenario())) == 25
    assert len(fake.requests) == 3


def test_assets_and_sets_by_store_and_asset_ids() -> None:
    cloud, fake = DataStoresClient.for_testing()
    one, two = (fake.data_stores.add(type="s3", technicalName=n, name=n) for n in ("one", "two"))
    asset = fake.data_assets.add(appType="qix-datafiles", technicalName="a1", dataStoreInfo={"id": one["id"]})
    fake.data_assets.add(appType="qix-datafiles", technicalName="a2", dataStoreInfo={"id": two["id"]})
    fake.data_sets.add(technicalName="s1", dataAssetInfo={"id": asset["id"]})
    assert [a.technical_name for a in cloud.data_assets.list(one["id"])] == ["a1"]
    assert sorted(a.technical_name for a in cloud.data_assets.list("*")) == ["a1", "a2"]
    listed = list(cloud.data_assets.list(one["id"]))[0]
    assert listed.data_store_info.name == "one"
    data_set = list(cloud.data_sets.list("*", asset["id"]))[0]
    assert data_set.data_asset_info.data_store_info.id == one["id"]
    with pytest.raises(errors.NotFoundError):
        list(cloud.data_assets.list("missing"))
    with pytest.raises(errors.ConflictError):  # the store still holds an asset
        cloud.data_stores.delete_many(ids=[one["id"]])
    cloud.data_sets.delete(one["id"], asset["id"])
    assert len(fake.data_sets) == 0
    cloud.data_assets.delete(one["id"])
    assert [a["technicalName"] for a in fake.data_assets.items.values()] == ["a2"]
    cloud.data_stores.delete_many(ids=[one["id"]])
    with pytest.raises(ValueError, match="dataStoreInfo.id"):
        fake.data_assets.add(appType="x", technicalName="y", dataStoreInfo={"id": "missing"})


def test_401_without_a_bearer_token() -> None:
    fake = FakeDataStores()
    with httpx.Client(transport=fake, base_url=fake.base_url) as raw:
        assert raw.get("/v1/data-stores").status_code == 401
        assert raw.get("/v1/data-stores", headers={"Authorization": "Basic x"}).status_code == 401
        assert raw.get("/v1/data-stores", headers=AUTH).status_code == 200
    with fake.client(prefix="Token") as cloud, pytest.raises(errors.AuthenticationError) as caught:
        list(cloud.data_stores.list())
    assert caught.value.body["errors"][0]["code"] == "HTTP-401"


def test_tier_limits_answer_429_with_retry_after() -> None:
    now = [1000.0]
    cloud, fake = DataStoresClient.for_testing(max_retries=0)
    fake.tier_limits, fake.clock = {1: 3, 2: 1}, lambda: now[0]
    cloud.data_stores.create(type="s3", technical_name="a")
    with pytest.raises(errors.RateLimitError) as caught:
        cloud.data_stores.create(type="s3", technical_name="b")  # tier 2: one per minute
    assert caught.value.headers["Retry-After"] == "60"
    assert caught.value.body["errors"][0]["title"] == "API rate limit reached."
    assert len(list(cloud.data_stores.list())) == 1  # tier 1 counts apart
    now[0] += 60
    cloud.data_stores.create(type="s3", technical_name="b")
    assert len(fake.data_stores) == 2


def test_fault_injection_drives_the_client_retries() -> None:
    cloud, fake = DataStoresClient.for_testing(max_retries=3)
    _seed(fake, 1)
    fake.fail_next(status=503, times=2, retry_after=0)
    assert len(list(cloud.data_stores.list())) == 1
    assert len(fake.requests) == 3
    fake.requests.clear()
    fake.fail_next(status=429, times=1, retry_after=0)  # a POST is retried after 429 only
    cloud.data_stores.create(type="s3", technical_name="x")
    assert [r.method for r in fake.requests] == ["POST", "POST"]
    fake.requests.clear()
    fake.fail_next(status=503, times=1, retry_after=0)
    with pytest.raises(errors.ServerError):
        cloud.data_stores.create(type="s3", technical_name="y")  # a POST is not retried after 503
    assert len(fake.requests) == 1
    fake.requests.clear()
    fake.fail_next(kind="disconnect", times=1)
    assert len(list(cloud.data_stores.list())) == 2  # a GET is retried after a dropped connection
    assert len(fake.requests) == 2
    fake.fail_next(kind="broken_body")
    with pytest.raises(errors.UnexpectedResponseError):
        cloud.data_stores.get(next(iter(fake.data_stores.items)))
    with fake.client(max_retries=1) as once:
        fake.requests.clear()
        fake.fail_next(status=503, times=5, retry_after=0)
        with pytest.raises(errors.ServerError):
            list(once.data_stores.list())
        assert len(fake.requests) == 2


def test_bad_input_is_answered_not_raised() -> None:
    fake = FakeDataStores()
    json_headers = {**AUTH, "Content-Type": "application/json"}
    with httpx.Client(transport=fake, base_url=fake.base_url) as raw:
        assert raw.post("/v1/data-stores", content=b"{not json", headers=json_headers).status_code == 400
        text = {**AUTH, "Content-Type": "text/plain"}
        assert raw.post("/v1/data-stores", content=b"x", headers=text).status_code == 400
        big = b"[" + b"0," * (5 * 1024 * 1024) + b"0]"
        assert raw.post("/v1/data-stores", content=big, headers=json_headers).status_code == 413
        assert raw.get("/v1/nothing", headers=AUTH).status_code == 404
        assert raw.get("/v1/data-stores?limit=0", headers=AUTH).status_code == 400
        assert raw.get("/v1/data-stores?page=x", headers=AUTH).status_code == 400
        for response in (raw.get("/v1/nothing", headers=AUTH), raw.get("/v1/data-stores?limit=-1", headers=AUTH)):
            assert response.json()["errors"][0]["detail"]
    assert len(fake.violations) == 5


def test_pytest_plugin_fixture(tmp_path: Path) -> None:
    (tmp_path / "test_user.py").write_text(
        "def test_one(fake_data_stores):\n"
        "    fake_data_stores.data_stores.add(type='s3', technicalName='a')\n"
        "    assert len(list(fake_data_stores.client().data_stores.list())) == 1\n"
        "def test_two(fake_data_stores):\n"
        "    assert len(fake_data_stores.data_stores) == 0\n"
    )
    plugin = "qlik_data_stores_client._pytest_plugin"
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", plugin, "-p", "no:cacheprovider"],
        cwd=tmp_path,
        env=ENV,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "2 passed" in result.stdout, result.stdout + result.stderr


def test_serve_over_loopback_seeded(tmp_path: Path) -> None:
    seed = tmp_path / "seed.json"
    store = {"id": "store1", "type": "s3", "technicalName": "seeded"}
    asset = {"appType": "qix-datafiles", "technicalName": "a", "dataStoreInfo": {"id": "store1"}}
    seed.write_text(json.dumps({"data_stores": [store], "data_assets": [asset]}))
    command = [sys.executable, "-m", "qlik_data_stores_client.testing", "serve", "--port", "0", "--seed", str(seed)]
    process = subprocess.Popen(command, env=ENV, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        base_url = process.stdout.readline().split(" on ")[1].strip()
        assert base_url.startswith("http://127.0.0.1:") and base_url.endswith("/api")
        with DataStoresClient(base_url=base_url, token="t") as cloud:
            for i in range(11):
                cloud.data_stores.create(type="s3", technical_name=f"n{i}")
            assert len(list(cloud.data_stores.list(limit=5))) == 12  # next links over loopback too
            assert [a.technical_name for a in cloud.data_assets.list("store1")] == ["a"]
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_serve_refuses_an_asset_of_no_store(tmp_path: Path) -> None:
    seed = tmp_path / "seed.json"
    seed.write_text(json.dumps({"data_assets": [{"appType": "x", "technicalName": "a", "dataStoreInfo": {"id": "x"}}]}))
    command = [sys.executable, "-m", "qlik_data_stores_client.testing", "serve", "--seed", str(seed)]
    result = subprocess.run(command, env=ENV, capture_output=True, text=True, timeout=60)
    assert result.returncode == 2 and "dataStoreInfo.id" in result.stderr
