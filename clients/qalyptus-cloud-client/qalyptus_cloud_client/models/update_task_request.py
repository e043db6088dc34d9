# Generated from specs/qalyptus-cloud.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._inputs import rebuilt
from ..types import UNSET, Unset, UuidCache

T = TypeVar("T", bound="UpdateTaskRequest")


@_attrs_define
class UpdateTaskRequest:
    """Updated task information.

    Attributes:
        name (str):
        is_active (bool):
        send_notifications (bool):
        description (None | str | Unset):
        notify_if_error (bool | None | Unset):
        notify_if_warning (bool | None | Unset):
        notify_if_success (bool | None | Unset):
        notification_recipients (None | str | Unset):
        notification_cc (None | str | Unset):
        notification_bcc (None | str | Unset):
        test_mode (bool | Unset):
        test_mode_recipients (None | str | Unset):
    """

    name: str
    is_active: bool
    send_notifications: bool
    description: None | str | Unset = UNSET
    notify_if_error: bool | None | Unset = UNSET
    notify_if_warning: bool | None | Unset = UNSET
    notify_if_success: bool | None | Unset = UNSET
    notification_recipients: None | str | Unset = UNSET
    notification_cc: None | str | Unset = UNSET
    notification_bcc: None | str | Unset = UNSET
    test_mode: bool | Unset = UNSET
    test_mode_recipients: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        is_active = self.is_active

        send_notifications = self.send_notifications

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        notify_if_error: bool | None | Unset
        if isinstance(self.notify_if_error, Unset):
            notify_if_error = UNSET
        else:
            notify_if_error = self.notify_if_error

        notify_if_warning: bool | None | Unset
        if isinstance(self.notify_if_warning, Unset):
            notify_if_warning = UNSET
        else:
            notify_if_warning = self.notify_if_warning

        notify_if_success: bool | None | Unset
        if isinstance(self.notify_if_success, Unset):
            notify_if_success = UNSET
        else:
            notify_if_success = self.notify_if_success

        notification_recipients: None | str | Unset
        if isinstance(self.notification_recipients, Unset):
            notification_recipients = UNSET
        else:
            notification_recipients = self.notification_recipients

        notification_cc: None | str | Unset
        if isinstance(self.notification_cc, Unset):
            notification_cc = UNSET
        else:
            notification_cc = self.notification_cc

        notification_bcc: None | str | Unset
        if isinstance(self.notification_bcc, Unset):
            notification_bcc = UNSET
        else:
            notification_bcc = self.notification_bcc

        test_mode = self.test_mode

        test_mode_recipients: None | str | Unset
        if isinstance(self.test_mode_recipients, Unset):
            test_mode_recipients = UNSET
        else:
            test_mode_recipients = self.test_mode_recipients

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "isActive": is_active,
                "sendNotifications": send_notifications,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if notify_if_error is not UNSET:
            field_dict["notifyIfError"] = notify_if_error
        if notify_if_warning is not UNSET:
            field_dict["notifyIfWarning"] = notify_if_warning
        if notify_if_success is not UNSET:
            field_dict["notifyIfSuccess"] = notify_if_success
        if notification_recipients is not UNSET:
            field_dict["notificationRecipients"] = notification_recipients
        if notification_cc is not UNSET:
            field_dict["notificationCc"] = notification_cc
        if notification_bcc is not UNSET:
            field_dict["notificationBcc"] = notification_bcc
        if test_mode is not UNSET:
            field_dict["testMode"] = test_mode
        if test_mode_recipients is not UNSET:
            field_dict["testModeRecipients"] = test_mode_recipients

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cls._decode(src_dict, {})

    @classmethod
    def _decode(cls: type[T], src_dict: Mapping[str, Any], uuids: UuidCache) -> T:
        """from_dict, with the UUIDs already parsed for this response in uuids."""
        name = src_dict["name"]

        is_active = src_dict["isActive"]

        send_notifications = src_dict["sendNotifications"]

        description = src_dict.get("description", UNSET)

        notify_if_error = src_dict.get("notifyIfError", UNSET)

        notify_if_warning = src_dict.get("notifyIfWarning", UNSET)

        notify_if_success = src_dict.get("notifyIfSuccess", UNSET)

        notification_recipients = src_dict.get("notificationRecipients", UNSET)

        notification_cc = src_dict.get("notificationCc", UNSET)

        notification_bcc = src_dict.get("notificationBcc", UNSET)

        test_mode = src_dict.get("testMode", UNSET)

        test_mode_recipients = src_dict.get("testModeRecipients", UNSET)

        update_task_request = cls.__new__(cls)
        update_task_request.name = name
        update_task_request.is_active = is_active
        update_task_request.send_notifications = send_notifications
        update_task_request.description = description
        update_task_request.notify_if_error = notify_if_error
        update_task_request.notify_if_warning = notify_if_warning
        update_task_request.notify_if_success = notify_if_success
        update_task_request.notification_recipients = notification_recipients
        update_task_request.notification_cc = notification_cc
        update_task_request.notification_bcc = notification_bcc
        update_task_request.test_mode = test_mode
        update_task_request.test_mode_recipients = test_mode_recipients
        if _DOCUMENTED_KEYS.issuperset(src_dict):
            update_task_request.additional_properties = {}
        else:
            extras = dict(src_dict)
            for key in _DOCUMENTED_KEYS:
                extras.pop(key, None)
            update_task_request.additional_properties = extras

        if cls is not UpdateTaskRequest:  # a subclass: through its own __init__ (its fields' defaults, its hooks)
            return rebuilt(cls, update_task_request, UpdateTaskRequest)
        return update_task_request

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
        "name",
        "isActive",
        "sendNotifications",
        "description",
        "notifyIfError",
        "notifyIfWarning",
        "notifyIfSuccess",
        "notificationRecipients",
        "notificationCc",
        "notificationBcc",
        "testMode",
        "testModeRecipients",
    }
)
