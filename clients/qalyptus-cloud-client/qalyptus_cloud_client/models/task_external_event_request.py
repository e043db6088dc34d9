# Generated from specs/qalyptus-cloud.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._inputs import rebuilt
from ..types import UNSET, Unset, UuidCache

T = TypeVar("T", bound="TaskExternalEventRequest")


@_attrs_define
class TaskExternalEventRequest:
    """Information about an external event of a task.

    Attributes:
        name (str):
        execution (str):
        priority (int):
        qlik_event (str):
        description (None | str | Unset):
        app_id (None | str | Unset):
        start_date (datetime.datetime | Unset):
        end_date (datetime.datetime | Unset):
        time_zone (None | str | Unset):
    """

    name: str
    execution: str
    priority: int
    qlik_event: str
    description: None | str | Unset = UNSET
    app_id: None | str | Unset = UNSET
    start_date: datetime.datetime | Unset = UNSET
    end_date: datetime.datetime | Unset = UNSET
    time_zone: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        execution = self.execution

        priority = self.priority

        qlik_event = self.qlik_event

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        app_id: None | str | Unset
        if isinstance(self.app_id, Unset):
            app_id = UNSET
        else:
            app_id = self.app_id

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()

        end_date: str | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.isoformat()

        time_zone: None | str | Unset
        if isinstance(self.time_zone, Unset):
            time_zone = UNSET
        else:
            time_zone = self.time_zone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "execution": execution,
                "priority": priority,
                "qlikEvent": qlik_event,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if app_id is not UNSET:
            field_dict["appID"] = app_id
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if time_zone is not UNSET:
            field_dict["timeZone"] = time_zone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cls._decode(src_dict, {})

    @classmethod
    def _decode(cls: type[T], src_dict: Mapping[str, Any], uuids: UuidCache) -> T:
        """from_dict, with the UUIDs already parsed for this response in uuids."""
        name = src_dict["name"]

        execution = src_dict["execution"]

        priority = src_dict["priority"]

        qlik_event = src_dict["qlikEvent"]

        description = src_dict.get("description", UNSET)

        app_id = src_dict.get("appID", UNSET)

        _start_date = src_dict.get("startDate", UNSET)
        start_date: datetime.datetime | Unset = (
            UNSET if _start_date is UNSET else datetime.datetime.fromisoformat(_start_date)
        )

        _end_date = src_dict.get("endDate", UNSET)
        end_date: datetime.datetime | Unset = (
            UNSET if _end_date is UNSET else datetime.datetime.fromisoformat(_end_date)
        )

        time_zone = src_dict.get("timeZone", UNSET)

        task_external_event_request = cls.__new__(cls)
        task_external_event_request.name = name
        task_external_event_request.execution = execution
        task_external_event_request.priority = priority
        task_external_event_request.qlik_event = qlik_event
        task_external_event_request.description = description
        task_external_event_request.app_id = app_id
        task_external_event_request.start_date = start_date
        task_external_event_request.end_date = end_date
        task_external_event_request.time_zone = time_zone
        if _DOCUMENTED_KEYS.issuperset(src_dict):
            task_external_event_request.additional_properties = {}
        else:
            extras = dict(src_dict)
            for key in _DOCUMENTED_KEYS:
                extras.pop(key, None)
            task_external_event_request.additional_properties = extras

        if (
            cls is not TaskExternalEventRequest
        ):  # a subclass: through its own __init__ (its fields' defaults, its hooks)
            return rebuilt(cls, task_external_event_request, TaskExternalEventRequest)
        return task_external_event_request

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
    {"name", "execution", "priority", "qlikEvent", "description", "appID", "startDate", "endDate", "timeZone"}
)
