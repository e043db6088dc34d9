"""Qlik Cloud data stores the way an app writes them: patch operations as dicts, a fetched store back into update."""

from __future__ import annotations

from qlik_data_stores_client import DataStoresClient
from qlik_data_stores_client.models import JsonPatchOperation


def describe(cloud: DataStoresClient, store_id: str, text: str) -> str:
    patched = cloud.data_stores.patch(store_id, [{"op": "replace", "path": "/description", "value": text}])
    return patched.name or ""  # the documented body: no None to rule out


def describe_typed(cloud: DataStoresClient, store_id: str, text: str) -> str:
    operation = JsonPatchOperation(op="replace", path="/description", value=text)  # the enum as its string
    return cloud.data_stores.patch(store_id, [operation]).id


def round_trip(cloud: DataStoresClient) -> list[str]:
    names = []
    for store in cloud.data_stores.list(limit=10):
        full = cloud.data_stores.get(store.id)
        full.description = "reviewed"
        names.append(cloud.data_stores.update(full.id, full).id)
    return names
