"""Data+ Server the way an app writes it: rows as plain dicts of strings."""

from __future__ import annotations

from dataplus_server_client import DataPlusClient


def load(dp: DataPlusClient) -> int:
    dp.entries.bulk_insert("orders", [{"region": "EU", "amount": "120"}])
    return sum(1 for _ in dp.entries.list("orders"))
