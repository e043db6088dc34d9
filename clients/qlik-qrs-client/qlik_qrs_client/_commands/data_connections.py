# Generated from specs/qlik-qrs-data-connection.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
"""``qlik-qrs data-connections``: the commands over ``QrsClient.data_connections`` (plain data read by ``_cli``)."""

from typing import Any

HELP = "Data connections of Qlik Sense QRS data connections."

COMMANDS: tuple[dict[str, Any], ...] = (
    {
        "description": "Retrieves a list of all data connections in condensed format, "
        "optionally filtered by a query expression. Returns "
        "connections accessible to the authenticated user based on "
        "security rules.",
        "http": "GET /dataconnection",
        "list": True,
        "method": "list",
        "module": "api.data_connection.get_data_connections",
        "name": "list",
        "operation": "getDataConnections",
        "params": [
            {
                "call": "keyword",
                "dest": "p_filter",
                "flag": "--filter",
                "help": "Filter expression using syntax: property operator value (e.g., name eq 'MyConnection')",
                "kind": "option",
                "name": "filter",
                "python": "filter_",
                "type": "str",
            },
            {
                "call": "keyword",
                "dest": "p_orderby",
                "flag": "--orderby",
                "help": "Property name to order results by",
                "kind": "option",
                "name": "orderby",
                "python": "orderby",
                "type": "str",
            },
            {
                "call": "keyword",
                "dest": "p_privileges",
                "flag": "--privileges",
                "help": "Whether to append privilege information to returned entities",
                "kind": "option",
                "name": "privileges",
                "python": "privileges",
                "type": "bool",
            },
        ],
        "summary": "List data connections",
    },
    {
        "body": {
            "fields": [
                {"name": "name", "required": True, "type": "string"},
                {"name": "connectionstring", "required": True, "type": "string"},
                {"name": "type", "required": True, "type": "string"},
                {"name": "logOn", "type": "integer"},
                {"name": "architecture", "type": "integer"},
                {"name": "username", "type": "string"},
                {"name": "password", "type": "string"},
            ],
            "kind": "model",
            "model": "DataConnectionCreate",
        },
        "description": "Creates a new data connection for use by Qlik Sense "
        "applications. The connection defines the provider type, "
        "connection string, and credentials for accessing an external "
        "data source.",
        "http": "POST /dataconnection",
        "method": "create",
        "module": "api.data_connection.create_data_connection",
        "name": "create",
        "operation": "createDataConnection",
        "params": [],
        "summary": "Create data connection",
    },
    {
        "description": "Retrieves a list of all data connections in full format "
        "including owner, tags, custom properties, and connection "
        "string details.",
        "http": "GET /dataconnection/full",
        "list": True,
        "method": "list_full",
        "module": "api.data_connection.get_data_connections_full",
        "name": "list-full",
        "operation": "getDataConnectionsFull",
        "params": [
            {
                "call": "keyword",
                "dest": "p_filter",
                "flag": "--filter",
                "help": "Filter expression using syntax: property operator value (e.g., name eq 'MyConnection')",
                "kind": "option",
                "name": "filter",
                "python": "filter_",
                "type": "str",
            },
            {
                "call": "keyword",
                "dest": "p_orderby",
                "flag": "--orderby",
                "help": "Property name to order results by",
                "kind": "option",
                "name": "orderby",
                "python": "orderby",
                "type": "str",
            },
            {
                "call": "keyword",
                "dest": "p_privileges",
                "flag": "--privileges",
                "help": "Whether to append privilege information to returned entities",
                "kind": "option",
                "name": "privileges",
                "python": "privileges",
                "type": "bool",
            },
        ],
        "summary": "List data connections with full details",
    },
    {
        "description": "Returns the number of data connections matching an optional filter expression.",
        "http": "GET /dataconnection/count",
        "method": "count",
        "module": "api.data_connection.get_data_connections_count",
        "name": "count",
        "operation": "getDataConnectionsCount",
        "params": [
            {
                "call": "keyword",
                "dest": "p_filter",
                "flag": "--filter",
                "help": "Filter expression using syntax: property operator value (e.g., name eq 'MyConnection')",
                "kind": "option",
                "name": "filter",
                "python": "filter_",
                "type": "str",
            }
        ],
        "summary": "Count data connections",
    },
    {
        "description": "Retrieves a single data connection by its unique identifier in full format.",
        "http": "GET /dataconnection/{id}",
        "method": "get",
        "module": "api.data_connection.get_data_connection",
        "name": "get",
        "operation": "getDataConnection",
        "params": [
            {
                "call": "positional",
                "dest": "p_id",
                "flag": "ID",
                "help": "Unique identifier (GUID) of the data connection",
                "kind": "argument",
                "name": "id",
                "python": "id",
                "required": True,
                "type": "uuid",
            },
            {
                "call": "keyword",
                "dest": "p_privileges",
                "flag": "--privileges",
                "help": "Whether to append privilege information to returned entities",
                "kind": "option",
                "name": "privileges",
                "python": "privileges",
                "type": "bool",
            },
        ],
        "summary": "Get data connection by ID",
    },
    {
        "body": {
            "fields": [
                {"name": "id", "type": "uuid"},
                {"name": "createdDate", "type": "date-time"},
                {"name": "modifiedDate", "type": "date-time"},
                {"name": "modifiedByUserName", "type": "string"},
                {"name": "name", "required": True, "type": "string"},
                {"name": "connectionstring", "required": True, "type": "string"},
                {"name": "type", "required": True, "type": "string"},
                {"name": "logOn", "type": "integer"},
                {"name": "architecture", "type": "integer"},
                {"name": "engineObjectId", "type": "uuid"},
                {"name": "username", "type": "string"},
                {"name": "password", "type": "string"},
                {"name": "owner", "type": "object"},
                {"name": "tags", "type": "array"},
                {"name": "customProperties", "type": "array"},
                {"name": "privileges", "type": "array"},
                {"name": "schemaPath", "type": "string"},
            ],
            "from_path": [["id", "id"]],
            "kind": "model",
            "model": "DataConnectionRequest",
        },
        "description": "Updates an existing data connection. The complete entity "
        "including the unchanged modifiedDate must be provided in the "
        "request body.",
        "http": "PUT /dataconnection/{id}",
        "method": "update",
        "module": "api.data_connection.update_data_connection",
        "name": "update",
        "operation": "updateDataConnection",
        "params": [
            {
                "call": "positional",
                "dest": "p_id",
                "flag": "ID",
                "help": "Unique identifier (GUID) of the data connection",
                "kind": "argument",
                "name": "id",
                "python": "id",
                "required": True,
                "type": "uuid",
            }
        ],
        "summary": "Update data connection",
    },
    {
        "description": "Permanently deletes a data connection from the repository. "
        "Applications referencing this connection will no longer be "
        "able to load data from it.",
        "http": "DELETE /dataconnection/{id}",
        "method": "delete",
        "module": "api.data_connection.delete_data_connection",
        "name": "delete",
        "operation": "deleteDataConnection",
        "params": [
            {
                "call": "positional",
                "dest": "p_id",
                "flag": "ID",
                "help": "Unique identifier (GUID) of the data connection",
                "kind": "argument",
                "name": "id",
                "python": "id",
                "required": True,
                "type": "uuid",
            }
        ],
        "summary": "Delete data connection",
    },
)
