"""The Qalyptus fake (`qalyptus_cloud_client.testing.FakeQalyptus`): the envelope, Bearer auth, stateful entities."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import httpx
import pytest
from conftest import ROOT
from qalyptus_cloud_client import ApiError, AuthenticationError, QalyptusClient
from qalyptus_cloud_client.testing import FakeQalyptus

ENV = {**os.environ, "PYTHONPATH": str(ROOT / "clients" / "qalyptus-cloud-client")}


def test_create_list_get_update_delete() -> None:
    fake = FakeQalyptus()
    with fake.client() as qalyptus:
        project = qalyptus.projects.create(name="Sales")
        assert isinstance(project, dict)
        report = qalyptus.reports.create(name="Monthly", project_id=project["id"])
        qalyptus.reports.create(name="Other", project_id=str(uuid.uuid4()))
        assert [r["name"] for r in qalyptus.reports.list_by_project(project["id"])] == ["Monthly"]
        qalyptus.reports.update(report["id"], name="Monthly v2", is_iteration=False)
        assert qalyptus.reports.get(report["id"])["name"] == "Monthly v2"
        assert len(qalyptus.reports.list()) == 2
        qalyptus.reports.delete(report["id"])
        with pytest.raises(ApiError, match="not found"):
            qalyptus.reports.get(report["id"])
    assert len(fake.reports) == 1 and len(fake.projects) == 1
    assert fake.violations == []


def test_every_kept_resource_round_trips() -> None:
    fake = FakeQalyptus()
    org = str(uuid.uuid4())
    with fake.client() as q:
        user = q.users.create(first_name="Ada", last_name="L", organizations=[org])
        group = q.groups.create(name="Ops", organization_id=org)
        key = q.api_keys.create(name="ci", expiry_date="2030-01-01T00:00:00Z", organization_id=org)
        task = q.tasks.create(name="Nightly", project_id=str(uuid.uuid4()))
        q.users.update(user["id"], type="status", value="disabled")
        assert q.users.get(user["id"])["status"] == "disabled"
        q.groups.update(group["id"], name="Ops 2")
        q.api_keys.update(key["id"], name="ci 2")
        q.tasks.update(task["id"], name="Nightly 2", is_active=True, send_notifications=False)
        assert [q.groups.get(group["id"])["name"], q.api_keys.get(key["id"])["name"]] == ["Ops 2", "ci 2"]
        assert q.tasks.get(task["id"])["isActive"] is True
        q.api_keys.delete_many([key["id"]])
        assert q.api_keys.list() == []
        with pytest.raises(ApiError, match="not found"):
            q.groups.delete_many([group["id"], str(uuid.uuid4())])
        assert len(q.groups.list()) == 1  # nothing deleted when an id is unknown
    assert fake.violations == []


def test_a_run_goes_queued_running_completed() -> None:
    fake = FakeQalyptus()
    task = fake.tasks.add(name="Nightly")
    with fake.client() as q:
        q.tasks.run(task["id"])
        assert q.status.get_scheduled_task(task["id"])["status"] == "Queued"
        with pytest.raises(ApiError, match="already running"):  # the read above moved it on
            q.tasks.run(task["id"])
        assert q.tasks.get(task["id"])["status"] == "Running"
        assert [s["status"] for s in q.status.list_scheduled_tasks()] == ["Completed"]
        assert q.tasks.get(task["id"])["status"] == "Completed"
        q.tasks.run(task["id"])  # a finished task runs again
        assert q.tasks.get(task["id"])["status"] == "Queued"


def test_unknown_ids_fail_in_the_envelope_with_the_documented_status() -> None:
    fake = FakeQalyptus()
    with httpx.Client(transport=fake, headers={"Authorization": "Bearer t"}) as raw:
        response = raw.get(f"http://fake.invalid/api/v1/tasks/{uuid.uuid4()}")
    assert response.status_code == 200  # the only status the spec documents
    body = response.json()
    assert body["isSuccess"] is False and "not found" in body["error"] and body["data"] is None
    assert set(body) == {"data", "isSuccess", "error", "errorDetails"}


def test_a_bearer_token_is_required() -> None:
    fake = FakeQalyptus()
    with httpx.Client(transport=fake) as raw:
        response = raw.get("http://fake.invalid/api/v1/tasks")
        assert response.status_code == 401 and response.json()["isSuccess"] is False
        assert raw.get("http://fake.invalid/api/v1/tasks", headers={"Authorization": "Bearer "}).status_code == 401
        assert raw.get("http://fake.invalid/api/v1/tasks", headers={"Authorization": "Bearer t"}).status_code == 200
    with QalyptusClient(base_url=fake.base_url, token="any", httpx_args={"transport": fake}) as q:
        assert q.tasks.list() == []
    fake.fail_next(status=401)
    with fake.client(max_retries=0) as q, pytest.raises(AuthenticationError):
        q.tasks.list()


def test_other_operations_answer_a_successful_envelope_from_the_spec() -> None:
    fake = FakeQalyptus()
    with fake.client() as q:
        conditions = q.conditions.list()  # the spec's list example
        assert conditions and all(isinstance(c, dict) for c in conditions)
        items = q.reports.get_template_items(uuid.uuid4())
        assert type(items).__name__ == "TemplateItems"
        assert q.users.download_import_template().payload.read()
    assert fake.violations == []


def test_a_request_off_the_spec_is_a_400_envelope_and_a_violation() -> None:
    fake = FakeQalyptus()
    with httpx.Client(transport=fake, headers={"Authorization": "Bearer t"}) as raw:
        response = raw.post("http://fake.invalid/api/v1/tasks", json={"name": "no project"})
        assert response.status_code == 400 and response.json()["isSuccess"] is False
        assert "projectID" in response.json()["error"]
        assert raw.get("http://fake.invalid/api/v1/tasks/not-a-uuid").status_code == 400
    assert len(fake.violations) == 2 and "createTask" in fake.violations[0]


def test_async_client() -> None:
    fake = FakeQalyptus()

    async def scenario() -> int:
        async with fake.async_client() as q:
            await q.projects.create(name="a")
            return len(await q.projects.list())

    assert asyncio.run(scenario()) == 1


def test_the_fixture_gives_a_fresh_fake(tmp_path: Path) -> None:
    (tmp_path / "test_user.py").write_text(
        "def test_one(fake_qalyptus):\n"
        "    fake_qalyptus.tasks.add(name='a')\n"
        "    assert len(fake_qalyptus.client().tasks.list()) == 1\n"
        "def test_two(fake_qalyptus):\n"
        "    assert len(fake_qalyptus.tasks) == 0\n"
    )
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "qalyptus_cloud_client._pytest_plugin", "-p", "no:cacheprovider"],
        cwd=tmp_path,
        env=ENV,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "2 passed" in result.stdout, result.stdout + result.stderr


def test_serve_seeded_from_json(tmp_path: Path) -> None:
    seed = tmp_path / "seed.json"
    seed.write_text(json.dumps({"tasks": [{"name": "Seeded"}], "users": [{"firstName": "Ada"}]}))
    command = [sys.executable, "-m", "qalyptus_cloud_client.testing", "serve", "--port", "0", "--seed", str(seed)]
    process = subprocess.Popen(command, env=ENV, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        base_url = process.stdout.readline().split(" on ")[1].strip()
        assert base_url.startswith("http://127.0.0.1:") and base_url.endswith("/api/v1")
        with QalyptusClient(base_url=base_url, token="any") as q:
            assert [t["name"] for t in q.tasks.list()] == ["Seeded"]
            assert [u["firstName"] for u in q.users.list()] == ["Ada"]
    finally:
        process.terminate()
        process.wait(timeout=10)
