# Generated from specs/qalyptus-cloud.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
"""``qalyptus storage-services``: the commands over ``QalyptusClient.storage_services`` (plain data read by ``_cli``)."""

from typing import Any

HELP = "Storage services of Qalyptus Cloud."

COMMANDS: tuple[dict[str, Any], ...] = (
    {
        "description": "Get the storage services associated with the authenticated user.",
        "http": "GET /storage-services",
        "list": True,
        "method": "list",
        "module": "api.storage_services.get_storage_services",
        "name": "list",
        "operation": "getStorageServices",
        "params": [],
        "summary": "Get a list of all storage services.",
    },
    {
        "body": {"item": "uuid", "kind": "list"},
        "description": "Delete multiple storage services with the specified IDs.",
        "http": "DELETE /storage-services",
        "method": "delete_many",
        "module": "api.storage_services.delete_storage_services",
        "name": "delete-many",
        "operation": "deleteStorageServices",
        "params": [],
        "summary": "Delete multiple storage services.",
    },
    {
        "description": "Get the details of a specific storage service associated with the authenticated user.",
        "http": "GET /storage-services/{id}",
        "method": "get",
        "module": "api.storage_services.get_storage_service",
        "name": "get",
        "operation": "getStorageService",
        "params": [
            {
                "call": "positional",
                "dest": "p_id",
                "flag": "ID",
                "help": "The ID of the storage service.",
                "kind": "argument",
                "name": "id",
                "python": "id",
                "required": True,
                "type": "uuid",
            }
        ],
        "summary": "Get the storage service with the specified ID.",
    },
    {
        "body": {
            "fields": [
                {"name": "name", "required": True, "type": "string"},
                {"name": "description", "nullable": True, "type": "string"},
                {"name": "type", "nullable": True, "type": "string"},
                {"name": "host", "nullable": True, "type": "string"},
                {"name": "username", "nullable": True, "type": "string"},
                {"name": "password", "nullable": True, "type": "string"},
                {"name": "passiveMode", "nullable": True, "type": "boolean"},
                {"name": "ftpTestDirectoryPath", "nullable": True, "type": "string"},
                {"name": "sftpPort", "nullable": True, "type": "integer"},
            ],
            "kind": "model",
            "model": "UpdateStorageServiceRequest",
        },
        "description": "Update the storage service with the specified ID.",
        "http": "PUT /storage-services/{id}",
        "method": "update",
        "module": "api.storage_services.update_storage_service",
        "name": "update",
        "operation": "updateStorageService",
        "params": [
            {
                "call": "positional",
                "dest": "p_id",
                "flag": "ID",
                "help": "The ID of the storage service to update.",
                "kind": "argument",
                "name": "id",
                "python": "id",
                "required": True,
                "type": "uuid",
            }
        ],
        "summary": "Update a storage service",
    },
    {
        "description": "Delete a specific storage service with the specified ID.",
        "http": "DELETE /storage-services/{id}",
        "method": "delete",
        "module": "api.storage_services.delete_storage_service",
        "name": "delete",
        "operation": "deleteStorageService",
        "params": [
            {
                "call": "positional",
                "dest": "p_id",
                "flag": "ID",
                "help": "The ID of the storage service to delete.",
                "kind": "argument",
                "name": "id",
                "python": "id",
                "required": True,
                "type": "uuid",
            }
        ],
        "summary": "Delete the storage service with the specified ID.",
    },
)
