# Generated from specs/qalyptus-cloud.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._inputs import convert, rebuilt
from ..types import UNSET, Unset, UuidCache

T = TypeVar("T", bound="TemplateItemNode")


def _convert_objects(
    value: Sequence[TemplateItemObject | Mapping[str, Any]] | Unset,
) -> list[TemplateItemObject] | Unset:
    return value if isinstance(value, Unset) else convert(value, [TemplateItemObject], "TemplateItemNode.objects")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class TemplateItemNode:
    """A node of the report template, with its nested objects. Properties other than `objects` are not documented.

    Attributes:
        objects (list[TemplateItemObject] | Unset):
    """

    objects: list[TemplateItemObject] | Unset = _attrs_field(default=UNSET, converter=_convert_objects)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        objects: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.objects, Unset):
            objects = []
            for objects_item_data in self.objects:
                objects_item = objects_item_data.to_dict()
                objects.append(objects_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if objects is not UNSET:
            field_dict["objects"] = objects

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cls._decode(src_dict, {})

    @classmethod
    def _decode(cls: type[T], src_dict: Mapping[str, Any], uuids: UuidCache) -> T:
        """from_dict, with the UUIDs already parsed for this response in uuids."""
        _objects = src_dict.get("objects", UNSET)
        objects: list[TemplateItemObject] | Unset = (
            UNSET if _objects is UNSET else [TemplateItemObject._decode(item, uuids) for item in _objects]
        )

        template_item_node = cls.__new__(cls)
        template_item_node.objects = objects
        if _DOCUMENTED_KEYS.issuperset(src_dict):
            template_item_node.additional_properties = {}
        else:
            extras = dict(src_dict)
            for key in _DOCUMENTED_KEYS:
                extras.pop(key, None)
            template_item_node.additional_properties = extras

        if cls is not TemplateItemNode:  # a subclass: through its own __init__ (its fields' defaults, its hooks)
            return rebuilt(cls, template_item_node, TemplateItemNode)
        return template_item_node

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


_DOCUMENTED_KEYS = frozenset({"objects"})


# Models referring to each other import here, after the class exists, so that import cycles resolve.
from ..models.template_item_object import TemplateItemObject  # noqa: E402
