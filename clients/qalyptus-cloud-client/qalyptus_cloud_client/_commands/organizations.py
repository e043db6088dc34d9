# Generated from specs/qalyptus-cloud.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
"""``qalyptus organizations``: the commands over ``QalyptusClient.organizations`` (plain data read by ``_cli``)."""

from typing import Any

HELP = "Organizations of Qalyptus Cloud."

COMMANDS: tuple[dict[str, Any], ...] = (
    {
        "description": "Get information about all organizations.",
        "http": "GET /organizations",
        "list": True,
        "method": "list",
        "module": "api.organizations.get_organizations",
        "name": "list",
        "operation": "getOrganizations",
        "params": [],
        "summary": "Get all organizations",
    },
    {
        "body": {
            "fields": [
                {"name": "name", "nullable": True, "type": "string"},
                {"name": "displayName", "required": True, "type": "string"},
                {"name": "description", "nullable": True, "type": "string"},
                {"name": "themeID", "required": True, "type": "uuid"},
            ],
            "kind": "model",
            "model": "CreateOrganizationRequest",
        },
        "description": "Create a new organization with the provided details.",
        "http": "POST /organizations",
        "method": "create",
        "module": "api.organizations.create_organization",
        "name": "create",
        "operation": "createOrganization",
        "params": [],
        "summary": "Create organization",
    },
    {
        "body": {"item": "uuid", "kind": "list"},
        "description": "Delete multiple organizations.",
        "http": "DELETE /organizations",
        "method": "delete_many",
        "module": "api.organizations.delete_organizations",
        "name": "delete-many",
        "operation": "deleteOrganizations",
        "params": [],
        "summary": "Delete organizations",
    },
    {
        "description": "Get organization details by ID.",
        "http": "GET /organizations/{id}",
        "method": "get",
        "module": "api.organizations.get_organization",
        "name": "get",
        "operation": "getOrganization",
        "params": [
            {
                "call": "positional",
                "dest": "p_id",
                "flag": "ID",
                "help": "The ID of the organization.",
                "kind": "argument",
                "name": "id",
                "python": "id",
                "required": True,
                "type": "uuid",
            }
        ],
        "summary": "Get organization by ID",
    },
    {
        "body": {
            "fields": [
                {"name": "displayName", "required": True, "type": "string"},
                {"name": "description", "nullable": True, "type": "string"},
                {"name": "themeID", "required": True, "type": "uuid"},
            ],
            "kind": "model",
            "model": "UpdateOrganizationRequest",
        },
        "description": "Update the details of an existing organization with the provided information.",
        "http": "PUT /organizations/{id}",
        "method": "update",
        "module": "api.organizations.update_organization",
        "name": "update",
        "operation": "updateOrganization",
        "params": [
            {
                "call": "positional",
                "dest": "p_id",
                "flag": "ID",
                "help": "The ID of the organization to update.",
                "kind": "argument",
                "name": "id",
                "python": "id",
                "required": True,
                "type": "uuid",
            }
        ],
        "summary": "Update organization",
    },
    {
        "description": "Delete a specific organization.",
        "http": "DELETE /organizations/{id}",
        "method": "delete",
        "module": "api.organizations.delete_organization",
        "name": "delete",
        "operation": "deleteOrganization",
        "params": [
            {
                "call": "positional",
                "dest": "p_id",
                "flag": "ID",
                "help": "The ID of the organization to be deleted.",
                "kind": "argument",
                "name": "id",
                "python": "id",
                "required": True,
                "type": "uuid",
            }
        ],
        "summary": "Delete organization",
    },
    {
        "description": "Get organizations.",
        "http": "GET /organizations/user",
        "method": "list_for_user",
        "module": "api.organizations.get_user_organizations",
        "name": "list-for-user",
        "operation": "getUserOrganizations",
        "params": [],
        "summary": "Get user organizations",
    },
    {
        "description": "Get projects belonging to the organization with the provided ID.",
        "http": "GET /organizations/{id}/projects",
        "method": "get_projects",
        "module": "api.organizations.get_organization_projects",
        "name": "get-projects",
        "operation": "getOrganizationProjects",
        "params": [
            {
                "call": "positional",
                "dest": "p_id",
                "flag": "ID",
                "help": "The ID of the organization.",
                "kind": "argument",
                "name": "id",
                "python": "id",
                "required": True,
                "type": "uuid",
            }
        ],
        "summary": "Get organization projects",
    },
    {
        "description": "Get members belonging to the organization with the provided ID.",
        "http": "GET /organizations/{id}/members",
        "method": "get_members",
        "module": "api.organizations.get_organization_members",
        "name": "get-members",
        "operation": "getOrganizationMembers",
        "params": [
            {
                "call": "positional",
                "dest": "p_id",
                "flag": "ID",
                "help": "The ID of the organization.",
                "kind": "argument",
                "name": "id",
                "python": "id",
                "required": True,
                "type": "uuid",
            }
        ],
        "summary": "Get organization members",
    },
    {
        "description": "Get resources belonging to the organization with the provided ID.",
        "http": "GET /organizations/{id}/resources",
        "method": "get_resources",
        "module": "api.organizations.get_organization_resources",
        "name": "get-resources",
        "operation": "getOrganizationResources",
        "params": [
            {
                "call": "positional",
                "dest": "p_id",
                "flag": "ID",
                "help": "The ID of the organization.",
                "kind": "argument",
                "name": "id",
                "python": "id",
                "required": True,
                "type": "uuid",
            }
        ],
        "summary": "Get organization resources",
    },
    {
        "description": "Get Qlik apps associated with a specific organization.",
        "http": "GET /organizations/{id}/qlik-apps",
        "method": "get_qlik_apps",
        "module": "api.organizations.get_organization_qlik_apps",
        "name": "get-qlik-apps",
        "operation": "getOrganizationQlikApps",
        "params": [
            {
                "call": "positional",
                "dest": "p_id",
                "flag": "ID",
                "help": "The ID of the organization.",
                "kind": "argument",
                "name": "id",
                "python": "id",
                "required": True,
                "type": "uuid",
            }
        ],
        "summary": "Get organization qlik apps",
    },
    {
        "description": "Get authentication details for a specific organization.",
        "http": "GET /organizations/{id}/authentications",
        "method": "get_authentications",
        "module": "api.organizations.get_organization_authentications",
        "name": "get-authentications",
        "operation": "getOrganizationAuthentications",
        "params": [
            {
                "call": "positional",
                "dest": "p_id",
                "flag": "ID",
                "help": "The ID of the organization.",
                "kind": "argument",
                "name": "id",
                "python": "id",
                "required": True,
                "type": "uuid",
            }
        ],
        "summary": "Get organization authentications",
    },
    {
        "body": {
            "fields": [
                {"name": "qalyptusAuth", "required": True, "type": "boolean"},
                {"name": "identityProvider", "nullable": True, "type": "uuid"},
            ],
            "kind": "model",
            "model": "UpdateOrganizationAuthenticationsRequest",
        },
        "description": "Update authentication settings for a specific organization.",
        "http": "PUT /organizations/{id}/authentications",
        "method": "update_authentications",
        "module": "api.organizations.update_organization_authentications",
        "name": "update-authentications",
        "operation": "updateOrganizationAuthentications",
        "params": [
            {
                "call": "positional",
                "dest": "p_id",
                "flag": "ID",
                "help": "The ID of the organization.",
                "kind": "argument",
                "name": "id",
                "python": "id",
                "required": True,
                "type": "uuid",
            }
        ],
        "summary": "Update organization authentications",
    },
)
