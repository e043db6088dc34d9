# Generated from specs/qalyptus-cloud.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
"""``qalyptus identity-providers``: the commands over ``QalyptusClient.identity_providers`` (plain data read by ``_cli``)."""

from typing import Any

HELP = "Identity providers of Qalyptus Cloud."

COMMANDS: tuple[dict[str, Any], ...] = (
    {
        "description": "Get a list of all identity providers available in the system.",
        "http": "GET /identity-providers",
        "list": True,
        "method": "list",
        "module": "api.identity_provider.get_identity_providers",
        "name": "list",
        "operation": "getIdentityProviders",
        "params": [],
        "summary": "Get all identity providers",
    },
    {
        "body": {
            "fields": [
                {"name": "name", "required": True, "type": "string"},
                {"name": "description", "nullable": True, "type": "string"},
                {"name": "type", "required": True, "type": "string"},
                {"name": "clientID", "required": True, "type": "string"},
                {"name": "clientSecret", "required": True, "type": "string"},
                {"name": "authorizationEndpoint", "required": True, "type": "string"},
                {"name": "accessTokenEndpoint", "required": True, "type": "string"},
                {"name": "userinfoEndpoint", "required": True, "type": "string"},
                {"name": "logoutEndpoint", "nullable": True, "type": "string"},
                {"name": "postLogoutRedirectUrl", "nullable": True, "type": "string"},
            ],
            "kind": "model",
            "model": "CreateIdentityProviderRequest",
        },
        "description": "Create a new identity provider based on the provided request data.",
        "http": "POST /identity-providers",
        "method": "create",
        "module": "api.identity_provider.create_identity_provider",
        "name": "create",
        "operation": "createIdentityProvider",
        "params": [],
        "summary": "Create an identity provider",
    },
    {
        "description": "Get details of a specific identity provider based on its unique ID.",
        "http": "GET /identity-providers/{id}",
        "method": "get",
        "module": "api.identity_provider.get_identity_provider",
        "name": "get",
        "operation": "getIdentityProvider",
        "params": [
            {
                "call": "positional",
                "dest": "p_id",
                "flag": "ID",
                "help": "The unique identifier of the identity provider.",
                "kind": "argument",
                "name": "id",
                "python": "id",
                "required": True,
                "type": "uuid",
            }
        ],
        "summary": "Get identity provider",
    },
    {
        "body": {
            "fields": [
                {"name": "name", "required": True, "type": "string"},
                {"name": "description", "nullable": True, "type": "string"},
                {"name": "clientID", "required": True, "type": "string"},
                {"name": "clientSecret", "nullable": True, "type": "string"},
                {"name": "authorizationEndpoint", "required": True, "type": "string"},
                {"name": "accessTokenEndpoint", "required": True, "type": "string"},
                {"name": "userinfoEndpoint", "required": True, "type": "string"},
                {"name": "logoutEndpoint", "nullable": True, "type": "string"},
                {"name": "postLogoutRedirectUrl", "nullable": True, "type": "string"},
            ],
            "kind": "model",
            "model": "UpdateIdentityProviderRequest",
        },
        "description": "Update an existing identity provider based on the provided ID and request data.",
        "http": "PUT /identity-providers/{id}",
        "method": "update",
        "module": "api.identity_provider.update_identity_provider",
        "name": "update",
        "operation": "updateIdentityProvider",
        "params": [
            {
                "call": "positional",
                "dest": "p_id",
                "flag": "ID",
                "help": "The ID of the identity provider to be updated.",
                "kind": "argument",
                "name": "id",
                "python": "id",
                "required": True,
                "type": "uuid",
            }
        ],
        "summary": "Update identity provider",
    },
    {
        "description": "Delete a specific identity provider based on its unique ID.",
        "http": "DELETE /identity-providers/{id}",
        "method": "delete",
        "module": "api.identity_provider.delete_identity_provider",
        "name": "delete",
        "operation": "deleteIdentityProvider",
        "params": [
            {
                "call": "positional",
                "dest": "p_id",
                "flag": "ID",
                "help": "The unique identifier of the identity provider to delete.",
                "kind": "argument",
                "name": "id",
                "python": "id",
                "required": True,
                "type": "uuid",
            }
        ],
        "summary": "Delete identity provider",
    },
)
