# Generated from specs/qalyptus-cloud.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
"""``qalyptus users``: the commands over ``QalyptusClient.users`` (plain data read by ``_cli``)."""

from typing import Any

HELP = "Users of Qalyptus Cloud."

COMMANDS: tuple[dict[str, Any], ...] = (
    {
        "description": "Get a list of users.",
        "http": "GET /users",
        "list": True,
        "method": "list",
        "module": "api.users.get_users",
        "name": "list",
        "operation": "getUsers",
        "params": [],
        "summary": "Get users",
    },
    {
        "body": {
            "fields": [
                {"name": "firstName", "required": True, "type": "string"},
                {"name": "lastName", "required": True, "type": "string"},
                {"name": "email", "nullable": True, "type": "string"},
                {"name": "organizations", "required": True, "type": "array"},
            ],
            "kind": "model",
            "model": "AddUserRequest",
        },
        "description": "Add a new recipient. The recipient is added to the specified "
        "organizations and the default group 'All users'.",
        "http": "POST /users",
        "method": "create",
        "module": "api.users.add_user",
        "name": "create",
        "operation": "addUser",
        "params": [],
        "summary": "Add user",
    },
    {
        "body": {"item": "uuid", "kind": "list"},
        "description": "Delete multiple users based on their IDs.",
        "http": "DELETE /users",
        "method": "delete_many",
        "module": "api.users.delete_users",
        "name": "delete-many",
        "operation": "deleteUsers",
        "params": [],
        "summary": "Delete users",
    },
    {
        "description": "Get information about a user.",
        "http": "GET /users/{id}",
        "method": "get",
        "module": "api.users.get_user",
        "name": "get",
        "operation": "getUser",
        "params": [
            {
                "call": "positional",
                "dest": "p_id",
                "flag": "ID",
                "help": "The ID of the user.",
                "kind": "argument",
                "name": "id",
                "python": "id",
                "required": True,
                "type": "uuid",
            }
        ],
        "summary": "Get user",
    },
    {
        "body": {
            "fields": [
                {"name": "type", "required": True, "type": "string"},
                {"name": "value", "required": True, "type": "any"},
            ],
            "kind": "model",
            "model": "UpdateUserRequest",
        },
        "description": "Update an existing user with the provided details. Supports "
        "updating user status, organizations, groups, organization "
        "roles, license, and tenant admin role.",
        "http": "PUT /users/{id}",
        "method": "update",
        "module": "api.users.update_user",
        "name": "update",
        "operation": "updateUser",
        "params": [
            {
                "call": "positional",
                "dest": "p_id",
                "flag": "ID",
                "help": "The ID of the user to be updated.",
                "kind": "argument",
                "name": "id",
                "python": "id",
                "required": True,
                "type": "uuid",
            }
        ],
        "summary": "Update user",
    },
    {
        "description": "Delete a user based on the provided user ID. Users cannot "
        "delete themselves. If the user is a tenant owner, deletion is "
        "forbidden. If the user has associated content, deletion is "
        "also forbidden.",
        "http": "DELETE /users/{id}",
        "method": "delete",
        "module": "api.users.delete_user",
        "name": "delete",
        "operation": "deleteUser",
        "params": [
            {
                "call": "positional",
                "dest": "p_id",
                "flag": "ID",
                "help": "The ID of the user to delete.",
                "kind": "argument",
                "name": "id",
                "python": "id",
                "required": True,
                "type": "uuid",
            }
        ],
        "summary": "Delete user",
    },
    {
        "body": {"kind": "files"},
        "description": "Add users to the system by importing their details from an "
        "Excel file. Supported file formats include .xlsx, .xls, and "
        ".xlsm.",
        "files": [{"dest": "f_file", "flag": "--file", "help": "file to upload", "name": "file", "required": True}],
        "http": "POST /users/import",
        "method": "import_from_excel",
        "module": "api.users.import_users_from_excel",
        "name": "import-from-excel",
        "operation": "importUsersFromExcel",
        "params": [],
        "summary": "Add users from Excel",
    },
    {
        "body": {
            "fields": [
                {"name": "newUserID", "required": True, "type": "uuid"},
                {"name": "transferContent", "required": True, "type": "boolean"},
                {"name": "transferPermissions", "required": True, "type": "boolean"},
            ],
            "kind": "model",
            "model": "TransferUserRequest",
        },
        "description": "Transfer content and authorizations from one user to another "
        "based on the provided user ID and transfer request.",
        "http": "POST /users/{id}/transfer",
        "method": "transfer_content",
        "module": "api.users.transfer_user_content",
        "name": "transfer-content",
        "operation": "transferUserContent",
        "params": [
            {
                "call": "positional",
                "dest": "p_id",
                "flag": "ID",
                "help": "The ID of the user whose content and authorizations will be transferred.",
                "kind": "argument",
                "name": "id",
                "python": "id",
                "required": True,
                "type": "uuid",
            }
        ],
        "summary": "Transfer user content and authorizations",
    },
    {
        "description": "Download an Excel file template for importing users.",
        "file": True,
        "http": "GET /users/import-template",
        "method": "download_import_template",
        "module": "api.users.download_users_import_template",
        "name": "download-import-template",
        "operation": "downloadUsersImportTemplate",
        "params": [],
        "summary": "Download import users template",
    },
    {
        "body": {
            "fields": [
                {"name": "emails", "required": True, "type": "array"},
                {"name": "tenantAdminRole", "nullable": True, "type": "string"},
                {"name": "organizations", "nullable": True, "type": "array"},
            ],
            "kind": "model",
            "model": "InviteUsersRequest",
        },
        "description": "Invite multiple users by email.",
        "http": "POST /users/invite",
        "method": "invite",
        "module": "api.users.invite_users",
        "name": "invite",
        "operation": "inviteUsers",
        "params": [],
        "summary": "Invite users",
    },
)
