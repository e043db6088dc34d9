# Generated from specs/qalyptus-cloud.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._inputs import rebuilt
from ..types import UNSET, Unset, UuidCache

T = TypeVar("T", bound="PermissionDto")


@_attrs_define
class PermissionDto:
    """A set of permission flags; each flag grants or denies the corresponding right.

    Attributes:
        view_project (bool | Unset):
        view_report (bool | Unset):
        create_report (bool | Unset):
        use_report (bool | Unset):
        edit_report (bool | Unset):
        subscribe_report (bool | Unset):
        run_report (bool | Unset):
        delete_report (bool | Unset):
        set_permissions_report (bool | Unset):
        duplicate_report (bool | Unset):
        move_report (bool | Unset):
        view_filter (bool | Unset):
        create_filter (bool | Unset):
        use_filter (bool | Unset):
        edit_filter (bool | Unset):
        delete_filter (bool | Unset):
        duplicate_filter (bool | Unset):
        move_filter (bool | Unset):
        set_permissions_filter (bool | Unset):
        view_condition (bool | Unset):
        create_condition (bool | Unset):
        use_condition (bool | Unset):
        edit_condition (bool | Unset):
        delete_condition (bool | Unset):
        set_permissions_condition (bool | Unset):
        duplicate_condition (bool | Unset):
        move_condition (bool | Unset):
        view_task (bool | Unset):
        create_task (bool | Unset):
        edit_task (bool | Unset):
        run_task (bool | Unset):
        delete_task (bool | Unset):
        set_permissions_task (bool | Unset):
        duplicate_task (bool | Unset):
        move_task (bool | Unset):
        view_folder_content (bool | Unset):
        create_folder_content (bool | Unset):
        edit_folder_content (bool | Unset):
        download_folder_content (bool | Unset):
        delete_folder_content (bool | Unset):
        duplicate_folder_content (bool | Unset):
        move_folder_content (bool | Unset):
    """

    view_project: bool | Unset = UNSET
    view_report: bool | Unset = UNSET
    create_report: bool | Unset = UNSET
    use_report: bool | Unset = UNSET
    edit_report: bool | Unset = UNSET
    subscribe_report: bool | Unset = UNSET
    run_report: bool | Unset = UNSET
    delete_report: bool | Unset = UNSET
    set_permissions_report: bool | Unset = UNSET
    duplicate_report: bool | Unset = UNSET
    move_report: bool | Unset = UNSET
    view_filter: bool | Unset = UNSET
    create_filter: bool | Unset = UNSET
    use_filter: bool | Unset = UNSET
    edit_filter: bool | Unset = UNSET
    delete_filter: bool | Unset = UNSET
    duplicate_filter: bool | Unset = UNSET
    move_filter: bool | Unset = UNSET
    set_permissions_filter: bool | Unset = UNSET
    view_condition: bool | Unset = UNSET
    create_condition: bool | Unset = UNSET
    use_condition: bool | Unset = UNSET
    edit_condition: bool | Unset = UNSET
    delete_condition: bool | Unset = UNSET
    set_permissions_condition: bool | Unset = UNSET
    duplicate_condition: bool | Unset = UNSET
    move_condition: bool | Unset = UNSET
    view_task: bool | Unset = UNSET
    create_task: bool | Unset = UNSET
    edit_task: bool | Unset = UNSET
    run_task: bool | Unset = UNSET
    delete_task: bool | Unset = UNSET
    set_permissions_task: bool | Unset = UNSET
    duplicate_task: bool | Unset = UNSET
    move_task: bool | Unset = UNSET
    view_folder_content: bool | Unset = UNSET
    create_folder_content: bool | Unset = UNSET
    edit_folder_content: bool | Unset = UNSET
    download_folder_content: bool | Unset = UNSET
    delete_folder_content: bool | Unset = UNSET
    duplicate_folder_content: bool | Unset = UNSET
    move_folder_content: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        view_project = self.view_project

        view_report = self.view_report

        create_report = self.create_report

        use_report = self.use_report

        edit_report = self.edit_report

        subscribe_report = self.subscribe_report

        run_report = self.run_report

        delete_report = self.delete_report

        set_permissions_report = self.set_permissions_report

        duplicate_report = self.duplicate_report

        move_report = self.move_report

        view_filter = self.view_filter

        create_filter = self.create_filter

        use_filter = self.use_filter

        edit_filter = self.edit_filter

        delete_filter = self.delete_filter

        duplicate_filter = self.duplicate_filter

        move_filter = self.move_filter

        set_permissions_filter = self.set_permissions_filter

        view_condition = self.view_condition

        create_condition = self.create_condition

        use_condition = self.use_condition

        edit_condition = self.edit_condition

        delete_condition = self.delete_condition

        set_permissions_condition = self.set_permissions_condition

        duplicate_condition = self.duplicate_condition

        move_condition = self.move_condition

        view_task = self.view_task

        create_task = self.create_task

        edit_task = self.edit_task

        run_task = self.run_task

        delete_task = self.delete_task

        set_permissions_task = self.set_permissions_task

        duplicate_task = self.duplicate_task

        move_task = self.move_task

        view_folder_content = self.view_folder_content

        create_folder_content = self.create_folder_content

        edit_folder_content = self.edit_folder_content

        download_folder_content = self.download_folder_content

        delete_folder_content = self.delete_folder_content

        duplicate_folder_content = self.duplicate_folder_content

        move_folder_content = self.move_folder_content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if view_project is not UNSET:
            field_dict["viewProject"] = view_project
        if view_report is not UNSET:
            field_dict["viewReport"] = view_report
        if create_report is not UNSET:
            field_dict["createReport"] = create_report
        if use_report is not UNSET:
            field_dict["useReport"] = use_report
        if edit_report is not UNSET:
            field_dict["editReport"] = edit_report
        if subscribe_report is not UNSET:
            field_dict["subscribeReport"] = subscribe_report
        if run_report is not UNSET:
            field_dict["runReport"] = run_report
        if delete_report is not UNSET:
            field_dict["deleteReport"] = delete_report
        if set_permissions_report is not UNSET:
            field_dict["setPermissionsReport"] = set_permissions_report
        if duplicate_report is not UNSET:
            field_dict["duplicateReport"] = duplicate_report
        if move_report is not UNSET:
            field_dict["moveReport"] = move_report
        if view_filter is not UNSET:
            field_dict["viewFilter"] = view_filter
        if create_filter is not UNSET:
            field_dict["createFilter"] = create_filter
        if use_filter is not UNSET:
            field_dict["useFilter"] = use_filter
        if edit_filter is not UNSET:
            field_dict["editFilter"] = edit_filter
        if delete_filter is not UNSET:
            field_dict["deleteFilter"] = delete_filter
        if duplicate_filter is not UNSET:
            field_dict["duplicateFilter"] = duplicate_filter
        if move_filter is not UNSET:
            field_dict["moveFilter"] = move_filter
        if set_permissions_filter is not UNSET:
            field_dict["setPermissionsFilter"] = set_permissions_filter
        if view_condition is not UNSET:
            field_dict["viewCondition"] = view_condition
        if create_condition is not UNSET:
            field_dict["createCondition"] = create_condition
        if use_condition is not UNSET:
            field_dict["useCondition"] = use_condition
        if edit_condition is not UNSET:
            field_dict["editCondition"] = edit_condition
        if delete_condition is not UNSET:
            field_dict["deleteCondition"] = delete_condition
        if set_permissions_condition is not UNSET:
            field_dict["setPermissionsCondition"] = set_permissions_condition
        if duplicate_condition is not UNSET:
            field_dict["duplicateCondition"] = duplicate_condition
        if move_condition is not UNSET:
            field_dict["moveCondition"] = move_condition
        if view_task is not UNSET:
            field_dict["viewTask"] = view_task
        if create_task is not UNSET:
            field_dict["createTask"] = create_task
        if edit_task is not UNSET:
            field_dict["editTask"] = edit_task
        if run_task is not UNSET:
            field_dict["runTask"] = run_task
        if delete_task is not UNSET:
            field_dict["deleteTask"] = delete_task
        if set_permissions_task is not UNSET:
            field_dict["setPermissionsTask"] = set_permissions_task
        if duplicate_task is not UNSET:
            field_dict["duplicateTask"] = duplicate_task
        if move_task is not UNSET:
            field_dict["moveTask"] = move_task
        if view_folder_content is not UNSET:
            field_dict["viewFolderContent"] = view_folder_content
        if create_folder_content is not UNSET:
            field_dict["createFolderContent"] = create_folder_content
        if edit_folder_content is not UNSET:
            field_dict["editFolderContent"] = edit_folder_content
        if download_folder_content is not UNSET:
            field_dict["downloadFolderContent"] = download_folder_content
        if delete_folder_content is not UNSET:
            field_dict["deleteFolderContent"] = delete_folder_content
        if duplicate_folder_content is not UNSET:
            field_dict["duplicateFolderContent"] = duplicate_folder_content
        if move_folder_content is not UNSET:
            field_dict["moveFolderContent"] = move_folder_content

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cls._decode(src_dict, {})

    @classmethod
    def _decode(cls: type[T], src_dict: Mapping[str, Any], uuids: UuidCache) -> T:
        """from_dict, with the UUIDs already parsed for this response in uuids."""
        view_project = src_dict.get("viewProject", UNSET)

        view_report = src_dict.get("viewReport", UNSET)

        create_report = src_dict.get("createReport", UNSET)

        use_report = src_dict.get("useReport", UNSET)

        edit_report = src_dict.get("editReport", UNSET)

        subscribe_report = src_dict.get("subscribeReport", UNSET)

        run_report = src_dict.get("runReport", UNSET)

        delete_report = src_dict.get("deleteReport", UNSET)

        set_permissions_report = src_dict.get("setPermissionsReport", UNSET)

        duplicate_report = src_dict.get("duplicateReport", UNSET)

        move_report = src_dict.get("moveReport", UNSET)

        view_filter = src_dict.get("viewFilter", UNSET)

        create_filter = src_dict.get("createFilter", UNSET)

        use_filter = src_dict.get("useFilter", UNSET)

        edit_filter = src_dict.get("editFilter", UNSET)

        delete_filter = src_dict.get("deleteFilter", UNSET)

        duplicate_filter = src_dict.get("duplicateFilter", UNSET)

        move_filter = src_dict.get("moveFilter", UNSET)

        set_permissions_filter = src_dict.get("setPermissionsFilter", UNSET)

        view_condition = src_dict.get("viewCondition", UNSET)

        create_condition = src_dict.get("createCondition", UNSET)

        use_condition = src_dict.get("useCondition", UNSET)

        edit_condition = src_dict.get("editCondition", UNSET)

        delete_condition = src_dict.get("deleteCondition", UNSET)

        set_permissions_condition = src_dict.get("setPermissionsCondition", UNSET)

        duplicate_condition = src_dict.get("duplicateCondition", UNSET)

        move_condition = src_dict.get("moveCondition", UNSET)

        view_task = src_dict.get("viewTask", UNSET)

        create_task = src_dict.get("createTask", UNSET)

        edit_task = src_dict.get("editTask", UNSET)

        run_task = src_dict.get("runTask", UNSET)

        delete_task = src_dict.get("deleteTask", UNSET)

        set_permissions_task = src_dict.get("setPermissionsTask", UNSET)

        duplicate_task = src_dict.get("duplicateTask", UNSET)

        move_task = src_dict.get("moveTask", UNSET)

        view_folder_content = src_dict.get("viewFolderContent", UNSET)

        create_folder_content = src_dict.get("createFolderContent", UNSET)

        edit_folder_content = src_dict.get("editFolderContent", UNSET)

        download_folder_content = src_dict.get("downloadFolderContent", UNSET)

        delete_folder_content = src_dict.get("deleteFolderContent", UNSET)

        duplicate_folder_content = src_dict.get("duplicateFolderContent", UNSET)

        move_folder_content = src_dict.get("moveFolderContent", UNSET)

        permission_dto = cls.__new__(cls)
        permission_dto.view_project = view_project
        permission_dto.view_report = view_report
        permission_dto.create_report = create_report
        permission_dto.use_report = use_report
        permission_dto.edit_report = edit_report
        permission_dto.subscribe_report = subscribe_report
        permission_dto.run_report = run_report
        permission_dto.delete_report = delete_report
        permission_dto.set_permissions_report = set_permissions_report
        permission_dto.duplicate_report = duplicate_report
        permission_dto.move_report = move_report
        permission_dto.view_filter = view_filter
        permission_dto.create_filter = create_filter
        permission_dto.use_filter = use_filter
        permission_dto.edit_filter = edit_filter
        permission_dto.delete_filter = delete_filter
        permission_dto.duplicate_filter = duplicate_filter
        permission_dto.move_filter = move_filter
        permission_dto.set_permissions_filter = set_permissions_filter
        permission_dto.view_condition = view_condition
        permission_dto.create_condition = create_condition
        permission_dto.use_condition = use_condition
        permission_dto.edit_condition = edit_condition
        permission_dto.delete_condition = delete_condition
        permission_dto.set_permissions_condition = set_permissions_condition
        permission_dto.duplicate_condition = duplicate_condition
        permission_dto.move_condition = move_condition
        permission_dto.view_task = view_task
        permission_dto.create_task = create_task
        permission_dto.edit_task = edit_task
        permission_dto.run_task = run_task
        permission_dto.delete_task = delete_task
        permission_dto.set_permissions_task = set_permissions_task
        permission_dto.duplicate_task = duplicate_task
        permission_dto.move_task = move_task
        permission_dto.view_folder_content = view_folder_content
        permission_dto.create_folder_content = create_folder_content
        permission_dto.edit_folder_content = edit_folder_content
        permission_dto.download_folder_content = download_folder_content
        permission_dto.delete_folder_content = delete_folder_content
        permission_dto.duplicate_folder_content = duplicate_folder_content
        permission_dto.move_folder_content = move_folder_content
        if _DOCUMENTED_KEYS.issuperset(src_dict):
            permission_dto.additional_properties = {}
        else:
            extras = dict(src_dict)
            for key in _DOCUMENTED_KEYS:
                extras.pop(key, None)
            permission_dto.additional_properties = extras

        if cls is not PermissionDto:  # a subclass: through its own __init__ (its fields' defaults, its hooks)
            return rebuilt(cls, permission_dto, PermissionDto)
        return permission_dto

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
        "viewProject",
        "viewReport",
        "createReport",
        "useReport",
        "editReport",
        "subscribeReport",
        "runReport",
        "deleteReport",
        "setPermissionsReport",
        "duplicateReport",
        "moveReport",
        "viewFilter",
        "createFilter",
        "useFilter",
        "editFilter",
        "deleteFilter",
        "duplicateFilter",
        "moveFilter",
        "setPermissionsFilter",
        "viewCondition",
        "createCondition",
        "useCondition",
        "editCondition",
        "deleteCondition",
        "setPermissionsCondition",
        "duplicateCondition",
        "moveCondition",
        "viewTask",
        "createTask",
        "editTask",
        "runTask",
        "deleteTask",
        "setPermissionsTask",
        "duplicateTask",
        "moveTask",
        "viewFolderContent",
        "createFolderContent",
        "editFolderContent",
        "downloadFolderContent",
        "deleteFolderContent",
        "duplicateFolderContent",
        "moveFolderContent",
    }
)
