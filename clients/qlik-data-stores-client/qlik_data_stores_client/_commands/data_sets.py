# Generated from specs/qlik-cloud-data-stores.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
"""``qlik-data-stores data-sets``: the commands over ``DataStoresClient.data_sets`` (plain data read by ``_cli``)."""

from typing import Any

HELP = "Data sets of Qlik Cloud data stores."

COMMANDS: tuple[dict[str, Any], ...] = (
    {
        "description": "Get all data sets belonging to the data store(s) and data asset(s).",
        "http": "GET /v1/data-stores/{data-store-ids}/data-assets/{data-asset-ids}/data-sets",
        "method": "list",
        "module": "api.data_stores.get_data_sets",
        "name": "list",
        "operation": "getDataSets",
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
                "call": "positional",
                "dest": "p_data_asset_ids",
                "flag": "DATA_ASSET_IDS",
                "help": "Comma-separated data asset IDs or * to include all data assets.",
                "kind": "argument",
                "name": "data_asset_ids",
                "python": "data_asset_ids",
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
        "summary": "Get all data sets belonging to the data store(s) and data asset(s).",
    },
    {
        "description": "Delete data sets by data-store IDs and data-asset IDs.",
        "http": "DELETE /v1/data-stores/{data-store-ids}/data-assets/{data-asset-ids}/data-sets",
        "method": "delete",
        "module": "api.data_stores.delete_data_sets",
        "name": "delete",
        "operation": "deleteDataSets",
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
                "call": "positional",
                "dest": "p_data_asset_ids",
                "flag": "DATA_ASSET_IDS",
                "help": "Comma-separated data asset IDs or * to include all data assets.",
                "kind": "argument",
                "name": "data_asset_ids",
                "python": "data_asset_ids",
                "required": True,
                "type": "str",
            },
        ],
        "summary": "Delete data sets by data-store IDs and data-asset IDs.",
    },
)
