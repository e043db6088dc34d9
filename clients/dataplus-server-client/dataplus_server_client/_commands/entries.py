# Generated from specs/dataplus-server.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
"""``dataplus entries``: the commands over ``DataPlusClient.entries`` (plain data read by ``_cli``)."""

from typing import Any

HELP = "Entries of Data+ Server."

COMMANDS: tuple[dict[str, Any], ...] = (
    {
        "description": "Get entries of table",
        "http": "GET /api/db/getEntries",
        "method": "list",
        "module": "api.database.get_entries",
        "name": "list",
        "operation": "getEntries",
        "pager": "offset",
        "params": [
            {
                "call": "positional",
                "dest": "p_table",
                "flag": "--table",
                "help": "db table name",
                "kind": "option",
                "name": "table",
                "python": "table",
                "required": True,
                "type": "str",
            },
            {
                "call": "keyword",
                "dest": "p_limit",
                "flag": "--limit",
                "help": "rows to return (max 10000)",
                "kind": "option",
                "name": "limit",
                "python": "limit",
                "type": "int",
            },
            {
                "call": "keyword",
                "dest": "p_offset",
                "flag": "--offset",
                "help": "get rows with offset x",
                "kind": "option",
                "name": "offset",
                "python": "offset",
                "type": "int",
            },
            {
                "call": "keyword",
                "dest": "p_columns",
                "flag": "--columns",
                "help": "comma separated list of columns to return",
                "kind": "option",
                "name": "columns",
                "python": "columns",
                "type": "str",
            },
        ],
        "summary": "Get entries of table",
    },
    {
        "body": {"kind": "row"},
        "description": "Insert a single entry in a table. If no id is provided, the next db_id will be used.",
        "http": "POST /api/db/table/{tableName}/insert",
        "method": "insert",
        "module": "api.database.insert_entry",
        "name": "insert",
        "operation": "insertEntry",
        "params": [
            {
                "call": "positional",
                "dest": "p_table",
                "flag": "--table",
                "help": "db table name",
                "kind": "option",
                "name": "table",
                "python": "table_name",
                "required": True,
                "type": "str",
            }
        ],
        "summary": "Insert a single entry in a table",
    },
    {
        "body": {"kind": "row"},
        "description": "Update a single entry in a table.",
        "http": "POST /api/db/table/{tableName}/update",
        "method": "update",
        "module": "api.database.update_entry",
        "name": "update",
        "operation": "updateEntry",
        "params": [
            {
                "call": "positional",
                "dest": "p_table",
                "flag": "--table",
                "help": "db table name",
                "kind": "option",
                "name": "table",
                "python": "table_name",
                "required": True,
                "type": "str",
            }
        ],
        "summary": "Update a single entry in a table",
    },
    {
        "body": {"kind": "row"},
        "description": "Updates or inserts (if id does not exist) a single entry in a table.",
        "http": "POST /api/db/table/{tableName}/upsert",
        "method": "upsert",
        "module": "api.database.upsert_entry",
        "name": "upsert",
        "operation": "upsertEntry",
        "params": [
            {
                "call": "positional",
                "dest": "p_table",
                "flag": "--table",
                "help": "db table name",
                "kind": "option",
                "name": "table",
                "python": "table_name",
                "required": True,
                "type": "str",
            }
        ],
        "summary": "Updates or inserts (if id does not exist) a single entry in a table",
    },
    {
        "body": {
            "fields": [
                {"name": "id", "required": True, "type": "string"},
                {"name": "column", "required": True, "type": "string"},
                {"name": "text", "required": True, "type": "string"},
                {"name": "user", "required": True, "type": "string"},
                {"name": "imgUrl", "type": "string"},
            ],
            "kind": "model",
            "model": "CommentHistoryEntry",
        },
        "description": "Adds a comment history entry for an existing field. If the "
        "current content is not the expected format, it will be "
        "replaced with the posted single entry comment history.",
        "http": "POST /api/db/table/{tableName}/commentHistoryEntry",
        "method": "add_comment_history",
        "module": "api.database.add_comment_history_entry",
        "name": "add-comment-history",
        "operation": "addCommentHistoryEntry",
        "params": [
            {
                "call": "positional",
                "dest": "p_table",
                "flag": "--table",
                "help": "db table name",
                "kind": "option",
                "name": "table",
                "python": "table_name",
                "required": True,
                "type": "str",
            }
        ],
        "summary": "Adds a comment history entry for an existing field",
    },
    {
        "body": {"kind": "rows_many"},
        "bulk": True,
        "description": "Inserts multiple entries in a table. If no id is provided, the next db_id will be used.",
        "http": "POST /api/db/table/{tableName}/bulk/insert",
        "list": True,
        "method": "bulk_insert",
        "module": "api.database.bulk_insert_entries",
        "name": "bulk-insert",
        "operation": "bulkInsertEntries",
        "params": [
            {
                "call": "positional",
                "dest": "p_table",
                "flag": "--table",
                "help": "db table name",
                "kind": "option",
                "name": "table",
                "python": "table_name",
                "required": True,
                "type": "str",
            }
        ],
        "summary": "Inserts multiple entries in a table",
    },
    {
        "body": {"kind": "rows_many"},
        "bulk": True,
        "description": "Updates multiple entries in a table.",
        "http": "POST /api/db/table/{tableName}/bulk/update",
        "method": "bulk_update",
        "module": "api.database.bulk_update_entries",
        "name": "bulk-update",
        "operation": "bulkUpdateEntries",
        "params": [
            {
                "call": "positional",
                "dest": "p_table",
                "flag": "--table",
                "help": "db table name",
                "kind": "option",
                "name": "table",
                "python": "table_name",
                "required": True,
                "type": "str",
            }
        ],
        "summary": "Updates multiple entries in a table",
    },
    {
        "body": {"kind": "rows_many"},
        "bulk": True,
        "description": "Updates or inserts (if id does not exist) multiple entries in a table.",
        "http": "POST /api/db/table/{tableName}/bulk/upsert",
        "method": "bulk_upsert",
        "module": "api.database.bulk_upsert_entries",
        "name": "bulk-upsert",
        "operation": "bulkUpsertEntries",
        "params": [
            {
                "call": "positional",
                "dest": "p_table",
                "flag": "--table",
                "help": "db table name",
                "kind": "option",
                "name": "table",
                "python": "table_name",
                "required": True,
                "type": "str",
            }
        ],
        "summary": "Updates or inserts (if id does not exist) multiple entries in a table",
    },
    {
        "body": {
            "fields": [
                {"name": "table", "required": True, "type": "string"},
                {"name": "ids", "required": True, "type": "array"},
            ],
            "kind": "model",
            "model": "DeleteEntriesRequest",
        },
        "description": 'Delete table entries with the provided ids. Using ["*"] for '
        "ids will delete all rows and reset the db_id counter.",
        "http": "DELETE /api/db/deleteEntries",
        "method": "delete",
        "module": "api.database.delete_entries",
        "name": "delete",
        "operation": "deleteEntries",
        "params": [],
        "summary": "Delete table entries with the provided ids",
    },
)
