# Generated from specs/qlik-cloud-data-stores.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
"""``qlik-data-stores data-assets``: the commands over ``DataStoresClient.data_assets`` (plain data read by ``_cli``)."""

from typing import Any

HELP = "Data assets of Qlik Cloud data stores."

COMMANDS: tuple[dict[str, Any], ...] = (
    {
        "description": "Get all data assets belonging to the data store(s).",
        "http": "GET /v1/data-stores/{data-store-ids}/data-assets",
        "method": "list",
        "module": "api.data_stores.get_data_assets",
        "name": "list",
        "operation": "getDataAssets",
        "pager": "cursor",
        "params": [
            {
                "call": "positional",
                "dest": "p_data_store_ids",
                "flag": "DATA_STORE_IDS",
                "help": "Comma-separated data store IDs or * to include all data stores.",
                "kind": "argument",
                "name": "data_store_ids",
                "python": "data_store_ids",
                "required": True,
                "type": "str",
            },
            {
                "call": "keyword",
                "dest": "p_limit",
                "flag": "--limit",
                "help": "Page size limit.",
                "kind": "option",
                "name": "limit",
                "python": "limit",
                "type": "int",
            },
            {
                "call": "keyword",
                "dest": "p_page",
                "flag": "--page",
                "help": "the page query parameter (int)",
                "kind": "option",
                "name": "page",
                "python": "page",
                "type": "int",
            },
            {
                "call": "keyword",
                "dest": "p_projections",
                "flag": "--projections",
                "help": "Comma-separated fields to return in the response.",
                "kind": "option",
                "multiple": True,
                "name": "projections",
                "python": "projections",
                "type": "str",
            },
            {
                "call": "keyword",
                "dest": "p_sort",
                "flag": "--sort",
                "help": "Comma-separated fields and field start with '-' "
                "character sorts the result set in descending order.",
                "kind": "option",
                "multiple": True,
                "name": "sort",
                "python": "sort",
                "type": "str",
            },
        ],
        "summary": "Get all data assets belonging to the data store(s).",
    },
    {
        "description": "Delete data assets and child data-sets by data-store IDs.",
        "http": "DELETE /v1/data-stores/{data-store-ids}/data-assets",
        "method": "delete",
        "module": "api.data_stores.delete_data_assets",
        "name": "delete",
        "operation": "deleteDataAssets",
        "params": [
            {
                "call": "positional",
                "dest": "p_data_store_ids",
                "flag": "DATA_STORE_IDS",
                "help": "Comma-separated data store IDs or * to include all data stores.",
                "kind": "argument",
                "name": "data_store_ids",
                "python": "data_store_ids",
                "required": True,
                "type": "str",
            }
        ],
        "summary": "Delete data assets and child data-sets by data-store IDs.",
    },
)
