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

T = TypeVar("T", bound="ConditionRuleRequest")


def _convert_values(
    value: Sequence[ConditionRuleValueRequestDto | Mapping[str, Any]],
) -> list[ConditionRuleValueRequestDto]:
    return convert(value, [ConditionRuleValueRequestDto], "ConditionRuleRequest.values")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class ConditionRuleRequest:
    """A condition rule to create (no `id`) or update (existing `id`).

    Attributes:
        name (str):
        qlik_app_id (UUID):
        values (list[ConditionRuleValueRequestDto]):
        id (None | Unset | UUID):
    """

    name: str
    qlik_app_id: UUID
    values: list[ConditionRuleValueRequestDto] = _attrs_field(converter=_convert_values)
    id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        qlik_app_id = str(self.qlik_app_id)

        values = []
        for values_item_data in self.values:
            values_item = values_item_data.to_dict()
            values.append(values_item)

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "qlikAppID": qlik_app_id,
                "values": values,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cls._decode(src_dict, {})

    @classmethod
    def _decode(cls: type[T], src_dict: Mapping[str, Any], uuids: UuidCache) -> T:
        """from_dict, with the UUIDs already parsed for this response in uuids."""
        name = src_dict["name"]

        _qlik_app_id = src_dict["qlikAppID"]
        qlik_app_id = uuids.get(_qlik_app_id) or cached_uuid(uuids, _qlik_app_id)

        _values = src_dict["values"]
        values = [ConditionRuleValueRequestDto._decode(item, uuids) for item in _values]

        _id = src_dict.get("id", UNSET)
        id: None | Unset | UUID = (
            UNSET if _id is UNSET else (None if _id is None else (uuids.get(_id) or cached_uuid(uuids, _id)))
        )

        condition_rule_request = cls.__new__(cls)
        condition_rule_request.name = name
        condition_rule_request.qlik_app_id = qlik_app_id
        condition_rule_request.values = values
        condition_rule_request.id = id
        if _DOCUMENTED_KEYS.issuperset(src_dict):
            condition_rule_request.additional_properties = {}
        else:
            extras = dict(src_dict)
            for key in _DOCUMENTED_KEYS:
                extras.pop(key, None)
            condition_rule_request.additional_properties = extras

        if cls is not ConditionRuleRequest:  # a subclass: through its own __init__ (its fields' defaults, its hooks)
            return rebuilt(cls, condition_rule_request, ConditionRuleRequest)
        return condition_rule_request

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


_DOCUMENTED_KEYS = frozenset({"name", "qlikAppID", "values", "id"})


# Models referring to each other import here, after the class exists, so that import cycles resolve.
from ..models.condition_rule_value_request_dto import ConditionRuleValueRequestDto  # noqa: E402
