# Generated from specs/qalyptus-cloud.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.condition_rule_value_request_dto import ConditionRuleValueRequestDto


T = TypeVar("T", bound="ConditionRuleRequest")


@_attrs_define
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
    values: list[ConditionRuleValueRequestDto]
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
        from ..models.condition_rule_value_request_dto import ConditionRuleValueRequestDto  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        qlik_app_id = UUID(d.pop("qlikAppID"))

        values = []
        _values = d.pop("values")
        for values_item_data in _values:
            values_item = ConditionRuleValueRequestDto.from_dict(values_item_data)

            values.append(values_item)

        def _parse_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                id_type_0 = UUID(data)

                return id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        id = _parse_id(d.pop("id", UNSET))

        condition_rule_request = cls(
            name=name,
            qlik_app_id=qlik_app_id,
            values=values,
            id=id,
        )

        condition_rule_request.additional_properties = d
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
