# Generated from specs/qalyptus-cloud.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._inputs import convert, rebuilt
from ..types import UNSET, Unset, UuidCache, cached_uuid

T = TypeVar("T", bound="TaskReportRequest")


def _convert_iteration_options(value: IterationReportDto | Mapping[str, Any] | Unset) -> IterationReportDto | Unset:
    return (
        value if isinstance(value, Unset) else convert(value, IterationReportDto, "TaskReportRequest.iteration_options")
    )


def _convert_filters(
    value: Sequence[ReportFilterDto | Mapping[str, Any]] | None | Unset,
) -> list[ReportFilterDto] | None | Unset:
    return (
        value
        if value is None or isinstance(value, Unset)
        else convert(value, [ReportFilterDto], "TaskReportRequest.filters")
    )


def _convert_conditions(
    value: Sequence[ReportConditionDto | Mapping[str, Any]] | None | Unset,
) -> list[ReportConditionDto] | None | Unset:
    return (
        value
        if value is None or isinstance(value, Unset)
        else convert(value, [ReportConditionDto], "TaskReportRequest.conditions")
    )


def _convert_storage_services(
    value: Sequence[ReportStorageServiceDto | Mapping[str, Any]] | None | Unset,
) -> list[ReportStorageServiceDto] | None | Unset:
    return (
        value
        if value is None or isinstance(value, Unset)
        else convert(value, [ReportStorageServiceDto], "TaskReportRequest.storage_services")
    )


def _convert_hub(value: ReportHubDto | Mapping[str, Any] | Unset) -> ReportHubDto | Unset:
    return value if isinstance(value, Unset) else convert(value, ReportHubDto, "TaskReportRequest.hub")


def _convert_file_storage(value: ReportFileStorageDto | Mapping[str, Any] | Unset) -> ReportFileStorageDto | Unset:
    return value if isinstance(value, Unset) else convert(value, ReportFileStorageDto, "TaskReportRequest.file_storage")


def _convert_separator_options(value: SeparatorOptionsDto | Mapping[str, Any] | Unset) -> SeparatorOptionsDto | Unset:
    return (
        value
        if isinstance(value, Unset)
        else convert(value, SeparatorOptionsDto, "TaskReportRequest.separator_options")
    )


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class TaskReportRequest:
    """The details of a report attached to a task.

    Attributes:
        report_id (UUID):
        format_ (str):
        email_embedment (bool):
        email_attachment (bool):
        file_open_password (None | str | Unset):
        file_write_password (None | str | Unset):
        is_open_file_password_protected (bool | Unset):
        is_write_file_password_protected (bool | Unset):
        iteration_options (IterationReportDto | Unset): Iteration options of a task report. The documentation names this
            type but does not detail its properties.
        filters (list[ReportFilterDto] | None | Unset):
        conditions (list[ReportConditionDto] | None | Unset):
        storage_services (list[ReportStorageServiceDto] | None | Unset):
        hub (ReportHubDto | Unset): Hub publication settings of a task report. The documentation names this type but
            does not detail its properties.
        file_storage (ReportFileStorageDto | Unset): File storage settings of a task report. The documentation names
            this type but does not detail its properties.
        separator_options (SeparatorOptionsDto | Unset): Separator options of a task report. The documentation names
            this type but does not detail its properties.
    """

    report_id: UUID
    format_: str
    email_embedment: bool
    email_attachment: bool
    file_open_password: None | str | Unset = UNSET
    file_write_password: None | str | Unset = UNSET
    is_open_file_password_protected: bool | Unset = UNSET
    is_write_file_password_protected: bool | Unset = UNSET
    iteration_options: IterationReportDto | Unset = _attrs_field(default=UNSET, converter=_convert_iteration_options)
    filters: list[ReportFilterDto] | None | Unset = _attrs_field(default=UNSET, converter=_convert_filters)
    conditions: list[ReportConditionDto] | None | Unset = _attrs_field(default=UNSET, converter=_convert_conditions)
    storage_services: list[ReportStorageServiceDto] | None | Unset = _attrs_field(
        default=UNSET, converter=_convert_storage_services
    )
    hub: ReportHubDto | Unset = _attrs_field(default=UNSET, converter=_convert_hub)
    file_storage: ReportFileStorageDto | Unset = _attrs_field(default=UNSET, converter=_convert_file_storage)
    separator_options: SeparatorOptionsDto | Unset = _attrs_field(default=UNSET, converter=_convert_separator_options)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        report_id = str(self.report_id)

        format_ = self.format_

        email_embedment = self.email_embedment

        email_attachment = self.email_attachment

        file_open_password: None | str | Unset
        if isinstance(self.file_open_password, Unset):
            file_open_password = UNSET
        else:
            file_open_password = self.file_open_password

        file_write_password: None | str | Unset
        if isinstance(self.file_write_password, Unset):
            file_write_password = UNSET
        else:
            file_write_password = self.file_write_password

        is_open_file_password_protected = self.is_open_file_password_protected

        is_write_file_password_protected = self.is_write_file_password_protected

        iteration_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.iteration_options, Unset):
            iteration_options = self.iteration_options.to_dict()

        filters: list[dict[str, Any]] | None | Unset
        if isinstance(self.filters, Unset):
            filters = UNSET
        elif isinstance(self.filters, list):
            filters = []
            for filters_type_0_item_data in self.filters:
                filters_type_0_item = filters_type_0_item_data.to_dict()
                filters.append(filters_type_0_item)

        else:
            filters = self.filters

        conditions: list[dict[str, Any]] | None | Unset
        if isinstance(self.conditions, Unset):
            conditions = UNSET
        elif isinstance(self.conditions, list):
            conditions = []
            for conditions_type_0_item_data in self.conditions:
                conditions_type_0_item = conditions_type_0_item_data.to_dict()
                conditions.append(conditions_type_0_item)

        else:
            conditions = self.conditions

        storage_services: list[dict[str, Any]] | None | Unset
        if isinstance(self.storage_services, Unset):
            storage_services = UNSET
        elif isinstance(self.storage_services, list):
            storage_services = []
            for storage_services_type_0_item_data in self.storage_services:
                storage_services_type_0_item = storage_services_type_0_item_data.to_dict()
                storage_services.append(storage_services_type_0_item)

        else:
            storage_services = self.storage_services

        hub: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hub, Unset):
            hub = self.hub.to_dict()

        file_storage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.file_storage, Unset):
            file_storage = self.file_storage.to_dict()

        separator_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.separator_options, Unset):
            separator_options = self.separator_options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reportID": report_id,
                "format": format_,
                "emailEmbedment": email_embedment,
                "emailAttachment": email_attachment,
            }
        )
        if file_open_password is not UNSET:
            field_dict["fileOpenPassword"] = file_open_password
        if file_write_password is not UNSET:
            field_dict["fileWritePassword"] = file_write_password
        if is_open_file_password_protected is not UNSET:
            field_dict["isOpenFilePasswordProtected"] = is_open_file_password_protected
        if is_write_file_password_protected is not UNSET:
            field_dict["isWriteFilePasswordProtected"] = is_write_file_password_protected
        if iteration_options is not UNSET:
            field_dict["iterationOptions"] = iteration_options
        if filters is not UNSET:
            field_dict["filters"] = filters
        if conditions is not UNSET:
            field_dict["conditions"] = conditions
        if storage_services is not UNSET:
            field_dict["storageServices"] = storage_services
        if hub is not UNSET:
            field_dict["hub"] = hub
        if file_storage is not UNSET:
            field_dict["fileStorage"] = file_storage
        if separator_options is not UNSET:
            field_dict["separatorOptions"] = separator_options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cls._decode(src_dict, {})

    @classmethod
    def _decode(cls: type[T], src_dict: Mapping[str, Any], uuids: UuidCache) -> T:
        """from_dict, with the UUIDs already parsed for this response in uuids."""
        _report_id = src_dict["reportID"]
        report_id = uuids.get(_report_id) or cached_uuid(uuids, _report_id)

        format_ = src_dict["format"]

        email_embedment = src_dict["emailEmbedment"]

        email_attachment = src_dict["emailAttachment"]

        file_open_password = src_dict.get("fileOpenPassword", UNSET)

        file_write_password = src_dict.get("fileWritePassword", UNSET)

        is_open_file_password_protected = src_dict.get("isOpenFilePasswordProtected", UNSET)

        is_write_file_password_protected = src_dict.get("isWriteFilePasswordProtected", UNSET)

        _iteration_options = src_dict.get("iterationOptions", UNSET)
        iteration_options: IterationReportDto | Unset = (
            UNSET if _iteration_options is UNSET else IterationReportDto._decode(_iteration_options, uuids)
        )

        _filters = src_dict.get("filters", UNSET)
        filters: list[ReportFilterDto] | None | Unset = (
            UNSET
            if _filters is UNSET
            else (None if _filters is None else [ReportFilterDto._decode(item, uuids) for item in _filters])
        )

        _conditions = src_dict.get("conditions", UNSET)
        conditions: list[ReportConditionDto] | None | Unset = (
            UNSET
            if _conditions is UNSET
            else (None if _conditions is None else [ReportConditionDto._decode(item, uuids) for item in _conditions])
        )

        _storage_services = src_dict.get("storageServices", UNSET)
        storage_services: list[ReportStorageServiceDto] | None | Unset = (
            UNSET
            if _storage_services is UNSET
            else (
                None
                if _storage_services is None
                else [ReportStorageServiceDto._decode(item, uuids) for item in _storage_services]
            )
        )

        _hub = src_dict.get("hub", UNSET)
        hub: ReportHubDto | Unset = UNSET if _hub is UNSET else ReportHubDto._decode(_hub, uuids)

        _file_storage = src_dict.get("fileStorage", UNSET)
        file_storage: ReportFileStorageDto | Unset = (
            UNSET if _file_storage is UNSET else ReportFileStorageDto._decode(_file_storage, uuids)
        )

        _separator_options = src_dict.get("separatorOptions", UNSET)
        separator_options: SeparatorOptionsDto | Unset = (
            UNSET if _separator_options is UNSET else SeparatorOptionsDto._decode(_separator_options, uuids)
        )

        task_report_request = cls.__new__(cls)
        task_report_request.report_id = report_id
        task_report_request.format_ = format_
        task_report_request.email_embedment = email_embedment
        task_report_request.email_attachment = email_attachment
        task_report_request.file_open_password = file_open_password
        task_report_request.file_write_password = file_write_password
        task_report_request.is_open_file_password_protected = is_open_file_password_protected
        task_report_request.is_write_file_password_protected = is_write_file_password_protected
        task_report_request.iteration_options = iteration_options
        task_report_request.filters = filters
        task_report_request.conditions = conditions
        task_report_request.storage_services = storage_services
        task_report_request.hub = hub
        task_report_request.file_storage = file_storage
        task_report_request.separator_options = separator_options
        if _DOCUMENTED_KEYS.issuperset(src_dict):
            task_report_request.additional_properties = {}
        else:
            extras = dict(src_dict)
            for key in _DOCUMENTED_KEYS:
                extras.pop(key, None)
            task_report_request.additional_properties = extras

        if cls is not TaskReportRequest:  # a subclass: through its own __init__ (its fields' defaults, its hooks)
            return rebuilt(cls, task_report_request, TaskReportRequest)
        return task_report_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_DOCUMENTED_KEYS = frozenset(
    {
        "reportID",
        "format",
        "emailEmbedment",
        "emailAttachment",
        "fileOpenPassword",
        "fileWritePassword",
        "isOpenFilePasswordProtected",
        "isWriteFilePasswordProtected",
        "iterationOptions",
        "filters",
        "conditions",
        "storageServices",
        "hub",
        "fileStorage",
        "separatorOptions",
    }
)


_SECRET_ATTRIBUTES = frozenset({"file_open_password", "file_write_password"})


def _repr_without_secrets(self: TaskReportRequest) -> str:
    """attrs' repr, with credential fields shown as <redacted> when set."""
    from attrs import fields as _attrs_fields

    parts = []
    for attribute in _attrs_fields(type(self)):
        value = getattr(self, attribute.name)
        shown = "<redacted>" if attribute.name in _SECRET_ATTRIBUTES and not isinstance(value, Unset) else repr(value)
        parts.append(f"{attribute.name}={shown}")
    return f"{type(self).__name__}({', '.join(parts)})"


setattr(TaskReportRequest, "__repr__", _repr_without_secrets)


# Models referring to each other import here, after the class exists, so that import cycles resolve.
from ..models.iteration_report_dto import IterationReportDto  # noqa: E402
from ..models.report_condition_dto import ReportConditionDto  # noqa: E402
from ..models.report_file_storage_dto import ReportFileStorageDto  # noqa: E402
from ..models.report_filter_dto import ReportFilterDto  # noqa: E402
from ..models.report_hub_dto import ReportHubDto  # noqa: E402
from ..models.report_storage_service_dto import ReportStorageServiceDto  # noqa: E402
from ..models.separator_options_dto import SeparatorOptionsDto  # noqa: E402
