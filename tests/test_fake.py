"""The in-process fakes (`<package>.testing`): stateful scenarios, the API's refusals, fault injection."""

from __future__ import annotations

import asyncio
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from conftest import ROOT
from qlik_qrs_client import errors
from qlik_qrs_client.testing import FakeQrs


def test_qrs_create_list_update_get_delete() -> None:
    fake = FakeQrs()
    with fake.client() as qrs:
        created = qrs.data_connections.create(name="Sales", connectionstring="C:\\Data", type="folder")
        qrs.data_connections.create(name="Web", connectionstring="https://x", type="web")
        assert [c.name for c in qrs.data_connections.list(filter="type eq 'folder'")] == ["Sales"]
        assert qrs.data_connections.count().value == 2
        names = [c.name for c in qrs.data_connections.list_full(orderby="name desc")]
        assert names == ["Web", "Sales"]
        updated = qrs.data_connections.update(
            created.id, name="Sales 2", connectionstring="C:\\Data", type="folder", modified_date=created.modified_date
        )
        assert qrs.data_connections.get(created.id).name == "Sales 2" == updated.name
        qrs.data_connections.delete(created.id)
        with pytest.raises(errors.NotFoundError):
            qrs.data_connections.get(created.id)
    assert len(fake.data_connections) == 1
    assert all(r.headers.get("x-qlik-xrfkey") for r in fake.requests)


def test_qrs_filters() -> None:
    fake = FakeQrs()
    for name in ("alpha", "beta", "alphabet"):
        fake.data_connections.add(name=name, connectionstring="c", type="folder")
    with fake.client() as qrs:

        def names(expression: str) -> list[str]:
            return sorted(c.name for c in qrs.data_connections.list(filter=expression))

        assert names("name sw 'alp'") == ["alpha", "alphabet"]
        assert names("name ew 'ta'") == ["beta"]
        assert names("name so 'ph'") == ["alpha", "alphabet"]
        assert names("name ne 'alpha' and name sw 'a'") == ["alphabet"]
        assert names("name eq 'beta' or name eq 'alpha'") == ["alpha", "beta"]
        with pytest.raises(errors.BadRequestError):
            qrs.data_connections.list(filter="name ~ 1")
    assert fake.violations


def test_qrs_stale_modified_date_conflicts() -> None:
    fake = FakeQrs()
    with fake.client() as qrs:
        created = qrs.data_connections.create(name="a", connectionstring="c", type="folder")
        qrs.data_connections.update(
            created.id, name="b", connectionstring="c", type="folder", modified_date=created.modified_date
        )
        with pytest.raises(errors.ApiError) as caught:
            qrs.data_connections.update(
                created.id, name="c", connectionstring="c", type="folder", modified_date=created.modified_date
            )
        assert caught.value.status_code == 409


def test_qrs_requires_xrfkey() -> None:
    fake = FakeQrs()
    with httpx.Client(transport=fake) as raw:
        assert raw.get("http://fake.invalid/qrs/dataconnection").status_code == 403
        key = "abcdefghijklmnop"
        ok = raw.get(f"http://fake.invalid/qrs/dataconnection?Xrfkey={key}", headers={"X-Qlik-Xrfkey": key})
        assert ok.status_code == 200
        bad = raw.get(f"http://fake.invalid/qrs/dataconnection?Xrfkey={key}", headers={"X-Qlik-Xrfkey": key[::-1]})
        assert bad.status_code == 403


def test_qrs_bad_input_is_answered_not_raised() -> None:
    fake = FakeQrs()
    key = "abcdefghijklmnop"
    headers = {"X-Qlik-Xrfkey": key}
    url = f"http://fake.invalid/qrs/dataconnection?Xrfkey={key}"
    with httpx.Client(transport=fake) as raw:
        assert (
            raw.post(url, content=b"{not json", headers={**headers, "Content-Type": "application/json"}).status_code
            == 400
        )
        assert raw.post(url, content=b"name=x", headers={**headers, "Content-Type": "text/plain"}).status_code == 400
        big = b"[" + b"0," * (5 * 1024 * 1024) + b"0]"
        assert raw.post(url, content=big, headers={**headers, "Content-Type": "application/json"}).status_code == 413
        assert raw.get(f"http://fake.invalid/qrs/nothing?Xrfkey={key}", headers=headers).status_code == 404
    assert len(fake.violations) == 2


def test_fault_injection_drives_retries() -> None:
    fake = FakeQrs()
    fake.fail_next(status=503, times=2, retry_after=0)
    with fake.client(max_retries=3) as qrs:
        assert qrs.data_connections.count().value == 0
    assert len(fake.requests) == 3
    fake.requests.clear()
    fake.fail_next(status=503, times=5, retry_after=0, path="/dataconnection/count")
    with fake.client(max_retries=2) as qrs:
        with pytest.raises(errors.ApiError) as caught:
            qrs.data_connections.count()
        assert caught.value.status_code == 503
        assert list(qrs.data_connections.list()) == []  # the fault is for /dataconnection/count only
    assert [r.path for r in fake.requests].count("/dataconnection/count") == 3


def test_fault_kinds() -> None:
    fake = FakeQrs()
    fake.fail_next(kind="disconnect")
    with fake.client(max_retries=0) as qrs:
        with pytest.raises(Exception) as caught:
            qrs.data_connections.count()
        assert not isinstance(caught.value, (httpx.HTTPError, json.JSONDecodeError))
        fake.fail_next(kind="broken_body")
        with pytest.raises(Exception) as broken:
            qrs.data_connections.count()
        assert not isinstance(broken.value, (httpx.HTTPError, json.JSONDecodeError, KeyError))
        fake.fail_next(kind="slow", delay=0.01)
        assert qrs.data_connections.count().value == 0


def test_qrs_async() -> None:
    fake = FakeQrs()

    async def scenario() -> int:
        async with fake.async_client() as qrs:
            await qrs.data_connections.create(name="a", connectionstring="c", type="folder")
            return (await qrs.data_connections.count()).value

    assert asyncio.run(scenario()) == 1


def test_pytest_plugin_fixture_gives_a_fresh_fake(tmp_path: Path) -> None:
    (tmp_path / "test_user.py").write_text(
        "def test_one(fake_qrs):\n"
        "    fake_qrs.data_connections.add(name='a', connectionstring='c', type='folder')\n"
        "    assert fake_qrs.client().data_connections.count().value == 1\n"
        "def test_two(fake_qrs):\n"
        "    assert len(fake_qrs.data_connections) == 0\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT / "clients" / "qlik-qrs-client")}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "qlik_qrs_client._pytest_plugin", "-p", "no:cacheprovider"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "2 passed" in result.stdout, result.stdout + result.stderr


def test_serve_over_loopback_seeded_from_json(tmp_path: Path) -> None:
    seed = tmp_path / "seed.json"
    seed.write_text(json.dumps({"data_connections": [{"name": "Seeded", "connectionstring": "c", "type": "folder"}]}))
    env = {**os.environ, "PYTHONPATH": str(ROOT / "clients" / "qlik-qrs-client")}
    command = [sys.executable, "-m", "qlik_qrs_client.testing", "serve", "--port", "0", "--seed", str(seed)]
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        base_url = line.split(" on ")[1].strip()
        assert base_url.startswith("http://127.0.0.1:")
        from qlik_qrs_client import QrsClient

        with QrsClient(base_url=base_url) as qrs:
            assert [c.name for c in qrs.data_connections.list()] == ["Seeded"]
            created = qrs.data_connections.create(name="Over HTTP", connectionstring="c", type="folder")
            assert qrs.data_connections.get(created.id).name == "Over HTTP"
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_serve_refuses_a_bad_seed(tmp_path: Path) -> None:
    seed = tmp_path / "seed.json"
    seed.write_text(json.dumps({"nothing": []}))
    env = {**os.environ, "PYTHONPATH": str(ROOT / "clients" / "qlik-qrs-client")}
    command = [sys.executable, "-m", "qlik_qrs_client.testing", "serve", "--seed", str(seed)]
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "'nothing' is not a store of this fake" in result.stderr


def test_the_plugin_module_loads_without_the_fake() -> None:
    """pytest loads the plugin in every run of a user's tests: it must not import the fake until asked."""
    code = (
        "import sys, qlik_qrs_client._pytest_plugin\n"
        "print(sorted(m for m in sys.modules if m.startswith('qlik_qrs_client.') and 'fake' in m or 'testing' in m))"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT / "clients" / "qlik-qrs-client")}
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_the_readme_testing_examples_pass() -> None:
    """The README's "Testing your code" blocks are tests of their own: run each test function they define."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## Testing your code\n", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```python\n(.*?)```", section, re.DOTALL)
    ran = []
    for code in blocks:
        namespace: dict[str, object] = {}
        exec(compile(code, "README.md", "exec"), namespace)
        for name, function in namespace.items():
            if name.startswith("test_") and callable(function):
                function()
                ran.append(name)
    assert len(ran) == len(blocks) >= 4, ran  # one example per API
