# Generated from specs/qalyptus-cloud.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
"""``qalyptus api-keys``: the commands over ``QalyptusClient.api_keys`` (plain data read by ``_cli``)."""

from typing import Any

HELP = "Api keys of Qalyptus Cloud."

COMMANDS: tuple[dict[str, Any], ...] = (
    {
        "description": "Get a list of all API keys.",
        "http": "GET /api-keys",
        "list": True,
        "method": "list",
        "module": "api.api_keys.get_api_keys",
        "name": "list",
        "operation": "getApiKeys",
        "params": [],
        "summary": "Get user API keys",
    },
    {
        "body": {
            "fields": [
                {"name": "name", "required": True, "type": "string"},
                {"name": "description", "nullable": True, "type": "string"},
                {"name": "expiryDate", "required": True, "type": "date-time"},
                {"name": "organizationID", "required": True, "type": "uuid"},
            ],
            "kind": "model",
            "model": "CreateApiKeyRequest",
        },
        "description": "Create a new API key.",
        "http": "POST /api-keys",
        "method": "create",
        "module": "api.api_keys.create_api_key",
        "name": "create",
        "operation": "createApiKey",
        "params": [],
        "summary": "Create API key",
    },
    {
        "body": {"item": "uuid", "kind": "list"},
        "description": "Delete multiple user API keys.",
        "http": "DELETE /api-keys",
        "method": "delete_many",
        "module": "api.api_keys.delete_api_keys",
        "name": "delete-many",
        "operation": "deleteApiKeys",
        "params": [],
        "summary": "Delete API keys",
    },
    {
        "description": "Get the details of a user's API key by its unique identifier.",
        "http": "GET /api-keys/{id}",
        "method": "get",
        "module": "api.api_keys.get_api_key",
        "name": "get",
        "operation": "getApiKey",
        "params": [
            {
                "call": "positional",
                "dest": "p_id",
                "flag": "ID",
                "help": "The ID of the API key to retrieve.",
                "kind": "argument",
                "name": "id",
                "python": "id",
                "required": True,
                "type": "uuid",
            }
        ],
        "summary": "Get user API key",
    },
    {
        "body": {
            "fields": [
                {"name": "name", "required": True, "type": "string"},
                {"name": "description", "nullable": True, "type": "string"},
            ],
            "kind": "model",
            "model": "NameDescriptionRequest",
        },
        "description": "Update an existing API key.",
        "http": "PUT /api-keys/{id}",
        "method": "update",
        "module": "api.api_keys.update_api_key",
        "name": "update",
        "operation": "updateApiKey",
        "params": [
            {
                "call": "positional",
                "dest": "p_id",
                "flag": "ID",
                "help": "The ID of the API key to update.",
                "kind": "argument",
                "name": "id",
                "python": "id",
                "required": True,
                "type": "uuid",
            }
        ],
        "summary": "Update API key",
    },
    {
        "description": "Delete a user's API key by its unique identifier.",
        "http": "DELETE /api-keys/{id}",
        "method": "delete",
        "module": "api.api_keys.delete_api_key",
        "name": "delete",
        "operation": "deleteApiKey",
        "params": [
            {
                "call": "positional",
                "dest": "p_id",
                "flag": "ID",
                "help": "The ID of the API key to delete.",
                "kind": "argument",
                "name": "id",
                "python": "id",
                "required": True,
                "type": "uuid",
            }
        ],
        "summary": "Delete API key",
    },
)
