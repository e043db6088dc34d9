# Generated from specs/qalyptus-cloud.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
"""Contains all the data models used in inputs/outputs"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .add_user_request import AddUserRequest
    from .api_response import ApiResponse
    from .condition_rule_request import ConditionRuleRequest
    from .condition_rule_value_request_dto import ConditionRuleValueRequestDto
    from .create_api_key_request import CreateApiKeyRequest
    from .create_group_request import CreateGroupRequest
    from .create_identity_provider_request import CreateIdentityProviderRequest
    from .create_organization_request import CreateOrganizationRequest
    from .create_report_request import CreateReportRequest
    from .duplicate_request import DuplicateRequest
    from .dynamic_name_request_dto import DynamicNameRequestDto
    from .field_selection_dto import FieldSelectionDto
    from .filter_bookmark_value_request import FilterBookmarkValueRequest
    from .filter_field_value_request import FilterFieldValueRequest
    from .filter_variable_value_request import FilterVariableValueRequest
    from .generate_report_request import GenerateReportRequest
    from .import_users_request import ImportUsersRequest
    from .invite_users_request import InviteUsersRequest
    from .iteration_field_request_dto import IterationFieldRequestDto
    from .iteration_report_dto import IterationReportDto
    from .member_request_dto import MemberRequestDto
    from .name_description_request import NameDescriptionRequest
    from .order_filter_values_request import OrderFilterValuesRequest
    from .organization_role_dto import OrganizationRoleDto
    from .permission_dto import PermissionDto
    from .project_item_request import ProjectItemRequest
    from .report_condition_dto import ReportConditionDto
    from .report_file_storage_dto import ReportFileStorageDto
    from .report_filter_dto import ReportFilterDto
    from .report_hub_dto import ReportHubDto
    from .report_storage_service_dto import ReportStorageServiceDto
    from .separator_options_dto import SeparatorOptionsDto
    from .set_permissions_request import SetPermissionsRequest
    from .task_external_event_request import TaskExternalEventRequest
    from .task_recipient_request import TaskRecipientRequest
    from .task_report_request import TaskReportRequest
    from .task_schedule_request import TaskScheduleRequest
    from .template_item_node import TemplateItemNode
    from .template_item_object import TemplateItemObject
    from .template_items import TemplateItems
    from .template_items_response import TemplateItemsResponse
    from .transfer_user_request import TransferUserRequest
    from .update_identity_provider_request import UpdateIdentityProviderRequest
    from .update_organization_authentications_request import UpdateOrganizationAuthenticationsRequest
    from .update_organization_request import UpdateOrganizationRequest
    from .update_report_request import UpdateReportRequest
    from .update_storage_service_request import UpdateStorageServiceRequest
    from .update_task_email_request import UpdateTaskEmailRequest
    from .update_task_request import UpdateTaskRequest
    from .update_user_request import UpdateUserRequest

_MODULE_OF = {
    "AddUserRequest": ".add_user_request",
    "ApiResponse": ".api_response",
    "ConditionRuleRequest": ".condition_rule_request",
    "ConditionRuleValueRequestDto": ".condition_rule_value_request_dto",
    "CreateApiKeyRequest": ".create_api_key_request",
    "CreateGroupRequest": ".create_group_request",
    "CreateIdentityProviderRequest": ".create_identity_provider_request",
    "CreateOrganizationRequest": ".create_organization_request",
    "CreateReportRequest": ".create_report_request",
    "DuplicateRequest": ".duplicate_request",
    "DynamicNameRequestDto": ".dynamic_name_request_dto",
    "FieldSelectionDto": ".field_selection_dto",
    "FilterBookmarkValueRequest": ".filter_bookmark_value_request",
    "FilterFieldValueRequest": ".filter_field_value_request",
    "FilterVariableValueRequest": ".filter_variable_value_request",
    "GenerateReportRequest": ".generate_report_request",
    "ImportUsersRequest": ".import_users_request",
    "InviteUsersRequest": ".invite_users_request",
    "IterationFieldRequestDto": ".iteration_field_request_dto",
    "IterationReportDto": ".iteration_report_dto",
    "MemberRequestDto": ".member_request_dto",
    "NameDescriptionRequest": ".name_description_request",
    "OrderFilterValuesRequest": ".order_filter_values_request",
    "OrganizationRoleDto": ".organization_role_dto",
    "PermissionDto": ".permission_dto",
    "ProjectItemRequest": ".project_item_request",
    "ReportConditionDto": ".report_condition_dto",
    "ReportFileStorageDto": ".report_file_storage_dto",
    "ReportFilterDto": ".report_filter_dto",
    "ReportHubDto": ".report_hub_dto",
    "ReportStorageServiceDto": ".report_storage_service_dto",
    "SeparatorOptionsDto": ".separator_options_dto",
    "SetPermissionsRequest": ".set_permissions_request",
    "TaskExternalEventRequest": ".task_external_event_request",
    "TaskRecipientRequest": ".task_recipient_request",
    "TaskReportRequest": ".task_report_request",
    "TaskScheduleRequest": ".task_schedule_request",
    "TemplateItemNode": ".template_item_node",
    "TemplateItemObject": ".template_item_object",
    "TemplateItems": ".template_items",
    "TemplateItemsResponse": ".template_items_response",
    "TransferUserRequest": ".transfer_user_request",
    "UpdateIdentityProviderRequest": ".update_identity_provider_request",
    "UpdateOrganizationAuthenticationsRequest": ".update_organization_authentications_request",
    "UpdateOrganizationRequest": ".update_organization_request",
    "UpdateReportRequest": ".update_report_request",
    "UpdateStorageServiceRequest": ".update_storage_service_request",
    "UpdateTaskEmailRequest": ".update_task_email_request",
    "UpdateTaskRequest": ".update_task_request",
    "UpdateUserRequest": ".update_user_request",
}

__all__ = (
    "AddUserRequest",
    "ApiResponse",
    "ConditionRuleRequest",
    "ConditionRuleValueRequestDto",
    "CreateApiKeyRequest",
    "CreateGroupRequest",
    "CreateIdentityProviderRequest",
    "CreateOrganizationRequest",
    "CreateReportRequest",
    "DuplicateRequest",
    "DynamicNameRequestDto",
    "FieldSelectionDto",
    "FilterBookmarkValueRequest",
    "FilterFieldValueRequest",
    "FilterVariableValueRequest",
    "GenerateReportRequest",
    "ImportUsersRequest",
    "InviteUsersRequest",
    "IterationFieldRequestDto",
    "IterationReportDto",
    "MemberRequestDto",
    "NameDescriptionRequest",
    "OrderFilterValuesRequest",
    "OrganizationRoleDto",
    "PermissionDto",
    "ProjectItemRequest",
    "ReportConditionDto",
    "ReportFileStorageDto",
    "ReportFilterDto",
    "ReportHubDto",
    "ReportStorageServiceDto",
    "SeparatorOptionsDto",
    "SetPermissionsRequest",
    "TaskExternalEventRequest",
    "TaskRecipientRequest",
    "TaskReportRequest",
    "TaskScheduleRequest",
    "TemplateItemNode",
    "TemplateItemObject",
    "TemplateItems",
    "TemplateItemsResponse",
    "TransferUserRequest",
    "UpdateIdentityProviderRequest",
    "UpdateOrganizationAuthenticationsRequest",
    "UpdateOrganizationRequest",
    "UpdateReportRequest",
    "UpdateStorageServiceRequest",
    "UpdateTaskEmailRequest",
    "UpdateTaskRequest",
    "UpdateUserRequest",
)

if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        module = _MODULE_OF.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted(set(globals()) | set(__all__))
