# Generated from specs/qalyptus-cloud.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
"""Resource clients for Qalyptus Cloud: ``QalyptusClient`` and its async twin ``AsyncQalyptusClient``.

One attribute per resource ``api_keys``, ``conditions``, ``filters``, ``groups``, ``identity_providers``, ``licenses``, ``organizations``, ``projects``, ``reports``, ``status``, ``storage_services``, ``tasks``, ``users``; each method
sends one operation, returns its success type and raises ``errors.ApiError`` (a subclass per status) for
anything else. ``resource.with_raw_response.method(...)`` returns a ``RawResponse`` (status, headers, raw
body and the parsed result) instead. Each resource is a module of this package (``resources/<resource>.py``);
the functions under ``api/`` stay available as the low-level layer.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from .. import _facade, _runtime, errors
from .._facade import AsyncPager, JsonObject, JsonValue, Pager, RawResponse
from ..client import AuthenticatedClient

# Each resource module (and the operation modules it imports) is loaded on first use: the entry classes reach
# their resources through stand-ins that import the module on the first call and then give way to the class.
if TYPE_CHECKING:
    from ..testing import FakeQalyptus
    from .api_keys import ApiKeys, ApiKeysWithRawResponse, AsyncApiKeys, AsyncApiKeysWithRawResponse
    from .conditions import AsyncConditions, AsyncConditionsWithRawResponse, Conditions, ConditionsWithRawResponse
    from .filters import AsyncFilters, AsyncFiltersWithRawResponse, Filters, FiltersWithRawResponse
    from .groups import AsyncGroups, AsyncGroupsWithRawResponse, Groups, GroupsWithRawResponse
    from .identity_providers import (
        AsyncIdentityProviders,
        AsyncIdentityProvidersWithRawResponse,
        IdentityProviders,
        IdentityProvidersWithRawResponse,
    )
    from .licenses import AsyncLicenses, AsyncLicensesWithRawResponse, Licenses, LicensesWithRawResponse
    from .organizations import (
        AsyncOrganizations,
        AsyncOrganizationsWithRawResponse,
        Organizations,
        OrganizationsWithRawResponse,
    )
    from .projects import AsyncProjects, AsyncProjectsWithRawResponse, Projects, ProjectsWithRawResponse
    from .reports import AsyncReports, AsyncReportsWithRawResponse, Reports, ReportsWithRawResponse
    from .status import AsyncStatus, AsyncStatusWithRawResponse, Status, StatusWithRawResponse
    from .storage_services import (
        AsyncStorageServices,
        AsyncStorageServicesWithRawResponse,
        StorageServices,
        StorageServicesWithRawResponse,
    )
    from .tasks import AsyncTasks, AsyncTasksWithRawResponse, Tasks, TasksWithRawResponse
    from .users import AsyncUsers, AsyncUsersWithRawResponse, Users, UsersWithRawResponse

    _ApiKeys = ApiKeys
    _AsyncApiKeys = AsyncApiKeys
    _Conditions = Conditions
    _AsyncConditions = AsyncConditions
    _Filters = Filters
    _AsyncFilters = AsyncFilters
    _Groups = Groups
    _AsyncGroups = AsyncGroups
    _IdentityProviders = IdentityProviders
    _AsyncIdentityProviders = AsyncIdentityProviders
    _Licenses = Licenses
    _AsyncLicenses = AsyncLicenses
    _Organizations = Organizations
    _AsyncOrganizations = AsyncOrganizations
    _Projects = Projects
    _AsyncProjects = AsyncProjects
    _Reports = Reports
    _AsyncReports = AsyncReports
    _Status = Status
    _AsyncStatus = AsyncStatus
    _StorageServices = StorageServices
    _AsyncStorageServices = AsyncStorageServices
    _Tasks = Tasks
    _AsyncTasks = AsyncTasks
    _Users = Users
    _AsyncUsers = AsyncUsers
else:
    _ApiKeys = _facade.lazy_class(globals(), __name__, "api_keys", "ApiKeys")
    _AsyncApiKeys = _facade.lazy_class(globals(), __name__, "api_keys", "AsyncApiKeys")
    _Conditions = _facade.lazy_class(globals(), __name__, "conditions", "Conditions")
    _AsyncConditions = _facade.lazy_class(globals(), __name__, "conditions", "AsyncConditions")
    _Filters = _facade.lazy_class(globals(), __name__, "filters", "Filters")
    _AsyncFilters = _facade.lazy_class(globals(), __name__, "filters", "AsyncFilters")
    _Groups = _facade.lazy_class(globals(), __name__, "groups", "Groups")
    _AsyncGroups = _facade.lazy_class(globals(), __name__, "groups", "AsyncGroups")
    _IdentityProviders = _facade.lazy_class(globals(), __name__, "identity_providers", "IdentityProviders")
    _AsyncIdentityProviders = _facade.lazy_class(globals(), __name__, "identity_providers", "AsyncIdentityProviders")
    _Licenses = _facade.lazy_class(globals(), __name__, "licenses", "Licenses")
    _AsyncLicenses = _facade.lazy_class(globals(), __name__, "licenses", "AsyncLicenses")
    _Organizations = _facade.lazy_class(globals(), __name__, "organizations", "Organizations")
    _AsyncOrganizations = _facade.lazy_class(globals(), __name__, "organizations", "AsyncOrganizations")
    _Projects = _facade.lazy_class(globals(), __name__, "projects", "Projects")
    _AsyncProjects = _facade.lazy_class(globals(), __name__, "projects", "AsyncProjects")
    _Reports = _facade.lazy_class(globals(), __name__, "reports", "Reports")
    _AsyncReports = _facade.lazy_class(globals(), __name__, "reports", "AsyncReports")
    _Status = _facade.lazy_class(globals(), __name__, "status", "Status")
    _AsyncStatus = _facade.lazy_class(globals(), __name__, "status", "AsyncStatus")
    _StorageServices = _facade.lazy_class(globals(), __name__, "storage_services", "StorageServices")
    _AsyncStorageServices = _facade.lazy_class(globals(), __name__, "storage_services", "AsyncStorageServices")
    _Tasks = _facade.lazy_class(globals(), __name__, "tasks", "Tasks")
    _AsyncTasks = _facade.lazy_class(globals(), __name__, "tasks", "AsyncTasks")
    _Users = _facade.lazy_class(globals(), __name__, "users", "Users")
    _AsyncUsers = _facade.lazy_class(globals(), __name__, "users", "AsyncUsers")

    # `from <package>.resources import Tasks` and the like: the class, its module imported then.
    _MODULES = {
        "ApiKeys": "api_keys",
        "ApiKeysWithRawResponse": "api_keys",
        "AsyncApiKeys": "api_keys",
        "AsyncApiKeysWithRawResponse": "api_keys",
        "Conditions": "conditions",
        "ConditionsWithRawResponse": "conditions",
        "AsyncConditions": "conditions",
        "AsyncConditionsWithRawResponse": "conditions",
        "Filters": "filters",
        "FiltersWithRawResponse": "filters",
        "AsyncFilters": "filters",
        "AsyncFiltersWithRawResponse": "filters",
        "Groups": "groups",
        "GroupsWithRawResponse": "groups",
        "AsyncGroups": "groups",
        "AsyncGroupsWithRawResponse": "groups",
        "IdentityProviders": "identity_providers",
        "IdentityProvidersWithRawResponse": "identity_providers",
        "AsyncIdentityProviders": "identity_providers",
        "AsyncIdentityProvidersWithRawResponse": "identity_providers",
        "Licenses": "licenses",
        "LicensesWithRawResponse": "licenses",
        "AsyncLicenses": "licenses",
        "AsyncLicensesWithRawResponse": "licenses",
        "Organizations": "organizations",
        "OrganizationsWithRawResponse": "organizations",
        "AsyncOrganizations": "organizations",
        "AsyncOrganizationsWithRawResponse": "organizations",
        "Projects": "projects",
        "ProjectsWithRawResponse": "projects",
        "AsyncProjects": "projects",
        "AsyncProjectsWithRawResponse": "projects",
        "Reports": "reports",
        "ReportsWithRawResponse": "reports",
        "AsyncReports": "reports",
        "AsyncReportsWithRawResponse": "reports",
        "Status": "status",
        "StatusWithRawResponse": "status",
        "AsyncStatus": "status",
        "AsyncStatusWithRawResponse": "status",
        "StorageServices": "storage_services",
        "StorageServicesWithRawResponse": "storage_services",
        "AsyncStorageServices": "storage_services",
        "AsyncStorageServicesWithRawResponse": "storage_services",
        "Tasks": "tasks",
        "TasksWithRawResponse": "tasks",
        "AsyncTasks": "tasks",
        "AsyncTasksWithRawResponse": "tasks",
        "Users": "users",
        "UsersWithRawResponse": "users",
        "AsyncUsers": "users",
        "AsyncUsersWithRawResponse": "users",
    }

    def __getattr__(name: str) -> Any:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
        globals()[name] = value
        return value


__all__ = [
    "AsyncQalyptusClient",
    "AsyncPager",
    "JsonObject",
    "JsonValue",
    "Pager",
    "RawResponse",
    "QalyptusClient",
    "AsyncApiKeys",
    "AsyncApiKeysWithRawResponse",
    "ApiKeys",
    "ApiKeysWithRawResponse",
    "AsyncConditions",
    "AsyncConditionsWithRawResponse",
    "Conditions",
    "ConditionsWithRawResponse",
    "AsyncFilters",
    "AsyncFiltersWithRawResponse",
    "Filters",
    "FiltersWithRawResponse",
    "AsyncGroups",
    "AsyncGroupsWithRawResponse",
    "Groups",
    "GroupsWithRawResponse",
    "AsyncIdentityProviders",
    "AsyncIdentityProvidersWithRawResponse",
    "IdentityProviders",
    "IdentityProvidersWithRawResponse",
    "AsyncLicenses",
    "AsyncLicensesWithRawResponse",
    "Licenses",
    "LicensesWithRawResponse",
    "AsyncOrganizations",
    "AsyncOrganizationsWithRawResponse",
    "Organizations",
    "OrganizationsWithRawResponse",
    "AsyncProjects",
    "AsyncProjectsWithRawResponse",
    "Projects",
    "ProjectsWithRawResponse",
    "AsyncReports",
    "AsyncReportsWithRawResponse",
    "Reports",
    "ReportsWithRawResponse",
    "AsyncStatus",
    "AsyncStatusWithRawResponse",
    "Status",
    "StatusWithRawResponse",
    "AsyncStorageServices",
    "AsyncStorageServicesWithRawResponse",
    "StorageServices",
    "StorageServicesWithRawResponse",
    "AsyncTasks",
    "AsyncTasksWithRawResponse",
    "Tasks",
    "TasksWithRawResponse",
    "AsyncUsers",
    "AsyncUsersWithRawResponse",
    "Users",
    "UsersWithRawResponse",
]

_ROUTES: Mapping[str, _facade.Route] = MappingProxyType(
    {
        "getApiKeys": _facade.Route("GET", "/api-keys", True),
        "createApiKey": _facade.Route("POST", "/api-keys", True),
        "deleteApiKeys": _facade.Route(
            "DELETE",
            "/api-keys",
            True,
            "Bulk delete modelled as DELETE with a JSON array body on the collection; alternatives: POST {collection}/delete or DELETE {collection}/bulk.",
            uuids=(("json", "", "ids"),),
        ),
        "getApiKey": _facade.Route("GET", "/api-keys/{id}", True, uuids=(("path", "id", "id"),)),
        "updateApiKey": _facade.Route("PUT", "/api-keys/{id}", True, uuids=(("path", "id", "id"),)),
        "deleteApiKey": _facade.Route("DELETE", "/api-keys/{id}", True, uuids=(("path", "id", "id"),)),
        "getConditions": _facade.Route("GET", "/conditions", True),
        "createCondition": _facade.Route("POST", "/conditions", True),
        "deleteConditions": _facade.Route(
            "DELETE",
            "/conditions",
            True,
            "Bulk delete modelled as DELETE with a JSON array body on the collection; alternatives: POST {collection}/delete or DELETE {collection}/bulk.",
            uuids=(("json", "", "ids"),),
        ),
        "duplicateCondition": _facade.Route("POST", "/conditions/{id}/duplicate", True, uuids=(("path", "id", "id"),)),
        "getCondition": _facade.Route("GET", "/conditions/{id}", True, uuids=(("path", "id", "id"),)),
        "updateCondition": _facade.Route("PUT", "/conditions/{id}", True, uuids=(("path", "id", "id"),)),
        "deleteCondition": _facade.Route("DELETE", "/conditions/{id}", True, uuids=(("path", "id", "id"),)),
        "getConditionRules": _facade.Route("GET", "/conditions/{id}/rules", True, uuids=(("path", "id", "id"),)),
        "createOrUpdateConditionRule": _facade.Route(
            "POST",
            "/conditions/{id}/rules",
            True,
            "Upsert (optional rule id in the body); PUT on the same path equally plausible.",
            uuids=(("path", "id", "id"),),
        ),
        "deleteConditionRules": _facade.Route(
            "DELETE",
            "/conditions/{id}/rules",
            True,
            "Bulk delete modelled as DELETE with a JSON array body on the sub-collection; alternative: POST {sub-collection}/delete.",
            uuids=(
                ("path", "id", "id"),
                ("json", "", "ids"),
            ),
        ),
        "getProjectConditions": _facade.Route(
            "GET",
            "/conditions/project/{id}",
            True,
            "Follows the verified GET /filters/report/{reportId} style; alternative: /projects/{id}/conditions.",
            uuids=(("path", "id", "id"),),
        ),
        "getConditionRule": _facade.Route(
            "GET",
            "/conditions/rules/{id}",
            True,
            "The only path parameter is the RULE id, so the rule is addressed without its condition; alternatives: /conditions/rule/{id}, /condition-rules/{id}.",
            uuids=(("path", "id", "id"),),
        ),
        "getConditionPermissions": _facade.Route(
            "GET", "/conditions/{id}/permissions", True, uuids=(("path", "id", "id"),)
        ),
        "setConditionPermissions": _facade.Route(
            "PUT",
            "/conditions/{id}/permissions",
            True,
            "PUT vs POST not documented (both plausible for setting permissions).",
            uuids=(("path", "id", "id"),),
        ),
        "getConditionMemberPermissions": _facade.Route(
            "GET",
            "/conditions/{id}/member-permissions/{memberPermissionId}",
            True,
            "Segment \u0027member-permissions\u0027 guessed; alternative: {resource}/{id}/permissions/{memberPermissionId}.",
            uuids=(
                ("path", "id", "id"),
                ("path", "memberPermissionId", "member_permission_id"),
            ),
        ),
        "setConditionMemberPermissions": _facade.Route(
            "PUT",
            "/conditions/{id}/member-permissions/{memberPermissionId}",
            True,
            "Segment \u0027member-permissions\u0027 guessed; alternative: {resource}/{id}/permissions/{memberPermissionId}.",
            uuids=(
                ("path", "id", "id"),
                ("path", "memberPermissionId", "member_permission_id"),
            ),
        ),
        "deleteConditionMemberPermission": _facade.Route(
            "DELETE",
            "/conditions/{id}/member-permissions/{memberPermissionId}",
            True,
            "Segment \u0027member-permissions\u0027 guessed; alternative: {resource}/{id}/permissions/{memberPermissionId}.",
            uuids=(
                ("path", "id", "id"),
                ("path", "memberPermissionId", "member_permission_id"),
            ),
        ),
        "deleteConditionMemberPermissions": _facade.Route(
            "DELETE",
            "/conditions/{id}/member-permissions",
            True,
            "Segment \u0027member-permissions\u0027 guessed; bulk delete with JSON array body; alternatives: DELETE {resource}/{id}/permissions or POST .../member-permissions/delete.",
            uuids=(
                ("path", "id", "id"),
                ("json", "", "ids"),
            ),
        ),
        "changeConditionOwner": _facade.Route(
            "PUT",
            "/conditions/{id}/owner/{ownerId}",
            True,
            "ownerId is a documented path parameter; segment \u0027owner\u0027 guessed (alternative \u0027change-owner\u0027); PUT vs POST not documented.",
            uuids=(
                ("path", "id", "id"),
                ("path", "ownerId", "owner_id"),
            ),
        ),
        "getFilters": _facade.Route("GET", "/filters", False),
        "createFilter": _facade.Route("POST", "/filters", True),
        "deleteFilters": _facade.Route(
            "DELETE",
            "/filters",
            True,
            "Bulk delete modelled as DELETE with a JSON array body on the collection; alternatives: POST {collection}/delete or DELETE {collection}/bulk.",
            uuids=(("json", "", "ids"),),
        ),
        "duplicateFilter": _facade.Route("POST", "/filters/{id}/duplicate", True, uuids=(("path", "id", "id"),)),
        "getFilter": _facade.Route("GET", "/filters/{id}", True, uuids=(("path", "id", "id"),)),
        "updateFilter": _facade.Route("PUT", "/filters/{id}", True, uuids=(("path", "id", "id"),)),
        "deleteFilter": _facade.Route("DELETE", "/filters/{id}", True, uuids=(("path", "id", "id"),)),
        "updateFilterVariableValues": _facade.Route(
            "PUT",
            "/filters/{id}/variable-values",
            True,
            "Segment name guessed; upsert-like (optional item id in the body), so POST is also plausible.",
            uuids=(("path", "id", "id"),),
        ),
        "updateFilterBookmarkValues": _facade.Route(
            "PUT",
            "/filters/{id}/bookmark-values",
            True,
            "Segment name guessed; upsert-like (optional item id in the body), so POST is also plausible.",
            uuids=(("path", "id", "id"),),
        ),
        "updateFilterFieldValues": _facade.Route(
            "PUT",
            "/filters/{id}/field-values",
            True,
            "Segment name guessed; upsert-like (optional item id in the body), so POST is also plausible.",
            uuids=(("path", "id", "id"),),
        ),
        "deleteFilterValues": _facade.Route(
            "DELETE",
            "/filters/{id}/values",
            True,
            "Bulk delete with JSON array body; segment guessed (alternative /filters/{id}/items); POST .../delete also plausible.",
            uuids=(
                ("path", "id", "id"),
                ("json", "", "ids"),
            ),
        ),
        "orderFilterValues": _facade.Route(
            "PUT",
            "/filters/{id}/values/order",
            True,
            "Action endpoint; alternatives: POST /filters/{id}/values/order, PUT /filters/{id}/order.",
            uuids=(("path", "id", "id"),),
        ),
        "getFilterItems": _facade.Route("GET", "/filters/{id}/items", True, uuids=(("path", "id", "id"),)),
        "getFilterItem": _facade.Route(
            "GET",
            "/filters/items/{id}",
            True,
            "The only path parameter is a FILTER ITEM id, not a filter id; alternatives: /filters/item/{id}, /filter-items/{id}.",
            uuids=(("path", "id", "id"),),
        ),
        "getFiltersByProject": _facade.Route(
            "GET",
            "/filters/project/{id}",
            True,
            "Follows the verified GET /filters/report/{reportId} style; alternative: /projects/{id}/filters.",
            uuids=(("path", "id", "id"),),
        ),
        "getReportFilters": _facade.Route(
            "GET",
            "/filters/report/{reportId}",
            False,
            "The docs name this path parameter \u0027id\u0027; the verified path spells it \u0027reportId\u0027.",
            uuids=(("path", "reportId", "report_id"),),
        ),
        "getFilterPermissions": _facade.Route("GET", "/filters/{id}/permissions", True, uuids=(("path", "id", "id"),)),
        "setFilterPermissions": _facade.Route(
            "PUT",
            "/filters/{id}/permissions",
            True,
            "PUT vs POST not documented (both plausible for setting permissions).",
            uuids=(("path", "id", "id"),),
        ),
        "getFilterMemberPermissions": _facade.Route(
            "GET",
            "/filters/{id}/member-permissions/{memberPermissionId}",
            True,
            "Segment \u0027member-permissions\u0027 guessed; alternative: {resource}/{id}/permissions/{memberPermissionId}.",
            uuids=(
                ("path", "id", "id"),
                ("path", "memberPermissionId", "member_permission_id"),
            ),
        ),
        "setFilterMemberPermissions": _facade.Route(
            "PUT",
            "/filters/{id}/member-permissions/{memberPermissionId}",
            True,
            "Segment \u0027member-permissions\u0027 guessed; alternative: {resource}/{id}/permissions/{memberPermissionId}.",
            uuids=(
                ("path", "id", "id"),
                ("path", "memberPermissionId", "member_permission_id"),
            ),
        ),
        "deleteFilterMemberPermission": _facade.Route(
            "DELETE",
            "/filters/{id}/member-permissions/{memberPermissionId}",
            True,
            "Segment \u0027member-permissions\u0027 guessed; alternative: {resource}/{id}/permissions/{memberPermissionId}.",
            uuids=(
                ("path", "id", "id"),
                ("path", "memberPermissionId", "member_permission_id"),
            ),
        ),
        "deleteFilterMemberPermissions": _facade.Route(
            "DELETE",
            "/filters/{id}/member-permissions",
            True,
            "Segment \u0027member-permissions\u0027 guessed; bulk delete with JSON array body; alternatives: DELETE {resource}/{id}/permissions or POST .../member-permissions/delete.",
            uuids=(
                ("path", "id", "id"),
                ("json", "", "ids"),
            ),
        ),
        "changeFilterOwner": _facade.Route(
            "PUT",
            "/filters/{id}/owner/{ownerId}",
            True,
            "ownerId is a documented path parameter; segment \u0027owner\u0027 guessed (alternative \u0027change-owner\u0027); PUT vs POST not documented.",
            uuids=(
                ("path", "id", "id"),
                ("path", "ownerId", "owner_id"),
            ),
        ),
        "getGroups": _facade.Route("GET", "/groups", False),
        "createGroup": _facade.Route("POST", "/groups", True),
        "deleteGroups": _facade.Route(
            "DELETE",
            "/groups",
            True,
            "Bulk delete modelled as DELETE with a JSON array body on the collection; alternatives: POST {collection}/delete or DELETE {collection}/bulk.",
            uuids=(("json", "", "ids"),),
        ),
        "getGroup": _facade.Route("GET", "/groups/{id}", True, uuids=(("path", "id", "id"),)),
        "updateGroup": _facade.Route("PUT", "/groups/{id}", True, uuids=(("path", "id", "id"),)),
        "deleteGroup": _facade.Route("DELETE", "/groups/{id}", True, uuids=(("path", "id", "id"),)),
        "getGroupMembers": _facade.Route("GET", "/groups/{id}/members", True, uuids=(("path", "id", "id"),)),
        "updateGroupMembers": _facade.Route(
            "PUT",
            "/groups/{id}/members",
            True,
            uuids=(
                ("path", "id", "id"),
                ("json", "", "ids"),
            ),
        ),
        "getIdentityProviders": _facade.Route("GET", "/identity-providers", True),
        "createIdentityProvider": _facade.Route("POST", "/identity-providers", True),
        "getIdentityProvider": _facade.Route("GET", "/identity-providers/{id}", True, uuids=(("path", "id", "id"),)),
        "updateIdentityProvider": _facade.Route("PUT", "/identity-providers/{id}", True, uuids=(("path", "id", "id"),)),
        "deleteIdentityProvider": _facade.Route(
            "DELETE", "/identity-providers/{id}", True, uuids=(("path", "id", "id"),)
        ),
        "getLicenses": _facade.Route("GET", "/licenses", True),
        "getOrganizations": _facade.Route("GET", "/organizations", True),
        "createOrganization": _facade.Route("POST", "/organizations", True),
        "deleteOrganizations": _facade.Route(
            "DELETE",
            "/organizations",
            True,
            "Bulk delete modelled as DELETE with a JSON array body on the collection; alternatives: POST {collection}/delete or DELETE {collection}/bulk.",
            uuids=(("json", "", "ids"),),
        ),
        "getOrganization": _facade.Route("GET", "/organizations/{id}", True, uuids=(("path", "id", "id"),)),
        "updateOrganization": _facade.Route("PUT", "/organizations/{id}", True, uuids=(("path", "id", "id"),)),
        "deleteOrganization": _facade.Route("DELETE", "/organizations/{id}", True, uuids=(("path", "id", "id"),)),
        "getUserOrganizations": _facade.Route(
            "GET",
            "/organizations/user",
            True,
            "No parameters (organizations of the calling user); alternatives: /organizations/me, /users/organizations.",
        ),
        "getOrganizationProjects": _facade.Route(
            "GET",
            "/organizations/{id}/projects",
            True,
            "Same title also documented under Projects (modelled there as GET /projects/organization/{id}); one is probably an alias of the other.",
            uuids=(("path", "id", "id"),),
        ),
        "getOrganizationMembers": _facade.Route(
            "GET", "/organizations/{id}/members", True, uuids=(("path", "id", "id"),)
        ),
        "getOrganizationResources": _facade.Route(
            "GET", "/organizations/{id}/resources", True, uuids=(("path", "id", "id"),)
        ),
        "getOrganizationQlikApps": _facade.Route(
            "GET", "/organizations/{id}/qlik-apps", True, uuids=(("path", "id", "id"),)
        ),
        "getOrganizationAuthentications": _facade.Route(
            "GET", "/organizations/{id}/authentications", True, uuids=(("path", "id", "id"),)
        ),
        "updateOrganizationAuthentications": _facade.Route(
            "PUT", "/organizations/{id}/authentications", True, uuids=(("path", "id", "id"),)
        ),
        "getProjects": _facade.Route("GET", "/projects", False),
        "createProject": _facade.Route("POST", "/projects", True),
        "deleteProjects": _facade.Route(
            "DELETE",
            "/projects",
            True,
            "Bulk delete modelled as DELETE with a JSON array body on the collection; alternatives: POST {collection}/delete or DELETE {collection}/bulk.",
            uuids=(("json", "", "ids"),),
        ),
        "getProject": _facade.Route("GET", "/projects/{id}", True, uuids=(("path", "id", "id"),)),
        "updateProject": _facade.Route("PUT", "/projects/{id}", True, uuids=(("path", "id", "id"),)),
        "deleteProject": _facade.Route("DELETE", "/projects/{id}", True, uuids=(("path", "id", "id"),)),
        "updateProjectPermissionMode": _facade.Route(
            "PUT",
            "/projects/{id}/permission-mode/{value}",
            True,
            "The boolean \u0027value\u0027 is a documented PATH parameter; segment name guessed (alternative /global-permission/{value}); PUT vs POST not documented.",
            uuids=(("path", "id", "id"),),
        ),
        "getProjectsByOrganization": _facade.Route(
            "GET",
            "/projects/organization/{id}",
            True,
            "Same title also documented under Organizations (modelled there as GET /organizations/{id}/projects); this one follows the verified GET /filters/report/{reportId} style.",
            uuids=(("path", "id", "id"),),
        ),
        "getProjectPermissions": _facade.Route(
            "GET", "/projects/{id}/permissions", True, uuids=(("path", "id", "id"),)
        ),
        "setProjectPermissions": _facade.Route(
            "PUT",
            "/projects/{id}/permissions",
            True,
            "PUT vs POST not documented (both plausible for setting permissions).",
            uuids=(("path", "id", "id"),),
        ),
        "getProjectMemberPermissions": _facade.Route(
            "GET",
            "/projects/{id}/member-permissions/{memberPermissionId}",
            True,
            "Segment \u0027member-permissions\u0027 guessed; alternative: {resource}/{id}/permissions/{memberPermissionId}.",
            uuids=(
                ("path", "id", "id"),
                ("path", "memberPermissionId", "member_permission_id"),
            ),
        ),
        "setProjectMemberPermissions": _facade.Route(
            "PUT",
            "/projects/{id}/member-permissions/{memberPermissionId}",
            True,
            "Segment \u0027member-permissions\u0027 guessed; alternative: {resource}/{id}/permissions/{memberPermissionId}.",
            uuids=(
                ("path", "id", "id"),
                ("path", "memberPermissionId", "member_permission_id"),
            ),
        ),
        "deleteProjectMemberPermission": _facade.Route(
            "DELETE",
            "/projects/{id}/member-permissions/{memberPermissionId}",
            True,
            "Segment \u0027member-permissions\u0027 guessed; alternative: {resource}/{id}/permissions/{memberPermissionId}.",
            uuids=(
                ("path", "id", "id"),
                ("path", "memberPermissionId", "member_permission_id"),
            ),
        ),
        "deleteProjectMemberPermissions": _facade.Route(
            "DELETE",
            "/projects/{id}/member-permissions",
            True,
            "Segment \u0027member-permissions\u0027 guessed; bulk delete with JSON array body; alternatives: DELETE {resource}/{id}/permissions or POST .../member-permissions/delete.",
            uuids=(
                ("path", "id", "id"),
                ("json", "", "ids"),
            ),
        ),
        "changeProjectOwner": _facade.Route(
            "PUT",
            "/projects/{id}/owner/{ownerId}",
            True,
            "ownerId is a documented path parameter; segment \u0027owner\u0027 guessed (alternative \u0027change-owner\u0027); PUT vs POST not documented.",
            uuids=(
                ("path", "id", "id"),
                ("path", "ownerId", "owner_id"),
            ),
        ),
        "getReports": _facade.Route("GET", "/reports", False),
        "createReport": _facade.Route("POST", "/reports", True),
        "deleteReports": _facade.Route(
            "DELETE",
            "/reports",
            True,
            "Bulk delete modelled as DELETE with a JSON array body on the collection; alternatives: POST {collection}/delete or DELETE {collection}/bulk.",
            uuids=(("json", "", "ids"),),
        ),
        "duplicateReport": _facade.Route("POST", "/reports/{id}/duplicate", True, uuids=(("path", "id", "id"),)),
        "getReport": _facade.Route("GET", "/reports/{id}", True, uuids=(("path", "id", "id"),)),
        "updateReport": _facade.Route("PUT", "/reports/{id}", True, uuids=(("path", "id", "id"),)),
        "deleteReport": _facade.Route("DELETE", "/reports/{id}", True, uuids=(("path", "id", "id"),)),
        "getReportsByProject": _facade.Route(
            "GET",
            "/reports/project/{id}",
            True,
            "Follows the verified GET /filters/report/{reportId} style; alternative: /projects/{id}/reports.",
            uuids=(("path", "id", "id"),),
        ),
        "getReportIterationFields": _facade.Route(
            "GET", "/reports/{id}/iteration-fields", True, uuids=(("path", "id", "id"),)
        ),
        "getReportDynamicNames": _facade.Route(
            "GET", "/reports/{id}/dynamic-names", True, uuids=(("path", "id", "id"),)
        ),
        "getReportHtmlContent": _facade.Route(
            "GET",
            "/reports/{id}/html-content",
            True,
            "Segment name guessed; alternative /reports/{id}/html.",
            uuids=(("path", "id", "id"),),
        ),
        "getReportPermissions": _facade.Route("GET", "/reports/{id}/permissions", True, uuids=(("path", "id", "id"),)),
        "setReportPermissions": _facade.Route(
            "PUT",
            "/reports/{id}/permissions",
            True,
            "PUT vs POST not documented (both plausible for setting permissions).",
            uuids=(("path", "id", "id"),),
        ),
        "getReportMemberPermissions": _facade.Route(
            "GET",
            "/reports/{id}/member-permissions/{memberPermissionId}",
            True,
            "Segment \u0027member-permissions\u0027 guessed; alternative: {resource}/{id}/permissions/{memberPermissionId}.",
            uuids=(
                ("path", "id", "id"),
                ("path", "memberPermissionId", "member_permission_id"),
            ),
        ),
        "setReportMemberPermissions": _facade.Route(
            "PUT",
            "/reports/{id}/member-permissions/{memberPermissionId}",
            True,
            "Segment \u0027member-permissions\u0027 guessed; alternative: {resource}/{id}/permissions/{memberPermissionId}.",
            uuids=(
                ("path", "id", "id"),
                ("path", "memberPermissionId", "member_permission_id"),
            ),
        ),
        "deleteReportMemberPermission": _facade.Route(
            "DELETE",
            "/reports/{id}/member-permissions/{memberPermissionId}",
            True,
            "Segment \u0027member-permissions\u0027 guessed; alternative: {resource}/{id}/permissions/{memberPermissionId}.",
            uuids=(
                ("path", "id", "id"),
                ("path", "memberPermissionId", "member_permission_id"),
            ),
        ),
        "deleteReportMemberPermissions": _facade.Route(
            "DELETE",
            "/reports/{id}/member-permissions",
            True,
            "Segment \u0027member-permissions\u0027 guessed; bulk delete with JSON array body; alternatives: DELETE {resource}/{id}/permissions or POST .../member-permissions/delete.",
            uuids=(
                ("path", "id", "id"),
                ("json", "", "ids"),
            ),
        ),
        "changeReportOwner": _facade.Route(
            "PUT",
            "/reports/{id}/owner/{ownerId}",
            True,
            "ownerId is a documented path parameter; segment \u0027owner\u0027 guessed (alternative \u0027change-owner\u0027); PUT vs POST not documented.",
            uuids=(
                ("path", "id", "id"),
                ("path", "ownerId", "owner_id"),
            ),
        ),
        "getReportVariables": _facade.Route(
            "GET",
            "/reports/{id}/variables",
            True,
            "Segment name guessed; alternative /reports/{id}/qlik-variables.",
            uuids=(("path", "id", "id"),),
        ),
        "getReportQlikApps": _facade.Route("GET", "/reports/{id}/qlik-apps", True, uuids=(("path", "id", "id"),)),
        "getReportQlikObjects": _facade.Route(
            "GET",
            "/reports/{id}/qlik-objects",
            True,
            "Segment name guessed; alternative /reports/{id}/objects.",
            uuids=(("path", "id", "id"),),
        ),
        "getReportTemplateItems": _facade.Route(
            "GET", "/reports/{id}/template-items", False, uuids=(("path", "id", "id"),)
        ),
        "generateOnDemandReport": _facade.Route(
            "POST",
            "/reports/{id}/generate/{outputFormat}",
            True,
            "outputFormat is a documented PATH parameter; segment name guessed (alternative /reports/{id}/on-demand/{outputFormat}).",
            uuids=(("path", "id", "id"),),
        ),
        "downloadReport": _facade.Route(
            "GET",
            "/status/{id}/download",
            True,
            "Returns the URI of the report file (per the docs), not the file itself; segment name guessed (alternative /status/{id}/report).",
            uuids=(("path", "id", "id"),),
        ),
        "downloadReportStream": _facade.Route(
            "GET",
            "/status/{id}/download-stream",
            True,
            "File stream; segment name guessed (alternatives /status/{id}/stream, /status/{id}/download/stream).",
            uuids=(("path", "id", "id"),),
        ),
        "getScheduledTaskStatuses": _facade.Route(
            "GET",
            "/status/scheduled-tasks",
            True,
            "Status controller naming not documented; alternatives: /status/{id}/..., /requests/{id}/..., /tasks/status/...",
        ),
        "getScheduledTaskStatus": _facade.Route(
            "GET",
            "/status/scheduled-tasks/{id}",
            True,
            "Status controller naming not documented; alternatives: /status/{id}/..., /requests/{id}/..., /tasks/status/...",
            uuids=(("path", "id", "id"),),
        ),
        "getOnDemandRequestStatuses": _facade.Route(
            "GET",
            "/status/on-demand-requests",
            True,
            "Status controller naming not documented; alternatives: /status/{id}/..., /requests/{id}/..., /tasks/status/...",
        ),
        "getOnDemandRequestStatus": _facade.Route(
            "GET",
            "/status/on-demand-requests/{id}",
            True,
            "Status controller naming not documented; alternatives: /status/{id}/..., /requests/{id}/..., /tasks/status/...",
            uuids=(("path", "id", "id"),),
        ),
        "runRequest": _facade.Route(
            "POST",
            "/status/{id}/run",
            True,
            "The id may be a scheduled task or an on-demand request, so no sub-collection is used; naming guessed.",
            uuids=(("path", "id", "id"),),
        ),
        "stopRequest": _facade.Route(
            "POST",
            "/status/{id}/stop",
            True,
            "The id may be a scheduled task or an on-demand request, so no sub-collection is used; naming guessed.",
            uuids=(("path", "id", "id"),),
        ),
        "downloadScheduledTaskLog": _facade.Route(
            "GET",
            "/status/scheduled-tasks/{id}/log",
            True,
            "File download; segment name guessed (alternative .../log-file).",
            uuids=(("path", "id", "id"),),
        ),
        "downloadScheduledTaskSmtpLog": _facade.Route(
            "GET",
            "/status/scheduled-tasks/{id}/smtp-log",
            True,
            "File download; segment name guessed (alternative .../smtp-log-file).",
            uuids=(("path", "id", "id"),),
        ),
        "downloadOnDemandRequestLog": _facade.Route(
            "GET",
            "/status/on-demand-requests/{id}/log",
            True,
            "File download; segment name guessed (alternative .../log-file).",
            uuids=(("path", "id", "id"),),
        ),
        "downloadOnDemandRequestSmtpLog": _facade.Route(
            "GET",
            "/status/on-demand-requests/{id}/smtp-log",
            True,
            "File download; segment name guessed (alternative .../smtp-log-file).",
            uuids=(("path", "id", "id"),),
        ),
        "deleteRequest": _facade.Route(
            "DELETE",
            "/status/{id}",
            True,
            "The id may be a scheduled task or an on-demand request; alternatives: /status/requests/{id}, /requests/{id}.",
            uuids=(("path", "id", "id"),),
        ),
        "getStorageServices": _facade.Route("GET", "/storage-services", True),
        "deleteStorageServices": _facade.Route(
            "DELETE",
            "/storage-services",
            True,
            "Bulk delete modelled as DELETE with a JSON array body on the collection; alternatives: POST {collection}/delete or DELETE {collection}/bulk.",
            uuids=(("json", "", "ids"),),
        ),
        "getStorageService": _facade.Route("GET", "/storage-services/{id}", True, uuids=(("path", "id", "id"),)),
        "updateStorageService": _facade.Route("PUT", "/storage-services/{id}", True, uuids=(("path", "id", "id"),)),
        "deleteStorageService": _facade.Route("DELETE", "/storage-services/{id}", True, uuids=(("path", "id", "id"),)),
        "getTasks": _facade.Route("GET", "/tasks", False),
        "createTask": _facade.Route("POST", "/tasks", True),
        "deleteTasks": _facade.Route(
            "DELETE",
            "/tasks",
            True,
            "Bulk delete modelled as DELETE with a JSON array body on the collection; alternatives: POST {collection}/delete or DELETE {collection}/bulk.",
            uuids=(("json", "", "ids"),),
        ),
        "duplicateTask": _facade.Route("POST", "/tasks/{id}/duplicate", True, uuids=(("path", "id", "id"),)),
        "getTask": _facade.Route("GET", "/tasks/{id}", True, uuids=(("path", "id", "id"),)),
        "updateTask": _facade.Route("PUT", "/tasks/{id}", True, uuids=(("path", "id", "id"),)),
        "deleteTask": _facade.Route("DELETE", "/tasks/{id}", True, uuids=(("path", "id", "id"),)),
        "getTaskPermissions": _facade.Route("GET", "/tasks/{id}/permissions", True, uuids=(("path", "id", "id"),)),
        "setTaskPermissions": _facade.Route(
            "PUT",
            "/tasks/{id}/permissions",
            True,
            "PUT vs POST not documented (both plausible for setting permissions).",
            uuids=(("path", "id", "id"),),
        ),
        "getTaskMemberPermissions": _facade.Route(
            "GET",
            "/tasks/{id}/member-permissions/{memberPermissionId}",
            True,
            "Segment \u0027member-permissions\u0027 guessed; alternative: {resource}/{id}/permissions/{memberPermissionId}.",
            uuids=(
                ("path", "id", "id"),
                ("path", "memberPermissionId", "member_permission_id"),
            ),
        ),
        "setTaskMemberPermissions": _facade.Route(
            "PUT",
            "/tasks/{id}/member-permissions/{memberPermissionId}",
            True,
            "Segment \u0027member-permissions\u0027 guessed; alternative: {resource}/{id}/permissions/{memberPermissionId}.",
            uuids=(
                ("path", "id", "id"),
                ("path", "memberPermissionId", "member_permission_id"),
            ),
        ),
        "deleteTaskMemberPermission": _facade.Route(
            "DELETE",
            "/tasks/{id}/member-permissions/{memberPermissionId}",
            True,
            "Segment \u0027member-permissions\u0027 guessed; alternative: {resource}/{id}/permissions/{memberPermissionId}.",
            uuids=(
                ("path", "id", "id"),
                ("path", "memberPermissionId", "member_permission_id"),
            ),
        ),
        "deleteTaskMemberPermissions": _facade.Route(
            "DELETE",
            "/tasks/{id}/member-permissions",
            True,
            "Segment \u0027member-permissions\u0027 guessed; bulk delete with JSON array body; alternatives: DELETE {resource}/{id}/permissions or POST .../member-permissions/delete.",
            uuids=(
                ("path", "id", "id"),
                ("json", "", "ids"),
            ),
        ),
        "changeTaskOwner": _facade.Route(
            "PUT",
            "/tasks/{id}/owner/{ownerId}",
            True,
            "ownerId is a documented path parameter; segment \u0027owner\u0027 guessed (alternative \u0027change-owner\u0027); PUT vs POST not documented.",
            uuids=(
                ("path", "id", "id"),
                ("path", "ownerId", "owner_id"),
            ),
        ),
        "getTaskEmail": _facade.Route("GET", "/tasks/{id}/email", True, uuids=(("path", "id", "id"),)),
        "updateTaskEmail": _facade.Route("PUT", "/tasks/{id}/email", True, uuids=(("path", "id", "id"),)),
        "getTaskRecipients": _facade.Route("GET", "/tasks/{id}/recipients", False, uuids=(("path", "id", "id"),)),
        "updateTaskRecipients": _facade.Route("PUT", "/tasks/{id}/recipients", True, uuids=(("path", "id", "id"),)),
        "deleteTaskRecipients": _facade.Route(
            "DELETE",
            "/tasks/{id}/recipients",
            True,
            "Bulk delete modelled as DELETE with a JSON array body on the sub-collection; alternative: POST {sub-collection}/delete.",
            uuids=(
                ("path", "id", "id"),
                ("json", "", "ids"),
            ),
        ),
        "getTaskSchedules": _facade.Route("GET", "/tasks/{id}/schedules", True, uuids=(("path", "id", "id"),)),
        "createOrUpdateTaskSchedule": _facade.Route(
            "POST",
            "/tasks/{id}/schedules",
            True,
            "Upsert keyed by an optional taskScheduleID query parameter; PUT on the same path equally plausible.",
            uuids=(
                ("path", "id", "id"),
                ("query", "taskScheduleID", "task_schedule_id"),
            ),
        ),
        "deleteTaskSchedules": _facade.Route(
            "DELETE",
            "/tasks/{id}/schedules",
            True,
            "Bulk delete modelled as DELETE with a JSON array body on the sub-collection; alternative: POST {sub-collection}/delete.",
            uuids=(
                ("path", "id", "id"),
                ("json", "", "ids"),
            ),
        ),
        "getTaskSchedule": _facade.Route(
            "GET",
            "/tasks/{id}/schedules/{taskScheduleID}",
            True,
            uuids=(
                ("path", "id", "id"),
                ("path", "taskScheduleID", "task_schedule_id"),
            ),
        ),
        "getTaskExternalEvents": _facade.Route(
            "GET",
            "/tasks/{id}/external-events",
            True,
            "Title is singular but the docs describe a list of the task\u0027s external events.",
            uuids=(("path", "id", "id"),),
        ),
        "createOrUpdateTaskExternalEvent": _facade.Route(
            "POST",
            "/tasks/{id}/external-events",
            True,
            "Upsert keyed by an optional taskExternalEventID query parameter; PUT on the same path equally plausible.",
            uuids=(
                ("path", "id", "id"),
                ("query", "taskExternalEventID", "task_external_event_id"),
            ),
        ),
        "deleteTaskExternalEvents": _facade.Route(
            "DELETE",
            "/tasks/{id}/external-events",
            True,
            "Bulk delete modelled as DELETE with a JSON array body on the sub-collection; alternative: POST {sub-collection}/delete.",
            uuids=(
                ("path", "id", "id"),
                ("json", "", "ids"),
            ),
        ),
        "getTaskExternalEvent": _facade.Route(
            "GET",
            "/tasks/{id}/external-events/{taskExternalEventID}",
            True,
            uuids=(
                ("path", "id", "id"),
                ("path", "taskExternalEventID", "task_external_event_id"),
            ),
        ),
        "deleteTaskExternalEvent": _facade.Route(
            "DELETE",
            "/tasks/{id}/external-events/{taskExternalEventID}",
            True,
            "The docs name this path parameter \u0027externalEventId\u0027; it shares the path of \u0027Get external event\u0027, whose parameter is \u0027taskExternalEventID\u0027, and one templated path can carry only one name.",
            uuids=(
                ("path", "id", "id"),
                ("path", "taskExternalEventID", "task_external_event_id"),
            ),
        ),
        "getTaskTriggers": _facade.Route("GET", "/tasks/{id}/triggers", False, uuids=(("path", "id", "id"),)),
        "deleteTaskTriggers": _facade.Route(
            "DELETE",
            "/tasks/{id}/triggers",
            True,
            "Bulk delete modelled as DELETE with a JSON array body on the sub-collection; alternative: POST {sub-collection}/delete.",
            uuids=(
                ("path", "id", "id"),
                ("json", "", "ids"),
            ),
        ),
        "getTaskReports": _facade.Route("GET", "/tasks/{id}/reports", False, uuids=(("path", "id", "id"),)),
        "createOrUpdateTaskReport": _facade.Route(
            "POST",
            "/tasks/{id}/reports",
            True,
            "Upsert keyed by an optional taskReportID query parameter; PUT on the same path equally plausible.",
            uuids=(
                ("path", "id", "id"),
                ("query", "taskReportID", "task_report_id"),
            ),
        ),
        "deleteTaskReports": _facade.Route(
            "DELETE",
            "/tasks/{id}/reports",
            True,
            "Bulk delete modelled as DELETE with a JSON array body on the sub-collection; alternative: POST {sub-collection}/delete.",
            uuids=(
                ("path", "id", "id"),
                ("json", "", "ids"),
            ),
        ),
        "getTaskReport": _facade.Route(
            "GET",
            "/tasks/{id}/reports/{taskReportId}",
            False,
            "The docs name this path parameter \u0027taskReportID\u0027; the verified path spells it \u0027taskReportId\u0027.",
            uuids=(
                ("path", "id", "id"),
                ("path", "taskReportId", "task_report_id"),
            ),
        ),
        "runTask": _facade.Route("POST", "/tasks/{id}/run", True, uuids=(("path", "id", "id"),)),
        "getUsers": _facade.Route("GET", "/users", False),
        "addUser": _facade.Route("POST", "/users", True),
        "deleteUsers": _facade.Route(
            "DELETE",
            "/users",
            True,
            "Bulk delete modelled as DELETE with a JSON array body on the collection; alternatives: POST {collection}/delete or DELETE {collection}/bulk.",
            uuids=(("json", "", "ids"),),
        ),
        "getUser": _facade.Route("GET", "/users/{id}", True, uuids=(("path", "id", "id"),)),
        "updateUser": _facade.Route(
            "PUT",
            "/users/{id}",
            True,
            "The body is an action ({type, value}); PATCH is also plausible.",
            uuids=(("path", "id", "id"),),
        ),
        "deleteUser": _facade.Route("DELETE", "/users/{id}", True, uuids=(("path", "id", "id"),)),
        "importUsersFromExcel": _facade.Route(
            "POST",
            "/users/import",
            True,
            "Request body not documented; a multipart upload of the Excel file is assumed. Alternatives: /users/import-excel, /users/excel.",
        ),
        "transferUserContent": _facade.Route(
            "POST",
            "/users/{id}/transfer",
            True,
            "Segment name guessed; alternatives: /users/{id}/transfer-content, PUT instead of POST.",
            uuids=(("path", "id", "id"),),
        ),
        "downloadUsersImportTemplate": _facade.Route(
            "GET",
            "/users/import-template",
            True,
            "File download; segment name guessed (alternatives /users/import/template, /users/template).",
        ),
        "inviteUsers": _facade.Route(
            "POST", "/users/invite", True, "Action segment guessed; alternative /users/invitations."
        ),
    }
)
_NO_OVERRIDES: Mapping[str, str] = MappingProxyType({})


class QalyptusClient(AuthenticatedClient):
    """Qalyptus Cloud, one attribute per resource.

        qalyptus = QalyptusClient.for_tenant("acme", token=...)
        qalyptus = QalyptusClient(base_url="https://acme.qalyptus.net/api/v1", token=..., path_overrides=...)

    Every keyword option of ``AuthenticatedClient`` applies (retries, timeouts, proxies, ...). Errors always
    raise: ``raise_on_error=False`` is refused (use the low-level ``AuthenticatedClient`` for it).

    ``path_overrides`` ({operationId: path template}) moves an operation whose documented path is inferred
    to the path your tenant uses, e.g. ``{"runTask": "/tasks/{id}/execute"}``; an unknown operationId or other
    path parameters raise ValueError.
    """

    _path_overrides: Mapping[str, str] = _NO_OVERRIDES

    def __init__(
        self, base_url: str, *, token: str, path_overrides: Mapping[str, str] | None = None, **options: Any
    ) -> None:
        self._path_overrides = MappingProxyType(_facade.check_overrides(path_overrides, _ROUTES))
        super().__init__(base_url, token=token, **options)

    @classmethod
    def for_testing(cls, **options: Any) -> tuple[QalyptusClient, FakeQalyptus]:
        """A client on a fresh in-process ``FakeQalyptus`` (no server, no network), and the fake.

            client, fake = QalyptusClient.for_testing(max_retries=0)

        ``options`` go to the client as for its constructor; every runtime feature applies. The fake (seeding,
        recorded requests, injected faults) is ``qalyptus_cloud_client.testing.FakeQalyptus``.
        """
        from ..testing import FakeQalyptus

        fake = FakeQalyptus()
        return fake.client(**options), fake

    @property
    def raise_on_error(self) -> bool:
        """Always True: the resource methods raise for every error status."""
        return True

    @raise_on_error.setter
    def raise_on_error(self, value: bool) -> None:
        if not value:
            raise ValueError(
                "QalyptusClient always raises for error statuses; use AuthenticatedClient(raise_on_error=False) for the low-level functions"
            )

    def _caller(self) -> _facade.Caller[Any]:
        return _facade.Caller(
            self,
            send=_runtime.send,
            send_async=_runtime.send_async,
            routes=_ROUTES,
            overrides=self._path_overrides,
            api_error=errors.ApiError,
        )

    @property
    def api_keys(self) -> ApiKeys:
        """Api keys: list, create, delete_many, get, update, delete."""
        return _ApiKeys(self._caller())

    @property
    def conditions(self) -> Conditions:
        """Conditions: list, create, delete_many, duplicate, get, update, delete, get_rules, create_or_update_rule, delete_rules, list_by_project, get_rule, get_permissions, set_permissions, get_member_permissions, set_member_permissions, delete_member_permission, delete_member_permissions, change_owner."""
        return _Conditions(self._caller())

    @property
    def filters(self) -> Filters:
        """Filters: list, create, delete_many, duplicate, get, update, delete, update_variable_values, update_bookmark_values, update_field_values, delete_values, order_values, get_items, get_item, list_by_project, list_by_report, get_permissions, set_permissions, get_member_permissions, set_member_permissions, delete_member_permission, delete_member_permissions, change_owner."""
        return _Filters(self._caller())

    @property
    def groups(self) -> Groups:
        """Groups: list, create, delete_many, get, update, delete, get_members, update_members."""
        return _Groups(self._caller())

    @property
    def identity_providers(self) -> IdentityProviders:
        """Identity providers: list, create, get, update, delete."""
        return _IdentityProviders(self._caller())

    @property
    def licenses(self) -> Licenses:
        """Licenses: list."""
        return _Licenses(self._caller())

    @property
    def organizations(self) -> Organizations:
        """Organizations: list, create, delete_many, get, update, delete, list_for_user, get_projects, get_members, get_resources, get_qlik_apps, get_authentications, update_authentications."""
        return _Organizations(self._caller())

    @property
    def projects(self) -> Projects:
        """Projects: list, create, delete_many, get, update, delete, update_permission_mode, list_by_organization, get_permissions, set_permissions, get_member_permissions, set_member_permissions, delete_member_permission, delete_member_permissions, change_owner."""
        return _Projects(self._caller())

    @property
    def reports(self) -> Reports:
        """Reports: list, create, delete_many, duplicate, get, update, delete, list_by_project, get_iteration_fields, get_dynamic_names, get_html_content, get_permissions, set_permissions, get_member_permissions, set_member_permissions, delete_member_permission, delete_member_permissions, change_owner, get_variables, get_qlik_apps, get_qlik_objects, get_template_items, generate, download, download_stream."""
        return _Reports(self._caller())

    @property
    def status(self) -> Status:
        """Status: list_scheduled_tasks, get_scheduled_task, list_on_demand_requests, get_on_demand_request, run, stop, download_scheduled_task_log, download_scheduled_task_smtp_log, download_on_demand_request_log, download_on_demand_request_smtp_log, delete."""
        return _Status(self._caller())

    @property
    def storage_services(self) -> StorageServices:
        """Storage services: list, delete_many, get, update, delete."""
        return _StorageServices(self._caller())

    @property
    def tasks(self) -> Tasks:
        """Tasks: list, create, delete_many, duplicate, get, update, delete, get_permissions, set_permissions, get_member_permissions, set_member_permissions, delete_member_permission, delete_member_permissions, change_owner, get_email, update_email, get_recipients, update_recipients, delete_recipients, get_schedules, add_or_update_schedule, delete_schedules, get_schedule, list_external_events, add_or_update_external_event, delete_external_events, get_external_event, delete_external_event, get_triggers, delete_triggers, get_reports, add_or_update_report, delete_reports, get_report, run."""
        return _Tasks(self._caller())

    @property
    def users(self) -> Users:
        """Users: list, create, delete_many, get, update, delete, import_from_excel, transfer_content, download_import_template, invite."""
        return _Users(self._caller())


class AsyncQalyptusClient(AuthenticatedClient):
    """Qalyptus Cloud (async: every method is a coroutine, pagers take ``async for``), one attribute per resource.

        qalyptus = AsyncQalyptusClient.for_tenant("acme", token=...)
        qalyptus = AsyncQalyptusClient(base_url="https://acme.qalyptus.net/api/v1", token=..., path_overrides=...)

    Every keyword option of ``AuthenticatedClient`` applies (retries, timeouts, proxies, ...). Errors always
    raise: ``raise_on_error=False`` is refused (use the low-level ``AuthenticatedClient`` for it).

    ``path_overrides`` ({operationId: path template}) moves an operation whose documented path is inferred
    to the path your tenant uses, e.g. ``{"runTask": "/tasks/{id}/execute"}``; an unknown operationId or other
    path parameters raise ValueError.
    """

    _path_overrides: Mapping[str, str] = _NO_OVERRIDES

    def __init__(
        self, base_url: str, *, token: str, path_overrides: Mapping[str, str] | None = None, **options: Any
    ) -> None:
        self._path_overrides = MappingProxyType(_facade.check_overrides(path_overrides, _ROUTES))
        super().__init__(base_url, token=token, **options)

    @classmethod
    def for_testing(cls, **options: Any) -> tuple[AsyncQalyptusClient, FakeQalyptus]:
        """A client on a fresh in-process ``FakeQalyptus`` (no server, no network), and the fake.

            client, fake = AsyncQalyptusClient.for_testing(max_retries=0)

        ``options`` go to the client as for its constructor; every runtime feature applies. The fake (seeding,
        recorded requests, injected faults) is ``qalyptus_cloud_client.testing.FakeQalyptus``.
        """
        from ..testing import FakeQalyptus

        fake = FakeQalyptus()
        return fake.async_client(**options), fake

    @property
    def raise_on_error(self) -> bool:
        """Always True: the resource methods raise for every error status."""
        return True

    @raise_on_error.setter
    def raise_on_error(self, value: bool) -> None:
        if not value:
            raise ValueError(
                "AsyncQalyptusClient always raises for error statuses; use AuthenticatedClient(raise_on_error=False) for the low-level functions"
            )

    def _caller(self) -> _facade.Caller[Any]:
        return _facade.Caller(
            self,
            send=_runtime.send,
            send_async=_runtime.send_async,
            routes=_ROUTES,
            overrides=self._path_overrides,
            api_error=errors.ApiError,
        )

    @property
    def api_keys(self) -> AsyncApiKeys:
        """Api keys: list, create, delete_many, get, update, delete."""
        return _AsyncApiKeys(self._caller())

    @property
    def conditions(self) -> AsyncConditions:
        """Conditions: list, create, delete_many, duplicate, get, update, delete, get_rules, create_or_update_rule, delete_rules, list_by_project, get_rule, get_permissions, set_permissions, get_member_permissions, set_member_permissions, delete_member_permission, delete_member_permissions, change_owner."""
        return _AsyncConditions(self._caller())

    @property
    def filters(self) -> AsyncFilters:
        """Filters: list, create, delete_many, duplicate, get, update, delete, update_variable_values, update_bookmark_values, update_field_values, delete_values, order_values, get_items, get_item, list_by_project, list_by_report, get_permissions, set_permissions, get_member_permissions, set_member_permissions, delete_member_permission, delete_member_permissions, change_owner."""
        return _AsyncFilters(self._caller())

    @property
    def groups(self) -> AsyncGroups:
        """Groups: list, create, delete_many, get, update, delete, get_members, update_members."""
        return _AsyncGroups(self._caller())

    @property
    def identity_providers(self) -> AsyncIdentityProviders:
        """Identity providers: list, create, get, update, delete."""
        return _AsyncIdentityProviders(self._caller())

    @property
    def licenses(self) -> AsyncLicenses:
        """Licenses: list."""
        return _AsyncLicenses(self._caller())

    @property
    def organizations(self) -> AsyncOrganizations:
        """Organizations: list, create, delete_many, get, update, delete, list_for_user, get_projects, get_members, get_resources, get_qlik_apps, get_authentications, update_authentications."""
        return _AsyncOrganizations(self._caller())

    @property
    def projects(self) -> AsyncProjects:
        """Projects: list, create, delete_many, get, update, delete, update_permission_mode, list_by_organization, get_permissions, set_permissions, get_member_permissions, set_member_permissions, delete_member_permission, delete_member_permissions, change_owner."""
        return _AsyncProjects(self._caller())

    @property
    def reports(self) -> AsyncReports:
        """Reports: list, create, delete_many, duplicate, get, update, delete, list_by_project, get_iteration_fields, get_dynamic_names, get_html_content, get_permissions, set_permissions, get_member_permissions, set_member_permissions, delete_member_permission, delete_member_permissions, change_owner, get_variables, get_qlik_apps, get_qlik_objects, get_template_items, generate, download, download_stream."""
        return _AsyncReports(self._caller())

    @property
    def status(self) -> AsyncStatus:
        """Status: list_scheduled_tasks, get_scheduled_task, list_on_demand_requests, get_on_demand_request, run, stop, download_scheduled_task_log, download_scheduled_task_smtp_log, download_on_demand_request_log, download_on_demand_request_smtp_log, delete."""
        return _AsyncStatus(self._caller())

    @property
    def storage_services(self) -> AsyncStorageServices:
        """Storage services: list, delete_many, get, update, delete."""
        return _AsyncStorageServices(self._caller())

    @property
    def tasks(self) -> AsyncTasks:
        """Tasks: list, create, delete_many, duplicate, get, update, delete, get_permissions, set_permissions, get_member_permissions, set_member_permissions, delete_member_permission, delete_member_permissions, change_owner, get_email, update_email, get_recipients, update_recipients, delete_recipients, get_schedules, add_or_update_schedule, delete_schedules, get_schedule, list_external_events, add_or_update_external_event, delete_external_events, get_external_event, delete_external_event, get_triggers, delete_triggers, get_reports, add_or_update_report, delete_reports, get_report, run."""
        return _AsyncTasks(self._caller())

    @property
    def users(self) -> AsyncUsers:
        """Users: list, create, delete_many, get, update, delete, import_from_excel, transfer_content, download_import_template, invite."""
        return _AsyncUsers(self._caller())
