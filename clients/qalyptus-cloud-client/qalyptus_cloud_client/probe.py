# Generated from specs/qalyptus-cloud.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
"""Read-only route discovery against a live Qalyptus Cloud tenant: GET requests only, at most two a second.

    QALYPTUS_API_KEY=<API token> python -m qalyptus_cloud_client.probe --tenant acme --output probe.json

The logic is in `_probe`; this module holds the spec's operations. The package README ("Probe a tenant")
says exactly which requests are sent.
"""

from __future__ import annotations

import sys
from typing import Any

from ._probe import main

__all__ = ["OPERATIONS", "main"]

OPERATIONS: tuple[dict[str, Any], ...] = (
    {
        "operation_id": "getApiKeys",
        "method": "GET",
        "path": "/api-keys",
        "tag": "API keys",
        "summary": "Get user API keys",
        "path_source": "inferred",
        "path_note": None,
    },
    {
        "operation_id": "createApiKey",
        "method": "POST",
        "path": "/api-keys",
        "tag": "API keys",
        "summary": "Create API key",
        "path_source": "inferred",
        "path_note": None,
    },
    {
        "operation_id": "deleteApiKeys",
        "method": "DELETE",
        "path": "/api-keys",
        "tag": "API keys",
        "summary": "Delete API keys",
        "path_source": "inferred",
        "path_note": (
            "Bulk delete modelled as DELETE with a JSON array body on the collection; "
            "alternatives: POST {collection}/delete or DELETE {collection}/bulk."
        ),
    },
    {
        "operation_id": "getApiKey",
        "method": "GET",
        "path": "/api-keys/{id}",
        "tag": "API keys",
        "summary": "Get user API key",
        "path_source": "inferred",
        "path_note": None,
    },
    {
        "operation_id": "updateApiKey",
        "method": "PUT",
        "path": "/api-keys/{id}",
        "tag": "API keys",
        "summary": "Update API key",
        "path_source": "inferred",
        "path_note": None,
    },
    {
        "operation_id": "deleteApiKey",
        "method": "DELETE",
        "path": "/api-keys/{id}",
        "tag": "API keys",
        "summary": "Delete API key",
        "path_source": "inferred",
        "path_note": None,
    },
    {
        "operation_id": "getConditions",
        "method": "GET",
        "path": "/conditions",
        "tag": "Conditions",
        "summary": "Get conditions",
        "path_source": "inferred",
        "path_note": None,
    },
    {
        "operation_id": "createCondition",
        "method": "POST",
        "path": "/conditions",
        "tag": "Conditions",
        "summary": "Create condition",
        "path_source": "inferred",
        "path_note": None,
    },
    {
        "operation_id": "deleteConditions",
        "method": "DELETE",
        "path": "/conditions",
        "tag": "Conditions",
        "summary": "Delete conditions",
        "path_source": "inferred",
        "path_note": (
            "Bulk delete modelled as DELETE with a JSON array body on the collection; "
            "alternatives: POST {collection}/delete or DELETE {collection}/bulk."
        ),
    },
    {
        "operation_id": "duplicateCondition",
        "method": "POST",
        "path": "/conditions/{id}/duplicate",
        "tag": "Conditions",
        "summary": "Duplicate condition",
        "path_source": "inferred",
        "path_note": None,
    },
    {
        "operation_id": "getCondition",
        "method": "GET",
        "path": "/conditions/{id}",
        "tag": "Conditions",
        "summary": "Get condition",
        "path_source": "inferred",
        "path_note": None,
    },
    {
        "operation_id": "updateCondition",
        "method": "PUT",
        "path": "/conditions/{id}",
        "tag": "Conditions",
        "summary": "Update condition",
        "path_source": "inferred",
        "path_note": None,
    },
    {
        "operation_id": "deleteCondition",
        "method": "DELETE",
        "path": "/conditions/{id}",
        "tag": "Conditions",
        "summary": "Delete condition",
        "path_source": "inferred",
        "path_note": None,
    },
    {
        "operation_id": "getConditionRules",
        "method": "GET",
        "path": "/conditions/{id}/rules",
        "tag": "Conditions",
        "summary": "Get rules",
        "path_source": "inferred",
        "path_note": None,
    },
    {
        "operation_id": "createOrUpdateConditionRule",
        "method": "POST",
        "path": "/conditions/{id}/rules",
        "tag": "Conditions",
        "summary": "Create or update rule",
        "path_source": "inferred",
        "path_note": "Upsert (optional rule id in the body); PUT on the same path equally plausible.",
    },
    {
        "operation_id": "deleteConditionRules",
        "method": "DELETE",
        "path": "/conditions/{id}/rules",
        "tag": "Conditions",
        "summary": "Delete condition rules",
        "path_source": "inferred",
        "path_note": (
            "Bulk delete modelled as DELETE with a JSON array body on the sub-collection; "
            "alternative: POST {sub-collection}/delete."
        ),
    },
    {
        "operation_id": "getProjectConditions",
        "method": "GET",
        "path": "/conditions/project/{id}",
        "tag": "Conditions",
        "summary": "Get project conditions",
        "path_source": "inferred",
        "path_note": (
            "Follows the verified GET /filters/report/{reportId} style; alternative: /projects/{id}/conditions."
        ),
    },
    {
        "operation_id": "getConditionRule",
        "method": "GET",
        "path": "/conditions/rules/{id}",
        "tag": "Conditions",
        "summary": "Get rule",
        "path_source": "inferred",
        "path_note": (
            "The only path parameter is the RULE id, so the rule is addressed without its "
            "condition; alternatives: /conditions/rule/{id}, /condition-rules/{id}."
        ),
    },
    {
        "operation_id": "getConditionPermissions",
        "method": "GET",
        "path": "/conditions/{id}/permissions",
        "tag": "Conditions",
        "summary": "Get condition permissions",
        "path_source": "inferred",
        "path_note": None,
    },
    {
        "operation_id": "setConditionPermissions",
        "method": "PUT",
        "path": "/conditions/{id}/permissions",
        "tag": "Conditions",
        "summary": "Set permissions",
        "path_source": "inferred",
        "path_note": "PUT vs POST not documented (both plausible for setting permissions).",
    },
    {
        "operation_id": "getConditionMemberPermissions",
        "method": "GET",
        "path": "/conditions/{id}/member-permissions/{memberPermissionId}",
        "tag": "Conditions",
        "summary": "Get member permissions",
        "path_source": "inferred",
        "path_note": (
            "Segment 'member-permissions' guessed; alternative: {resource}/{id}/permissions/{memberPermissionId}."
        ),
    },
    {
        "operation_id": "setConditionMemberPermissions",
        "method": "PUT",
        "path": "/conditions/{id}/member-permissions/{memberPermissionId}",
        "tag": "Conditions",
        "summary": "Set member permissions",
        "path_source": "inferred",
        "path_note": (
            "Segment 'member-permissions' guessed; alternative: {resource}/{id}/permissions/{memberPermissionId}."
        ),
    },
    {
        "operation_id": "deleteConditionMemberPermission",
        "method": "DELETE",
        "path": "/conditions/{id}/member-permissions/{memberPermissionId}",
        "tag": "Conditions",
        "summary": "Delete member permissions",
        "path_source": "inferred",
        "path_note": (
            "Segment 'member-permissions' guessed; alternative: {resource}/{id}/permissions/{memberPermissionId}."
        ),
    },
    {
        "operation_id": "deleteConditionMemberPermissions",
        "method": "DELETE",
        "path": "/conditions/{id}/member-permissions",
        "tag": "Conditions",
        "summary": "Delete members permissions",
        "path_source": "inferred",
        "path_note": (
            "Segment 'member-permissions' guessed; bulk delete with JSON array body; "
            "alternatives: DELETE {resource}/{id}/permissions or POST "
            ".../member-permissions/delete."
        ),
    },
    {
        "operation_id": "changeConditionOwner",
        "method": "PUT",
        "path": "/conditions/{id}/owner/{ownerId}",
        "tag": "Conditions",
        "summary": "Change owner",
        "path_source": "inferred",
        "path_note": (
            "ownerId is a documented path parameter; segment 'owner' guessed (alternative "
            "'change-owner'); PUT vs POST not documented."
        ),
    },
    {
        "operation_id": "getFilters",
        "method": "GET",
        "path": "/filters",
        "tag": "Filters",
        "summary": "Get filters",
        "path_source": "verified",
        "path_note": None,
    },
    {
        "operation_id": "createFilter",
        "method": "POST",
        "path": "/filters",
        "tag": "Filters",
        "summary": "Create filter",
        "path_source": "inferred",
        "path_note": None,
    },
    {
        "operation_id": "deleteFilters",
        "method": "DELETE",
        "path": "/filters",
        "tag": "Filters",
        "summary": "Delete filters.",
        "path_source": "inferred",
        "path_note": (
            "Bulk delete modelled as DELETE with a JSON array body on the collection; "
            "alternatives: POST {collection}/delete or DELETE {collection}/bulk."
        ),
    },
    {
        "operation_id": "duplicateFilter",
        "method": "POST",
        "path": "/filters/{id}/duplicate",
        "tag": "Filters",
        "summary": "Duplicate filter.",
        "path_source": "inferred",
        "path_note": None,
    },
    {
        "operation_id": "getFilter",
        "method": "GET",
        "path": "/filters/{id}",
        "tag": "Filters",
        "summary": "Get filter by ID",
        "path_source": "inferred",
        "path_note": None,
    },
    {
        "operation_id": "updateFilter",
        "method": "PUT",
        "path": "/filters/{id}",
        "tag": "Filters",
        "summary": "Update filter",
        "path_source": "inferred",
        "path_note": None,
    },
    {
        "operation_id": "deleteFilter",
        "method": "DELETE",
        "path": "/filters/{id}",
        "tag": "Filters",
        "summary": "Delete filter",
        "path_source": "inferred",
        "path_note": None,
    },
    {
        "operation_id": "updateFilterVariableValues",
        "method": "PUT",
        "path": "/filters/{id}/variable-values",
        "tag": "Filters",
        "summary": "Update filter variable values",
        "path_source": "inferred",
        "path_note": ("Segment name guessed; upsert-like (optional item id in the body), so POST is also plausible."),
    },
    {
        "operation_id": "updateFilterBookmarkValues",
        "method": "PUT",
        "path": "/filters/{id}/bookmark-values",
        "tag": "Filters",
        "summary": "Update filter bookmark values",
        "path_source": "inferred",
        "path_note": ("Segment name guessed; upsert-like (optional item id in the body), so POST is also plausible."),
    },
    {
        "operation_id": "updateFilterFieldValues",
        "method": "PUT",
        "path": "/filters/{id}/field-values",
        "tag": "Filters",
        "summary": "Update filter field values",
        "path_source": "inferred",
        "path_note": ("Segment name guessed; upsert-like (optional item id in the body), so POST is also plausible."),
    },
    {
        "operation_id": "deleteFilterValues",
        "method": "DELETE",
        "path": "/filters/{id}/values",
        "tag": "Filters",
        "summary": "Delete filter values",
        "path_source": "inferred",
        "path_note": (
            "Bulk delete with JSON array body; segment guessed (alternative "
            "/filters/{id}/items); POST .../delete also plausible."
        ),
    },
    {
        "operation_id": "orderFilterValues",
        "method": "PUT",
        "path": "/filters/{id}/values/order",
        "tag": "Filters",
        "summary": "Order filter values.",
        "path_source": "inferred",
        "path_note": ("Action endpoint; alternatives: POST /filters/{id}/values/order, PUT /filters/{id}/order."),
    },
    {
        "operation_id": "getFilterItems",
        "method": "GET",
        "path": "/filters/{id}/items",
        "tag": "Filters",
        "summary": "Get filter items.",
        "path_source": "inferred",
        "path_note": None,
    },
    {
        "operation_id": "getFilterItem",
        "method": "GET",
        "path": "/filters/items/{id}",
        "tag": "Filters",
        "summary": "Get filter items field.",
        "path_source": "inferred",
        "path_note": (
            "The only path parameter is a FILTER ITEM id, not a filter id; alternatives: "
            "/filters/item/{id}, /filter-items/{id}."
        ),
    },
    {
        "operation_id": "getFiltersByProject",
        "method": "GET",
        "path": "/filters/project/{id}",
        "tag": "Filters",
        "summary": "Get filters by project",
        "path_source": "inferred",
        "path_note": (
            "Follows the verified GET /filters/report/{reportId} style; alternative: /projects/{id}/filters."
        ),
    },
    {
        "operation_id": "getReportFilters",
        "method": "GET",
        "path": "/filters/report/{reportId}",
        "tag": "Filters",
        "summary": "Get report filters",
        "path_source": "verified",
        "path_note": ("The docs name this path parameter 'id'; the verified path spells it 'reportId'."),
    },
    {
        "operation_id": "getFilterPermissions",
        "method": "GET",
        "path": "/filters/{id}/permissions",
        "tag": "Filters",
        "summary": "Get filter permissions",
        "path_source": "inferred",
        "path_note": None,
    },
    {
        "operation_id": "setFilterPermissions",
        "method": "PUT",
        "path": "/filters/{id}/permissions",
        "tag": "Filters",
        "summary": "Set permissions",
        "path_source": "inferred",
        "path_note": "PUT vs POST not documented (both plausible for setting permissions).",
    },
    {
        "operation_id": "getFilterMemberPermissions",
        "method": "GET",
        "path": "/filters/{id}/member-permissions/{memberPermissionId}",
        "tag": "Filters",
        "summary": "Get member permissions",
        "path_source": "inferred",
        "path_note": (
            "Segment 'member-permissions' guessed; alternative: {resource}/{id}/permissions/{memberPermissionId}."
        ),
    },
    {
        "operation_id": "setFilterMemberPermissions",
        "method": "PUT",
        "path": "/filters/{id}/member-permissions/{memberPermissionId}",
        "tag": "Filters",
        "summary": "Set member permissions",
        "path_source": "inferred",
        "path_note": (
            "Segment 'member-permissions' guessed; alternative: {resource}/{id}/permissions/{memberPermissionId}."
        ),
    },
    {
        "operation_id": "deleteFilterMemberPermission",
        "method": "DELETE",
        "path": "/filters/{id}/member-permissions/{memberPermissionId}",
        "tag": "Filters",
        "summary": "Delete member permission",
        "path_source": "inferred",
        "path_note": (
            "Segment 'member-permissions' guessed; alternative: {resource}/{id}/permissions/{memberPermissionId}."
        ),
    },
    {
        "operation_id": "deleteFilterMemberPermissions",
        "method": "DELETE",
        "path": "/filters/{id}/member-permissions",
        "tag": "Filters",
        "summary": "Delete member permissions",
        "path_source": "inferred",
        "path_note": (
            "Segment 'member-permissions' guessed; bulk delete with JSON array body; "
            "alternatives: DELETE {resource}/{id}/permissions or POST "
            ".../member-permissions/delete."
        ),
    },
    {
        "operation_id": "changeFilterOwner",
        "method": "PUT",
        "path": "/filters/{id}/owner/{ownerId}",
        "tag": "Filters",
        "summary": "Change owner",
        "path_source": "inferred",
        "path_note": (
            "ownerId is a documented path parameter; segment 'owner' guessed (alternative "
            "'change-owner'); PUT vs POST not documented."
        ),
    },
    {
        "operation_id": "getGroups",
        "method": "GET",
        "path": "/groups",
        "tag": "Groups",
        "summary": "Get all groups",
        "path_source": "verified",
        "path_note": None,
    },
    {
        "operation_id": "createGroup",
        "method": "POST",
        "path": "/groups",
        "tag": "Groups",
        "summary": "Create group",
        "path_source": "inferred",
        "path_note": None,
    },
    {
        "operation_id": "deleteGroups",
        "method": "DELETE",
        "path": "/groups",
        "tag": "Groups",
        "summary": "Delete groups",
        "path_source": "inferred",
        "path_note": (
            "Bulk delete modelled as DELETE with a JSON array body on the collection; "
            "alternatives: POST {collection}/delete or DELETE {collection}/bulk."
        ),
    },
    {
        "operation_id": "getGroup",
        "method": "GET",
        "path": "/groups/{id}",
        "tag": "Groups",
        "summary": "Get group",
        "path_source": "inferred",
        "path_note": None,
    },
    {
        "operation_id": "updateGroup",
        "method": "PUT",
        "path": "/groups/{id}",
        "tag": "Groups",
        "summary": "Update group",
        "path_source": "inferred",
        "path_note": None,
    },
    {
        "operation_id": "deleteGroup",
        "method": "DELETE",
        "path": "/groups/{id}",
        "tag": "Groups",
        "summary": "Delete group",
        "path_source": "inferred",
        "path_note": None,
    },
    {
        "operation_id": "getGroupMembers",
        "method": "GET",
        "path": "/groups/{id}/members",
        "tag": "Groups",
        "summary": "Get group members",
        "path_source": "inferred",
        "path_note": None,
    },
    {
        "operation_id": "updateGroupMembers",
        "method": "PUT",
        "path": "/groups/{id}/members",
        "tag": "Groups",
        "summary": "Update group members",
        "path_source": "inferred",
        "path_note": None,
    },
    {
        "operation_id": "getIdentityProviders",
        "method": "GET",
        "path": "/identity-providers",
        "tag": "Identity provider",
        "summary": "Get all identity providers",
        "path_source": "inferred",
        "path_note": None,
    },
    {
        "operation_id": "createIdentityProvider",
        "method": "POST",
        "path": "/identity-providers",
        "tag": "Identity provider",
        "summary": "Create an identity provider",
        "path_source": "inferred",
        "path_note": None,
    },
    {
        "operation_id": "getIdentityProvider",
        "method": "GET",
        "path": "/identity-providers/{id}",
        "tag": "Identity provider",
        "summary": "Get identity provider",
        "path_source": "inferred",
        "path_note": None,
    },
    {
        "operation_id": "updateIdentityProvider",
        "method": "PUT",
        "path": "/identity-providers/{id}",
        "tag": "Identity provider",
        "summary": "Update identity provider",
        "path_source": "inferred",
        "path_note": None,
    },
    {
        "operation_id": "deleteIdentityProvider",
        "method": "DELETE",
        "path": "/identity-providers/{id}",
        "tag": "Identity provider",
        "summary": "Delete identity provider",
        "path_source": "inferred",
        "path_note": None,
    },
    {
        "operation_id": "getLicenses",
        "method": "GET",
        "path": "/licenses",
        "tag": "Licenses",
        "summary": "Get licenses",
        "path_source": "inferred",
        "path_note": None,
    },
    {
        "operation_id": "getOrganizations",
        "method": "GET",
        "path": "/organizations",
        "tag": "Organizations",
        "summary": "Get all organizations",
        "path_source": "inferred",
        "path_note": None,
    },
    {
        "operation_id": "createOrganization",
        "method": "POST",
        "path": "/organizations",
        "tag": "Organizations",
        "summary": "Create organization",
        "path_source": "inferred",
        "path_note": None,
    },
    {
        "operation_id": "deleteOrganizations",
        "method": "DELETE",
        "path": "/organizations",
        "tag": "Organizations",
        "summary": "Delete organizations",
        "path_source": "inferred",
        "path_note": (
            "Bulk delete modelled as DELETE with a JSON array body on the collection; "
            "alternatives: POST {collection}/delete or DELETE {collection}/bulk."
        ),
    },
    {
        "operation_id": "getOrganization",
        "method": "GET",
        "path": "/organizations/{id}",
        "tag": "Organizations",
        "summary": "Get organization by ID",
        "path_source": "inferred",
        "path_note": None,
    },
    {
        "operation_id": "updateOrganization",
        "method": "PUT",
        "path": "/organizations/{id}",
        "tag": "Organizations",
        "summary": "Update organization",
        "path_source": "inferred",
        "path_note": None,
    },
    {
        "operation_id": "deleteOrganization",
        "method": "DELETE",
        "path": "/organizations/{id}",
        "tag": "Organizations",
        "summary": "Delete organization",
        "path_source": "inferred",
        "path_note": None,
    },
    {
        "operation_id": "getUserOrganizations",
        "method": "GET",
        "path": "/organizations/user",
        "tag": "Organizations",
        "summary": "Get user organizations",
        "path_source": "inferred",
        "path_note": (
            "No parameters (organizations of the calling user); alternatives: /organizations/me, /users/organizations."
        ),
    },
    {
        "operation_id": "getOrganizationProjects",
        "method": "GET",
        "path": "/organizations/{id}/projects",
        "tag": "Organizations",
        "summary": "Get organization projects",
        "path_source": "inferred",
        "path_note": (
            "Same title also documented under Projects (modelled there as GET "
            "/projects/organization/{id}); one is probably an alias of the other."
        ),
    },
    {
        "operation_id": "getOrganizationMembers",
        "method": "GET",
        "path": "/organizations/{id}/members",
        "tag": "Organizations",
        "summary": "Get organization members",
        "path_source": "inferred",
        "path_note": None,
    },
    {
        "operation_id": "getOrganizationResources",
        "method": "GET",
        "path": "/organizations/{id}/resources",
        "tag": "Organizations",
        "summary": "Get organization resources",
        "path_source": "inferred",
        "path_note": None,
    },
    {
        "operation_id": "getOrganizationQlikApps",
        "method": "GET",
        "path": "/organizations/{id}/qlik-apps",
        "tag": "Organizations",
        "summary": "Get organization qlik apps",
        "path_source": "inferred",
        "path_note": None,
    },
    {
        "operation_id": "getOrganizationAuthentications",
        "method": "GET",
        "path": "/organizations/{id}/authentications",
        "tag": "Organizations",
        "summary": "Get organization authentications",
        "path_source": "inferred",
        "path_note": None,
    },
    {
        "operation_id": "updateOrganizationAuthentications",
        "method": "PUT",
        "path": "/organizations/{id}/authentications",
        "tag": "Organizations",
        "summary": "Update organization authentications",
        "path_source": "inferred",
        "path_note": None,
    },
    {
        "operation_id": "getProjects",
        "method": "GET",
        "path": "/projects",
        "tag": "Projects",
        "summary": "Get projects",
        "path_source": "verified",
        "path_note": None,
    },
    {
        "operation_id": "createProject",
        "method": "POST",
        "path": "/projects",
        "tag": "Projects",
        "summary": "Create project",
        "path_source": "inferred",
        "path_note": None,
    },
    {
        "operation_id": "deleteProjects",
        "method": "DELETE",
        "path": "/projects",
        "tag": "Projects",
        "summary": "Delete multiple projects",
        "path_source": "inferred",
        "path_note": (
            "Bulk delete modelled as DELETE with a JSON array body on the collection; "
            "alternatives: POST {collection}/delete or DELETE {collection}/bulk."
        ),
    },
    {
        "operation_id": "getProject",
        "method": "GET",
        "path": "/projects/{id}",
        "tag": "Projects",
        "summary": "Get project",
        "path_source": "inferred",
        "path_note": None,
    },
    {
        "operation_id": "updateProject",
        "method": "PUT",
        "path": "/projects/{id}",
        "tag": "Projects",
        "summary": "Update project",
        "path_source": "inferred",
        "path_note": None,
    },
    {
        "operation_id": "deleteProject",
        "method": "DELETE",
        "path": "/projects/{id}",
        "tag": "Projects",
        "summary": "Delete project",
        "path_source": "inferred",
        "path_note": None,
    },
    {
        "operation_id": "updateProjectPermissionMode",
        "method": "PUT",
        "path": "/projects/{id}/permission-mode/{value}",
        "tag": "Projects",
        "summary": "Update permission mode",
        "path_source": "inferred",
        "path_note": (
            "The boolean 'value' is a documented PATH parameter; segment name guessed "
            "(alternative /global-permission/{value}); PUT vs POST not documented."
        ),
    },
    {
        "operation_id": "getProjectsByOrganization",
        "method": "GET",
        "path": "/projects/organization/{id}",
        "tag": "Projects",
        "summary": "Get organization projects",
        "path_source": "inferred",
        "path_note": (
            "Same title also documented under Organizations (modelled there as GET "
            "/organizations/{id}/projects); this one follows the verified GET "
            "/filters/report/{reportId} style."
        ),
    },
    {
        "operation_id": "getProjectPermissions",
        "method": "GET",
        "path": "/projects/{id}/permissions",
        "tag": "Projects",
        "summary": "Get permissions",
        "path_source": "inferred",
        "path_note": None,
    },
    {
        "operation_id": "setProjectPermissions",
        "method": "PUT",
        "path": "/projects/{id}/permissions",
        "tag": "Projects",
        "summary": "Set permissions",
        "path_source": "inferred",
        "path_note": "PUT vs POST not documented (both plausible for setting permissions).",
    },
    {
        "operation_id": "getProjectMemberPermissions",
        "method": "GET",
        "path": "/projects/{id}/member-permissions/{memberPermissionId}",
        "tag": "Projects",
        "summary": "Get member permissions",
        "path_source": "inferred",
        "path_note": (
            "Segment 'member-permissions' guessed; alternative: {resource}/{id}/permissions/{memberPermissionId}."
        ),
    },
    {
        "operation_id": "setProjectMemberPermissions",
        "method": "PUT",
        "path": "/projects/{id}/member-permissions/{memberPermissionId}",
        "tag": "Projects",
        "summary": "Set member permissions",
        "path_source": "inferred",
        "path_note": (
            "Segment 'member-permissions' guessed; alternative: {resource}/{id}/permissions/{memberPermissionId}."
        ),
    },
    {
        "operation_id": "deleteProjectMemberPermission",
        "method": "DELETE",
        "path": "/projects/{id}/member-permissions/{memberPermissionId}",
        "tag": "Projects",
        "summary": "Delete member permission",
        "path_source": "inferred",
        "path_note": (
            "Segment 'member-permissions' guessed; alternative: {resource}/{id}/permissions/{memberPermissionId}."
        ),
    },
    {
        "operation_id": "deleteProjectMemberPermissions",
        "method": "DELETE",
        "path": "/projects/{id}/member-permissions",
        "tag": "Projects",
        "summary": "Delete member's permissions",
        "path_source": "inferred",
        "path_note": (
            "Segment 'member-permissions' guessed; bulk delete with JSON array body; "
            "alternatives: DELETE {resource}/{id}/permissions or POST "
            ".../member-permissions/delete."
        ),
    },
    {
        "operation_id": "changeProjectOwner",
        "method": "PUT",
        "path": "/projects/{id}/owner/{ownerId}",
        "tag": "Projects",
        "summary": "Change owner",
        "path_source": "inferred",
        "path_note": (
            "ownerId is a documented path parameter; segment 'owner' guessed (alternative "
            "'change-owner'); PUT vs POST not documented."
        ),
    },
    {
        "operation_id": "getReports",
        "method": "GET",
        "path": "/reports",
        "tag": "Reports",
        "summary": "Get reports",
        "path_source": "verified",
        "path_note": None,
    },
    {
        "operation_id": "createReport",
        "method": "POST",
        "path": "/reports",
        "tag": "Reports",
        "summary": "Create report",
        "path_source": "inferred",
        "path_note": None,
    },
    {
        "operation_id": "deleteReports",
        "method": "DELETE",
        "path": "/reports",
        "tag": "Reports",
        "summary": "Delete reports",
        "path_source": "inferred",
        "path_note": (
            "Bulk delete modelled as DELETE with a JSON array body on the collection; "
            "alternatives: POST {collection}/delete or DELETE {collection}/bulk."
        ),
    },
    {
        "operation_id": "duplicateReport",
        "method": "POST",
        "path": "/reports/{id}/duplicate",
        "tag": "Reports",
        "summary": "Duplicate report",
        "path_source": "inferred",
        "path_note": None,
    },
    {
        "operation_id": "getReport",
        "method": "GET",
        "path": "/reports/{id}",
        "tag": "Reports",
        "summary": "Get report by ID",
        "path_source": "inferred",
        "path_note": None,
    },
    {
        "operation_id": "updateReport",
        "method": "PUT",
        "path": "/reports/{id}",
        "tag": "Reports",
        "summary": "Update a report",
        "path_source": "inferred",
        "path_note": None,
    },
    {
        "operation_id": "deleteReport",
        "method": "DELETE",
        "path": "/reports/{id}",
        "tag": "Reports",
        "summary": "Delete report",
        "path_source": "inferred",
        "path_note": None,
    },
    {
        "operation_id": "getReportsByProject",
        "method": "GET",
        "path": "/reports/project/{id}",
        "tag": "Reports",
        "summary": "Get reports by project ID",
        "path_source": "inferred",
        "path_note": (
            "Follows the verified GET /filters/report/{reportId} style; alternative: /projects/{id}/reports."
        ),
    },
    {
        "operation_id": "getReportIterationFields",
        "method": "GET",
        "path": "/reports/{id}/iteration-fields",
        "tag": "Reports",
        "summary": "Get report iteration fields",
        "path_source": "inferred",
        "path_note": None,
    },
    {
        "operation_id": "getReportDynamicNames",
        "method": "GET",
        "path": "/reports/{id}/dynamic-names",
        "tag": "Reports",
        "summary": "Get report dynamic names",
        "path_source": "inferred",
        "path_note": None,
    },
    {
        "operation_id": "getReportHtmlContent",
        "method": "GET",
        "path": "/reports/{id}/html-content",
        "tag": "Reports",
        "summary": "Get report HTML content",
        "path_source": "inferred",
        "path_note": "Segment name guessed; alternative /reports/{id}/html.",
    },
    {
        "operation_id": "getReportPermissions",
        "method": "GET",
        "path": "/reports/{id}/permissions",
        "tag": "Reports",
        "summary": "Get permissions",
        "path_source": "inferred",
        "path_note": None,
    },
    {
        "operation_id": "setReportPermissions",
        "method": "PUT",
        "path": "/reports/{id}/permissions",
        "tag": "Reports",
        "summary": "Set permissions",
        "path_source": "inferred",
        "path_note": "PUT vs POST not documented (both plausible for setting permissions).",
    },
    {
        "operation_id": "getReportMemberPermissions",
        "method": "GET",
        "path": "/reports/{id}/member-permissions/{memberPermissionId}",
        "tag": "Reports",
        "summary": "Get member permissions",
        "path_source": "inferred",
        "path_note": (
            "Segment 'member-permissions' guessed; alternative: {resource}/{id}/permissions/{memberPermissionId}."
        ),
    },
    {
        "operation_id": "setReportMemberPermissions",
        "method": "PUT",
        "path": "/reports/{id}/member-permissions/{memberPermissionId}",
        "tag": "Reports",
        "summary": "Sets member permissions",
        "path_source": "inferred",
        "path_note": (
            "Segment 'member-permissions' guessed; alternative: {resource}/{id}/permissions/{memberPermissionId}."
        ),
    },
    {
        "operation_id": "deleteReportMemberPermission",
        "method": "DELETE",
        "path": "/reports/{id}/member-permissions/{memberPermissionId}",
        "tag": "Reports",
        "summary": "Delete member permissions",
        "path_source": "inferred",
        "path_note": (
            "Segment 'member-permissions' guessed; alternative: {resource}/{id}/permissions/{memberPermissionId}."
        ),
    },
    {
        "operation_id": "deleteReportMemberPermissions",
        "method": "DELETE",
        "path": "/reports/{id}/member-permissions",
        "tag": "Reports",
        "summary": "Delete member permissions",
        "path_source": "inferred",
        "path_note": (
            "Segment 'member-permissions' guessed; bulk delete with JSON array body; "
            "alternatives: DELETE {resource}/{id}/permissions or POST "
            ".../member-permissions/delete."
        ),
    },
    {
        "operation_id": "changeReportOwner",
        "method": "PUT",
        "path": "/reports/{id}/owner/{ownerId}",
        "tag": "Reports",
        "summary": "Change owner",
        "path_source": "inferred",
        "path_note": (
            "ownerId is a documented path parameter; segment 'owner' guessed (alternative "
            "'change-owner'); PUT vs POST not documented."
        ),
    },
    {
        "operation_id": "getReportVariables",
        "method": "GET",
        "path": "/reports/{id}/variables",
        "tag": "Reports",
        "summary": "Get report variables",
        "path_source": "inferred",
        "path_note": "Segment name guessed; alternative /reports/{id}/qlik-variables.",
    },
    {
        "operation_id": "getReportQlikApps",
        "method": "GET",
        "path": "/reports/{id}/qlik-apps",
        "tag": "Reports",
        "summary": "Get report Qlik apps",
        "path_source": "inferred",
        "path_note": None,
    },
    {
        "operation_id": "getReportQlikObjects",
        "method": "GET",
        "path": "/reports/{id}/qlik-objects",
        "tag": "Reports",
        "summary": "Get Qlik objects by report",
        "path_source": "inferred",
        "path_note": "Segment name guessed; alternative /reports/{id}/objects.",
    },
    {
        "operation_id": "getReportTemplateItems",
        "method": "GET",
        "path": "/reports/{id}/template-items",
        "tag": "Reports",
        "summary": "Get report objects",
        "path_source": "verified",
        "path_note": None,
    },
    {
        "operation_id": "generateOnDemandReport",
        "method": "POST",
        "path": "/reports/{id}/generate/{outputFormat}",
        "tag": "Reports",
        "summary": "Generate an on-demand report",
        "path_source": "inferred",
        "path_note": (
            "outputFormat is a documented PATH parameter; segment name guessed "
            "(alternative /reports/{id}/on-demand/{outputFormat})."
        ),
    },
    {
        "operation_id": "getScheduledTaskStatuses",
        "method": "GET",
        "path": "/status/scheduled-tasks",
        "tag": "Status",
        "summary": "Get scheduled task status list",
        "path_source": "inferred",
        "path_note": (
            "Status controller naming not documented; alternatives: /status/{id}/..., "
            "/requests/{id}/..., /tasks/status/..."
        ),
    },
    {
        "operation_id": "getScheduledTaskStatus",
        "method": "GET",
        "path": "/status/scheduled-tasks/{id}",
        "tag": "Status",
        "summary": "Get scheduled task status",
        "path_source": "inferred",
        "path_note": (
            "Status controller naming not documented; alternatives: /status/{id}/..., "
            "/requests/{id}/..., /tasks/status/..."
        ),
    },
    {
        "operation_id": "getOnDemandRequestStatuses",
        "method": "GET",
        "path": "/status/on-demand-requests",
        "tag": "Status",
        "summary": "Get on-demand requests status",
        "path_source": "inferred",
        "path_note": (
            "Status controller naming not documented; alternatives: /status/{id}/..., "
            "/requests/{id}/..., /tasks/status/..."
        ),
    },
    {
        "operation_id": "getOnDemandRequestStatus",
        "method": "GET",
        "path": "/status/on-demand-requests/{id}",
        "tag": "Status",
        "summary": "Get on-demand request status",
        "path_source": "inferred",
        "path_note": (
            "Status controller naming not documented; alternatives: /status/{id}/..., "
            "/requests/{id}/..., /tasks/status/..."
        ),
    },
    {
        "operation_id": "runRequest",
        "method": "POST",
        "path": "/status/{id}/run",
        "tag": "Status",
        "summary": "Runs a specified task or report",
        "path_source": "inferred",
        "path_note": (
            "The id may be a scheduled task or an on-demand request, so no sub-collection is used; naming guessed."
        ),
    },
    {
        "operation_id": "stopRequest",
        "method": "POST",
        "path": "/status/{id}/stop",
        "tag": "Status",
        "summary": "Stop the execution of a specified task or request",
        "path_source": "inferred",
        "path_note": (
            "The id may be a scheduled task or an on-demand request, so no sub-collection is used; naming guessed."
        ),
    },
    {
        "operation_id": "downloadScheduledTaskLog",
        "method": "GET",
        "path": "/status/scheduled-tasks/{id}/log",
        "tag": "Status",
        "summary": "Download the scheduled task log file",
        "path_source": "inferred",
        "path_note": "File download; segment name guessed (alternative .../log-file).",
    },
    {
        "operation_id": "downloadScheduledTaskSmtpLog",
        "method": "GET",
        "path": "/status/scheduled-tasks/{id}/smtp-log",
        "tag": "Status",
        "summary": "Download the scheduled task SMTP log file",
        "path_source": "inferred",
        "path_note": "File download; segment name guessed (alternative .../smtp-log-file).",
    },
    {
        "operation_id": "downloadOnDemandRequestLog",
        "method": "GET",
        "path": "/status/on-demand-requests/{id}/log",
        "tag": "Status",
        "summary": "Download the on-demand request log",
        "path_source": "inferred",
        "path_note": "File download; segment name guessed (alternative .../log-file).",
    },
    {
        "operation_id": "downloadOnDemandRequestSmtpLog",
        "method": "GET",
        "path": "/status/on-demand-requests/{id}/smtp-log",
        "tag": "Status",
        "summary": "Download on-demand request SMTP log file",
        "path_source": "inferred",
        "path_note": "File download; segment name guessed (alternative .../smtp-log-file).",
    },
    {
        "operation_id": "deleteRequest",
        "method": "DELETE",
        "path": "/status/{id}",
        "tag": "Status",
        "summary": "Delete request",
        "path_source": "inferred",
        "path_note": (
            "The id may be a scheduled task or an on-demand request; alternatives: "
            "/status/requests/{id}, /requests/{id}."
        ),
    },
    {
        "operation_id": "downloadReport",
        "method": "GET",
        "path": "/status/{id}/download",
        "tag": "Status",
        "summary": "Download report",
        "path_source": "inferred",
        "path_note": (
            "Returns the URI of the report file (per the docs), not the file itself; "
            "segment name guessed (alternative /status/{id}/report)."
        ),
    },
    {
        "operation_id": "downloadReportStream",
        "method": "GET",
        "path": "/status/{id}/download-stream",
        "tag": "Status",
        "summary": "Download report as a stream",
        "path_source": "inferred",
        "path_note": (
            "File stream; segment name guessed (alternatives /status/{id}/stream, /status/{id}/download/stream)."
        ),
    },
    {
        "operation_id": "getStorageServices",
        "method": "GET",
        "path": "/storage-services",
        "tag": "Storage services",
        "summary": "Get a list of all storage services.",
        "path_source": "inferred",
        "path_note": None,
    },
    {
        "operation_id": "deleteStorageServices",
        "method": "DELETE",
        "path": "/storage-services",
        "tag": "Storage services",
        "summary": "Delete multiple storage services.",
        "path_source": "inferred",
        "path_note": (
            "Bulk delete modelled as DELETE with a JSON array body on the collection; "
            "alternatives: POST {collection}/delete or DELETE {collection}/bulk."
        ),
    },
    {
        "operation_id": "getStorageService",
        "method": "GET",
        "path": "/storage-services/{id}",
        "tag": "Storage services",
        "summary": "Get the storage service with the specified ID.",
        "path_source": "inferred",
        "path_note": None,
    },
    {
        "operation_id": "updateStorageService",
        "method": "PUT",
        "path": "/storage-services/{id}",
        "tag": "Storage services",
        "summary": "Update a storage service",
        "path_source": "inferred",
        "path_note": None,
    },
    {
        "operation_id": "deleteStorageService",
        "method": "DELETE",
        "path": "/storage-services/{id}",
        "tag": "Storage services",
        "summary": "Delete the storage service with the specified ID.",
        "path_source": "inferred",
        "path_note": None,
    },
    {
        "operation_id": "getTasks",
        "method": "GET",
        "path": "/tasks",
        "tag": "Tasks",
        "summary": "Get tasks",
        "path_source": "verified",
        "path_note": None,
    },
    {
        "operation_id": "createTask",
        "method": "POST",
        "path": "/tasks",
        "tag": "Tasks",
        "summary": "Create task",
        "path_source": "inferred",
        "path_note": None,
    },
    {
        "operation_id": "deleteTasks",
        "method": "DELETE",
        "path": "/tasks",
        "tag": "Tasks",
        "summary": "Delete tasks.",
        "path_source": "inferred",
        "path_note": (
            "Bulk delete modelled as DELETE with a JSON array body on the collection; "
            "alternatives: POST {collection}/delete or DELETE {collection}/bulk."
        ),
    },
    {
        "operation_id": "duplicateTask",
        "method": "POST",
        "path": "/tasks/{id}/duplicate",
        "tag": "Tasks",
        "summary": "Duplicate task",
        "path_source": "inferred",
        "path_note": None,
    },
    {
        "operation_id": "getTask",
        "method": "GET",
        "path": "/tasks/{id}",
        "tag": "Tasks",
        "summary": "Get task",
        "path_source": "inferred",
        "path_note": None,
    },
    {
        "operation_id": "updateTask",
        "method": "PUT",
        "path": "/tasks/{id}",
        "tag": "Tasks",
        "summary": "Update task",
        "path_source": "inferred",
        "path_note": None,
    },
    {
        "operation_id": "deleteTask",
        "method": "DELETE",
        "path": "/tasks/{id}",
        "tag": "Tasks",
        "summary": "Delete task",
        "path_source": "inferred",
        "path_note": None,
    },
    {
        "operation_id": "getTaskPermissions",
        "method": "GET",
        "path": "/tasks/{id}/permissions",
        "tag": "Tasks",
        "summary": "Get permissions",
        "path_source": "inferred",
        "path_note": None,
    },
    {
        "operation_id": "setTaskPermissions",
        "method": "PUT",
        "path": "/tasks/{id}/permissions",
        "tag": "Tasks",
        "summary": "Set permissions",
        "path_source": "inferred",
        "path_note": "PUT vs POST not documented (both plausible for setting permissions).",
    },
    {
        "operation_id": "getTaskMemberPermissions",
        "method": "GET",
        "path": "/tasks/{id}/member-permissions/{memberPermissionId}",
        "tag": "Tasks",
        "summary": "Get member permissions",
        "path_source": "inferred",
        "path_note": (
            "Segment 'member-permissions' guessed; alternative: {resource}/{id}/permissions/{memberPermissionId}."
        ),
    },
    {
        "operation_id": "setTaskMemberPermissions",
        "method": "PUT",
        "path": "/tasks/{id}/member-permissions/{memberPermissionId}",
        "tag": "Tasks",
        "summary": "Set member permissions",
        "path_source": "inferred",
        "path_note": (
            "Segment 'member-permissions' guessed; alternative: {resource}/{id}/permissions/{memberPermissionId}."
        ),
    },
    {
        "operation_id": "deleteTaskMemberPermission",
        "method": "DELETE",
        "path": "/tasks/{id}/member-permissions/{memberPermissionId}",
        "tag": "Tasks",
        "summary": "Delete member permissions",
        "path_source": "inferred",
        "path_note": (
            "Segment 'member-permissions' guessed; alternative: {resource}/{id}/permissions/{memberPermissionId}."
        ),
    },
    {
        "operation_id": "deleteTaskMemberPermissions",
        "method": "DELETE",
        "path": "/tasks/{id}/member-permissions",
        "tag": "Tasks",
        "summary": "Delete members permissions",
        "path_source": "inferred",
        "path_note": (
            "Segment 'member-permissions' guessed; bulk delete with JSON array body; "
            "alternatives: DELETE {resource}/{id}/permissions or POST "
            ".../member-permissions/delete."
        ),
    },
    {
        "operation_id": "changeTaskOwner",
        "method": "PUT",
        "path": "/tasks/{id}/owner/{ownerId}",
        "tag": "Tasks",
        "summary": "Change owner",
        "path_source": "inferred",
        "path_note": (
            "ownerId is a documented path parameter; segment 'owner' guessed (alternative "
            "'change-owner'); PUT vs POST not documented."
        ),
    },
    {
        "operation_id": "getTaskEmail",
        "method": "GET",
        "path": "/tasks/{id}/email",
        "tag": "Tasks",
        "summary": "Get task email",
        "path_source": "inferred",
        "path_note": None,
    },
    {
        "operation_id": "updateTaskEmail",
        "method": "PUT",
        "path": "/tasks/{id}/email",
        "tag": "Tasks",
        "summary": "Update task email",
        "path_source": "inferred",
        "path_note": None,
    },
    {
        "operation_id": "getTaskRecipients",
        "method": "GET",
        "path": "/tasks/{id}/recipients",
        "tag": "Tasks",
        "summary": "Get task recipients",
        "path_source": "verified",
        "path_note": None,
    },
    {
        "operation_id": "updateTaskRecipients",
        "method": "PUT",
        "path": "/tasks/{id}/recipients",
        "tag": "Tasks",
        "summary": "Update task recipients",
        "path_source": "inferred",
        "path_note": None,
    },
    {
        "operation_id": "deleteTaskRecipients",
        "method": "DELETE",
        "path": "/tasks/{id}/recipients",
        "tag": "Tasks",
        "summary": "Delete task recipients",
        "path_source": "inferred",
        "path_note": (
            "Bulk delete modelled as DELETE with a JSON array body on the sub-collection; "
            "alternative: POST {sub-collection}/delete."
        ),
    },
    {
        "operation_id": "getTaskSchedules",
        "method": "GET",
        "path": "/tasks/{id}/schedules",
        "tag": "Tasks",
        "summary": "Get task schedules",
        "path_source": "inferred",
        "path_note": None,
    },
    {
        "operation_id": "createOrUpdateTaskSchedule",
        "method": "POST",
        "path": "/tasks/{id}/schedules",
        "tag": "Tasks",
        "summary": "Add or update a schedule",
        "path_source": "inferred",
        "path_note": (
            "Upsert keyed by an optional taskScheduleID query parameter; PUT on the same path equally plausible."
        ),
    },
    {
        "operation_id": "deleteTaskSchedules",
        "method": "DELETE",
        "path": "/tasks/{id}/schedules",
        "tag": "Tasks",
        "summary": "Delete task schedules",
        "path_source": "inferred",
        "path_note": (
            "Bulk delete modelled as DELETE with a JSON array body on the sub-collection; "
            "alternative: POST {sub-collection}/delete."
        ),
    },
    {
        "operation_id": "getTaskSchedule",
        "method": "GET",
        "path": "/tasks/{id}/schedules/{taskScheduleID}",
        "tag": "Tasks",
        "summary": "Get task schedule",
        "path_source": "inferred",
        "path_note": None,
    },
    {
        "operation_id": "getTaskExternalEvents",
        "method": "GET",
        "path": "/tasks/{id}/external-events",
        "tag": "Tasks",
        "summary": "Get task external event",
        "path_source": "inferred",
        "path_note": "Title is singular but the docs describe a list of the task's external events.",
    },
    {
        "operation_id": "createOrUpdateTaskExternalEvent",
        "method": "POST",
        "path": "/tasks/{id}/external-events",
        "tag": "Tasks",
        "summary": "Add or update external event",
        "path_source": "inferred",
        "path_note": (
            "Upsert keyed by an optional taskExternalEventID query parameter; PUT on the same path equally plausible."
        ),
    },
    {
        "operation_id": "deleteTaskExternalEvents",
        "method": "DELETE",
        "path": "/tasks/{id}/external-events",
        "tag": "Tasks",
        "summary": "Delete external events",
        "path_source": "inferred",
        "path_note": (
            "Bulk delete modelled as DELETE with a JSON array body on the sub-collection; "
            "alternative: POST {sub-collection}/delete."
        ),
    },
    {
        "operation_id": "getTaskExternalEvent",
        "method": "GET",
        "path": "/tasks/{id}/external-events/{taskExternalEventID}",
        "tag": "Tasks",
        "summary": "Get external event",
        "path_source": "inferred",
        "path_note": None,
    },
    {
        "operation_id": "deleteTaskExternalEvent",
        "method": "DELETE",
        "path": "/tasks/{id}/external-events/{taskExternalEventID}",
        "tag": "Tasks",
        "summary": "Delete external event",
        "path_source": "inferred",
        "path_note": (
            "The docs name this path parameter 'externalEventId'; it shares the path of "
            "'Get external event', whose parameter is 'taskExternalEventID', and one "
            "templated path can carry only one name."
        ),
    },
    {
        "operation_id": "getTaskTriggers",
        "method": "GET",
        "path": "/tasks/{id}/triggers",
        "tag": "Tasks",
        "summary": "Get triggers",
        "path_source": "verified",
        "path_note": None,
    },
    {
        "operation_id": "deleteTaskTriggers",
        "method": "DELETE",
        "path": "/tasks/{id}/triggers",
        "tag": "Tasks",
        "summary": "Delete triggers",
        "path_source": "inferred",
        "path_note": (
            "Bulk delete modelled as DELETE with a JSON array body on the sub-collection; "
            "alternative: POST {sub-collection}/delete."
        ),
    },
    {
        "operation_id": "getTaskReports",
        "method": "GET",
        "path": "/tasks/{id}/reports",
        "tag": "Tasks",
        "summary": "Get task reports",
        "path_source": "verified",
        "path_note": None,
    },
    {
        "operation_id": "createOrUpdateTaskReport",
        "method": "POST",
        "path": "/tasks/{id}/reports",
        "tag": "Tasks",
        "summary": "Add or update report",
        "path_source": "inferred",
        "path_note": (
            "Upsert keyed by an optional taskReportID query parameter; PUT on the same path equally plausible."
        ),
    },
    {
        "operation_id": "deleteTaskReports",
        "method": "DELETE",
        "path": "/tasks/{id}/reports",
        "tag": "Tasks",
        "summary": "Delete task reports",
        "path_source": "inferred",
        "path_note": (
            "Bulk delete modelled as DELETE with a JSON array body on the sub-collection; "
            "alternative: POST {sub-collection}/delete."
        ),
    },
    {
        "operation_id": "getTaskReport",
        "method": "GET",
        "path": "/tasks/{id}/reports/{taskReportId}",
        "tag": "Tasks",
        "summary": "Get task report",
        "path_source": "verified",
        "path_note": ("The docs name this path parameter 'taskReportID'; the verified path spells it 'taskReportId'."),
    },
    {
        "operation_id": "runTask",
        "method": "POST",
        "path": "/tasks/{id}/run",
        "tag": "Tasks",
        "summary": "Run",
        "path_source": "inferred",
        "path_note": None,
    },
    {
        "operation_id": "getUsers",
        "method": "GET",
        "path": "/users",
        "tag": "Users",
        "summary": "Get users",
        "path_source": "verified",
        "path_note": None,
    },
    {
        "operation_id": "addUser",
        "method": "POST",
        "path": "/users",
        "tag": "Users",
        "summary": "Add user",
        "path_source": "inferred",
        "path_note": None,
    },
    {
        "operation_id": "deleteUsers",
        "method": "DELETE",
        "path": "/users",
        "tag": "Users",
        "summary": "Delete users",
        "path_source": "inferred",
        "path_note": (
            "Bulk delete modelled as DELETE with a JSON array body on the collection; "
            "alternatives: POST {collection}/delete or DELETE {collection}/bulk."
        ),
    },
    {
        "operation_id": "getUser",
        "method": "GET",
        "path": "/users/{id}",
        "tag": "Users",
        "summary": "Get user",
        "path_source": "inferred",
        "path_note": None,
    },
    {
        "operation_id": "updateUser",
        "method": "PUT",
        "path": "/users/{id}",
        "tag": "Users",
        "summary": "Update user",
        "path_source": "inferred",
        "path_note": "The body is an action ({type, value}); PATCH is also plausible.",
    },
    {
        "operation_id": "deleteUser",
        "method": "DELETE",
        "path": "/users/{id}",
        "tag": "Users",
        "summary": "Delete user",
        "path_source": "inferred",
        "path_note": None,
    },
    {
        "operation_id": "importUsersFromExcel",
        "method": "POST",
        "path": "/users/import",
        "tag": "Users",
        "summary": "Add users from Excel",
        "path_source": "inferred",
        "path_note": (
            "Request body not documented; a multipart upload of the Excel file is "
            "assumed. Alternatives: /users/import-excel, /users/excel."
        ),
    },
    {
        "operation_id": "transferUserContent",
        "method": "POST",
        "path": "/users/{id}/transfer",
        "tag": "Users",
        "summary": "Transfer user content and authorizations",
        "path_source": "inferred",
        "path_note": ("Segment name guessed; alternatives: /users/{id}/transfer-content, PUT instead of POST."),
    },
    {
        "operation_id": "downloadUsersImportTemplate",
        "method": "GET",
        "path": "/users/import-template",
        "tag": "Users",
        "summary": "Download import users template",
        "path_source": "inferred",
        "path_note": ("File download; segment name guessed (alternatives /users/import/template, /users/template)."),
    },
    {
        "operation_id": "inviteUsers",
        "method": "POST",
        "path": "/users/invite",
        "tag": "Users",
        "summary": "Invite users",
        "path_source": "inferred",
        "path_note": "Action segment guessed; alternative /users/invitations.",
    },
)

if __name__ == "__main__":
    sys.exit(main(operations=OPERATIONS))
