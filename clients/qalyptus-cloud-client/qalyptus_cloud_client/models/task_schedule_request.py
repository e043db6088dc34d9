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

T = TypeVar("T", bound="TaskScheduleRequest")


@_attrs_define
class TaskScheduleRequest:
    """The schedule details of a task.

    Attributes:
        name (str):
        time_zone (str):
        frequency (None | str | Unset):
        execution (None | str | Unset):
        priority (int | Unset):
        day (int | Unset):
        month (int | Unset):
        at_hour (int | None | Unset):
        at_minut (int | None | Unset):
        every_hours (int | Unset):
        from_hour (int | None | Unset):
        from_minut (int | None | Unset):
        to_hour (int | None | Unset):
        to_minut (int | None | Unset):
        weekly_days (None | str | Unset):
        start_date (datetime.datetime | Unset):
        end_date (datetime.datetime | Unset):
    """

    name: str
    time_zone: str
    frequency: None | str | Unset = UNSET
    execution: None | str | Unset = UNSET
    priority: int | Unset = UNSET
    day: int | Unset = UNSET
    month: int | Unset = UNSET
    at_hour: int | None | Unset = UNSET
    at_minut: int | None | Unset = UNSET
    every_hours: int | Unset = UNSET
    from_hour: int | None | Unset = UNSET
    from_minut: int | None | Unset = UNSET
    to_hour: int | None | Unset = UNSET
    to_minut: int | None | Unset = UNSET
    weekly_days: None | str | Unset = UNSET
    start_date: datetime.datetime | Unset = UNSET
    end_date: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        time_zone = self.time_zone

        frequency: None | str | Unset
        if isinstance(self.frequency, Unset):
            frequency = UNSET
        else:
            frequency = self.frequency

        execution: None | str | Unset
        if isinstance(self.execution, Unset):
            execution = UNSET
        else:
            execution = self.execution

        priority = self.priority

        day = self.day

        month = self.month

        at_hour: int | None | Unset
        if isinstance(self.at_hour, Unset):
            at_hour = UNSET
        else:
            at_hour = self.at_hour

        at_minut: int | None | Unset
        if isinstance(self.at_minut, Unset):
            at_minut = UNSET
        else:
            at_minut = self.at_minut

        every_hours = self.every_hours

        from_hour: int | None | Unset
        if isinstance(self.from_hour, Unset):
            from_hour = UNSET
        else:
            from_hour = self.from_hour

        from_minut: int | None | Unset
        if isinstance(self.from_minut, Unset):
            from_minut = UNSET
        else:
            from_minut = self.from_minut

        to_hour: int | None | Unset
        if isinstance(self.to_hour, Unset):
            to_hour = UNSET
        else:
            to_hour = self.to_hour

        to_minut: int | None | Unset
        if isinstance(self.to_minut, Unset):
            to_minut = UNSET
        else:
            to_minut = self.to_minut

        weekly_days: None | str | Unset
        if isinstance(self.weekly_days, Unset):
            weekly_days = UNSET
        else:
            weekly_days = self.weekly_days

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()

        end_date: str | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "timeZone": time_zone,
            }
        )
        if frequency is not UNSET:
            field_dict["frequency"] = frequency
        if execution is not UNSET:
            field_dict["execution"] = execution
        if priority is not UNSET:
            field_dict["priority"] = priority
        if day is not UNSET:
            field_dict["day"] = day
        if month is not UNSET:
            field_dict["month"] = month
        if at_hour is not UNSET:
            field_dict["atHour"] = at_hour
        if at_minut is not UNSET:
            field_dict["atMinut"] = at_minut
        if every_hours is not UNSET:
            field_dict["everyHours"] = every_hours
        if from_hour is not UNSET:
            field_dict["fromHour"] = from_hour
        if from_minut is not UNSET:
            field_dict["fromMinut"] = from_minut
        if to_hour is not UNSET:
            field_dict["toHour"] = to_hour
        if to_minut is not UNSET:
            field_dict["toMinut"] = to_minut
        if weekly_days is not UNSET:
            field_dict["weeklyDays"] = weekly_days
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cls._decode(src_dict, {})

    @classmethod
    def _decode(cls: type[T], src_dict: Mapping[str, Any], uuids: UuidCache) -> T:
        """from_dict, with the UUIDs already parsed for this response in uuids."""
        name = src_dict["name"]

        time_zone = src_dict["timeZone"]

        frequency = src_dict.get("frequency", UNSET)

        execution = src_dict.get("execution", UNSET)

        priority = src_dict.get("priority", UNSET)

        day = src_dict.get("day", UNSET)

        month = src_dict.get("month", UNSET)

        at_hour = src_dict.get("atHour", UNSET)

        at_minut = src_dict.get("atMinut", UNSET)

        every_hours = src_dict.get("everyHours", UNSET)

        from_hour = src_dict.get("fromHour", UNSET)

        from_minut = src_dict.get("fromMinut", UNSET)

        to_hour = src_dict.get("toHour", UNSET)

        to_minut = src_dict.get("toMinut", UNSET)

        weekly_days = src_dict.get("weeklyDays", UNSET)

        _start_date = src_dict.get("startDate", UNSET)
        start_date: datetime.datetime | Unset = (
            UNSET if _start_date is UNSET else datetime.datetime.fromisoformat(_start_date)
        )

        _end_date = src_dict.get("endDate", UNSET)
        end_date: datetime.datetime | Unset = (
            UNSET if _end_date is UNSET else datetime.datetime.fromisoformat(_end_date)
        )

        task_schedule_request = cls.__new__(cls)
        task_schedule_request.name = name
        task_schedule_request.time_zone = time_zone
        task_schedule_request.frequency = frequency
        task_schedule_request.execution = execution
        task_schedule_request.priority = priority
        task_schedule_request.day = day
        task_schedule_request.month = month
        task_schedule_request.at_hour = at_hour
        task_schedule_request.at_minut = at_minut
        task_schedule_request.every_hours = every_hours
        task_schedule_request.from_hour = from_hour
        task_schedule_request.from_minut = from_minut
        task_schedule_request.to_hour = to_hour
        task_schedule_request.to_minut = to_minut
        task_schedule_request.weekly_days = weekly_days
        task_schedule_request.start_date = start_date
        task_schedule_request.end_date = end_date
        if _DOCUMENTED_KEYS.issuperset(src_dict):
            task_schedule_request.additional_properties = {}
        else:
            extras = dict(src_dict)
            for key in _DOCUMENTED_KEYS:
                extras.pop(key, None)
            task_schedule_request.additional_properties = extras

        if cls is not TaskScheduleRequest:  # a subclass: through its own __init__ (its fields' defaults, its hooks)
            return rebuilt(cls, task_schedule_request, TaskScheduleRequest)
        return task_schedule_request

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
        "timeZone",
        "frequency",
        "execution",
        "priority",
        "day",
        "month",
        "atHour",
        "atMinut",
        "everyHours",
        "fromHour",
        "fromMinut",
        "toHour",
        "toMinut",
        "weeklyDays",
        "startDate",
        "endDate",
    }
)
