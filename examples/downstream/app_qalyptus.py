"""Qalyptus Cloud the way an app writes it: the str ids the API returns go straight back into get/run/delete."""

from __future__ import annotations

from qalyptus_cloud_client import QalyptusClient


def run_all(qalyptus: QalyptusClient) -> int:
    started = 0
    for task in qalyptus.tasks.list():
        task_id = str(task["id"])  # the list's items are untyped JSON objects; the id is text
        qalyptus.tasks.get(task_id)
        qalyptus.tasks.run(task_id)
        started += 1
    return started


def run_one(qalyptus: QalyptusClient, task_id: str) -> None:
    qalyptus.tasks.run(task_id)
    qalyptus.tasks.delete(task_id)
