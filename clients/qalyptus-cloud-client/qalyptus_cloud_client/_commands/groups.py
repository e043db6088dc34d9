# Generated from specs/qalyptus-cloud.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
"""``qalyptus groups``: the commands over ``QalyptusClient.groups`` (plain data read by ``_cli``)."""

from typing import Any

HELP = "Groups of Qalyptus Cloud."

COMMANDS: tuple[dict[str, Any], ...] = (
    {
        "description": "Get a list of all groups.",
        "http": "GET /groups",
        "list": True,
        "method": "list",
        "module": "api.groups.get_groups",
        "name": "list",
        "operation": "getGroups",
        "params": [],
        "summary": "Get all groups",
    },
    {
        "body": {
            "fields": [
                {"name": "name", "required": True, "type": "string"},
                {"name": "description", "nullable": True, "type": "string"},
                {"name": "organizationID", "required": True, "type": "uuid"},
            ],
            "kind": "model",
            "model": "CreateGroupRequest",
        },
        "description": "Create a new group with the provided details.",
        "http": "POST /groups",
        "method": "create",
        "module": "api.groups.create_group",
        "name": "create",
        "operation": "createGroup",
        "params": [],
        "summary": "Create group",
    },
    {
        "body": {"item": "uuid", "kind": "list"},
        "description": "Delete multiple groups based on the provided list of group IDs.",
        "http": "DELETE /groups",
        "method": "delete_many",
        "module": "api.groups.delete_groups",
        "name": "delete-many",
        "operation": "deleteGroups",
        "params": [],
        "summary": "Delete groups",
    },
    {
        "description": "Get a group by its unique identifier.",
        "http": "GET /groups/{id}",
        "method": "get",
        "module": "api.groups.get_group",
        "name": "get",
        "operation": "getGroup",
        "params": [
            {
                "call": "positional",
                "dest": "p_id",
                "flag": "ID",
                "help": "The ID of the group.",
                "kind": "argument",
                "name": "id",
                "python": "id",
                "required": True,
                "type": "uuid",
            }
        ],
        "summary": "Get group",
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
        "description": "Update an existing group with the provided details.",
        "http": "PUT /groups/{id}",
        "method": "update",
        "module": "api.groups.update_group",
        "name": "update",
        "operation": "updateGroup",
        "params": [
            {
                "call": "positional",
                "dest": "p_id",
                "flag": "ID",
                "help": "The ID of the group to be updated.",
                "kind": "argument",
                "name": "id",
                "python": "id",
                "required": True,
                "type": "uuid",
            }
        ],
        "summary": "Update group",
    },
    {
        "description": "Delete a group by its ID.",
        "http": "DELETE /groups/{id}",
        "method": "delete",
        "module": "api.groups.delete_group",
        "name": "delete",
        "operation": "deleteGroup",
        "params": [
            {
                "call": "positional",
                "dest": "p_id",
                "flag": "ID",
                "help": "The ID of the group to delete.",
                "kind": "argument",
                "name": "id",
                "python": "id",
                "required": True,
                "type": "uuid",
            }
        ],
        "summary": "Delete group",
    },
    {
        "description": "Get the members of a group specified by the provided group ID.",
        "http": "GET /groups/{id}/members",
        "method": "get_members",
        "module": "api.groups.get_group_members",
        "name": "get-members",
        "operation": "getGroupMembers",
        "params": [
            {
                "call": "positional",
                "dest": "p_id",
                "flag": "ID",
                "help": "The ID of the group whose members are to be retrieved.",
                "kind": "argument",
                "name": "id",
                "python": "id",
                "required": True,
                "type": "uuid",
            }
        ],
        "summary": "Get group members",
    },
    {
        "body": {"item": "uuid", "kind": "list"},
        "description": "Update the members of a group based on the provided list of user IDs.",
        "http": "PUT /groups/{id}/members",
        "method": "update_members",
        "module": "api.groups.update_group_members",
        "name": "update-members",
        "operation": "updateGroupMembers",
        "params": [
            {
                "call": "positional",
                "dest": "p_id",
                "flag": "ID",
                "help": "The ID of the group to update.",
                "kind": "argument",
                "name": "id",
                "python": "id",
                "required": True,
                "type": "uuid",
            }
        ],
        "summary": "Update group members",
    },
)
