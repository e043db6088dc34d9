"""Demo copies of the specs: the same operations, answered with realistic examples instead of the docs' placeholders.

The mocks serve one example per operation; a paged list gets one example per page, picked with Prism's
``__example`` query parameter. The data stores' next links carry it (the server decides its next links);
Data+ pages by offset, so the demo asks for the example of each offset through a request hook
(``dataplus_page_hook``).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import mockservers
import yaml

STORES = [
    ("7c2d9a0e-1f4b-4a51-9a63-5d1e0c6f2b11", "Sales files", "qix-datafiles", "sales_files"),
    ("0b8f6a3c-92de-4f3e-8d1a-4f27b6c9e522", "Finance warehouse", "snowflake", "finance_dw"),
    ("c41e7d52-6a09-4b8e-b7f3-1a9d2e8c3f33", "Marketing S3 bucket", "amazon-s3", "marketing_s3"),
    ("e9a3b6f1-3c74-4d2a-a5e8-7b0c9d1f4e44", "CRM exports", "qix-datafiles", "crm_exports"),
    ("5f1c8e27-b4a6-4f90-9c3d-2e6a7b8d5f55", "HR database", "postgresql", "hr_db"),
]
ORDERS = [
    {"id": "1001", "region": "EU", "product": "Widgets", "amount": "1200"},
    {"id": "1002", "region": "US", "product": "Gadgets", "amount": "860"},
    {"id": "1003", "region": "APAC", "product": "Widgets", "amount": "430"},
    {"id": "1004", "region": "EU", "product": "Sprockets", "amount": "2150"},
    {"id": "1005", "region": "US", "product": "Widgets", "amount": "975"},
]
PAGE_SIZE = 2


def _store(index: int) -> dict[str, Any]:
    store_id, name, kind, technical = STORES[index]
    return {
        "id": store_id,
        "name": name,
        "type": kind,
        "technicalName": technical,
        "ownerId": "auth0|a08d75f8c9b0e1",
        "spaceId": "6474a9e2b1c3d4e5f6a7b8c9",
        "createdTime": "2025-03-14T09:26:53Z",
    }


def _data_store_pages() -> dict[str, Any]:
    examples = {}
    pages = range(0, len(STORES), PAGE_SIZE)
    for number, start in enumerate(pages, 1):
        links: dict[str, Any] = {"self": {"href": f"v1/data-stores?limit={PAGE_SIZE}&page={number}"}}
        if number < len(pages):
            links["next"] = {"href": f"v1/data-stores?limit={PAGE_SIZE}&page={number + 1}&__example=page{number + 1}"}
        examples[f"page{number}"] = {
            "value": {
                "data": [_store(i) for i in range(start, min(start + PAGE_SIZE, len(STORES)))],
                "links": links,
                "page": number,
                "limit": PAGE_SIZE,
                "pages": len(pages),
                "total": len(STORES),
            }
        }
    return examples


def _entries_pages() -> dict[str, Any]:
    return {
        f"offset{start}": {
            "value": {
                "data": ORDERS[start : start + PAGE_SIZE],
                "count": len(ORDERS[start : start + PAGE_SIZE]),
                "offset": start,
                "limit": PAGE_SIZE,
                "total": len(ORDERS),
            }
        }
        for start in range(0, len(ORDERS), PAGE_SIZE)
    }


def _set_examples(spec: dict[str, Any], path: str, method: str, status: str, examples: dict[str, Any]) -> None:
    media = spec["paths"][path][method]["responses"][status]["content"]["application/json"]
    media.pop("example", None)
    media["examples"] = examples


def _single(value: Any) -> dict[str, Any]:
    return {"demo": {"value": value}}


def demo_specs(directory: Path) -> dict[str, Path]:
    """Write the demo copies of every service's spec into `directory` (JSON) and return them by service."""
    written = {}
    for service, source in mockservers.service_specs().items():
        spec = yaml.safe_load(source.read_text(encoding="utf-8"))
        if service == "qlik-data-stores":
            _set_examples(spec, "/v1/data-stores", "get", "200", _data_store_pages())
            _set_examples(spec, "/v1/data-stores/{data-store-id}", "get", "200", _single(_store(0)))
        elif service == "dataplus-server":
            _set_examples(spec, "/api/db/getEntries", "get", "200", _entries_pages())
        elif service == "qlik-qrs":
            connections = [
                {
                    "id": "5b0b2a1e-0f7a-4c63-9b54-3a6f1e2d7c01",
                    "name": "Sales files",
                    "type": "folder",
                    "connectionstring": "C:\\Data\\Sales",
                    "privileges": ["read", "update"],
                },
                {
                    "id": "a3f9c2d4-6e1b-4d8a-9f0e-2b7c5d1e8a02",
                    "name": "Finance SQL",
                    "type": "OLEDB",
                    "connectionstring": "Provider=SQLOLEDB;Data Source=finance-sql",
                    "privileges": ["read"],
                },
            ]
            _set_examples(spec, "/dataconnection", "get", "200", _single(connections))
            _set_examples(spec, "/dataconnection/count", "get", "200", _single({"value": len(connections)}))
            _set_examples(spec, "/dataconnection", "post", "201", _single({**connections[0], "logOn": 0}))
        elif service == "qalyptus-cloud":
            tasks = [
                {"id": "2f6d1c8a-4b3e-4a9f-8c7d-1e0b9a2c3d01", "name": "Monthly sales pack", "status": "Active"},
                {"id": "9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c02", "name": "Weekly stock report", "status": "Paused"},
            ]
            envelope = {"data": tasks, "isSuccess": True, "error": None, "errorDetails": None}
            # A media-level `example` (Prism prefers the envelope schema's own `examples` to named ones).
            spec["paths"]["/tasks"]["get"]["responses"]["200"] = {
                "description": "The tasks, wrapped in the response envelope.",
                "content": {
                    "application/json": {"schema": {"$ref": "#/components/schemas/ApiResponse"}, "example": envelope}
                },
            }
        target = directory / f"{service}.json"
        target.write_text(json.dumps(spec, indent=1), encoding="utf-8")
        written[service] = target
    return written


def dataplus_page_hook(request: httpx.Request) -> None:
    """Ask the Data+ mock for the example of the requested offset (the real server pages by itself)."""
    if request.url.path.endswith("/api/db/getEntries"):
        offset = request.url.params.get("offset", "0")
        request.url = request.url.copy_merge_params({"__example": f"offset{offset}"})
