# Generated from specs/qlik-cloud-data-stores.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._inputs import convert, rebuilt
from ..models.json_patch_operation_op import JsonPatchOperationOp
from ..types import UNSET, Unset, UuidCache

T = TypeVar("T", bound="JsonPatchOperation")


def _convert_op(
    value: JsonPatchOperationOp | Literal["add", "remove", "replace", "move", "copy", "test"],
) -> JsonPatchOperationOp:
    return convert(value, JsonPatchOperationOp, "JsonPatchOperation.op")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class JsonPatchOperation:
    """
    Attributes:
        op (JsonPatchOperationOp): The operation to be performed.
        path (str): A JSON pointer to the property being affected.
        from_ (str | Unset): A JSON Pointer path pointing to the location to move/copy from.
        value (Any | Unset): The value to add, replace or test. Any JSON value, as RFC 6902 defines it (the reference
            lists the type as object; a replace of a string property such as /name takes a string).
    """

    op: JsonPatchOperationOp = _attrs_field(converter=_convert_op)
    path: str
    from_: str | Unset = UNSET
    value: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        op = self.op.value

        path = self.path

        from_ = self.from_

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "op": op,
                "path": path,
            }
        )
        if from_ is not UNSET:
            field_dict["from"] = from_
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cls._decode(src_dict, {})

    @classmethod
    def _decode(cls: type[T], src_dict: Mapping[str, Any], uuids: UuidCache) -> T:
        """from_dict, with the UUIDs already parsed for this response in uuids."""
        _op = src_dict["op"]
        op = JsonPatchOperationOp(_op)

        path = src_dict["path"]

        from_ = src_dict.get("from", UNSET)

        value = src_dict.get("value", UNSET)

        json_patch_operation = cls.__new__(cls)
        json_patch_operation.op = op
        json_patch_operation.path = path
        json_patch_operation.from_ = from_
        json_patch_operation.value = value
        if _DOCUMENTED_KEYS.issuperset(src_dict):
            json_patch_operation.additional_properties = {}
        else:
            extras = dict(src_dict)
            for key in _DOCUMENTED_KEYS:
                extras.pop(key, None)
            json_patch_operation.additional_properties = extras

        if cls is not JsonPatchOperation:  # a subclass: through its own __init__ (its fields' defaults, its hooks)
            return rebuilt(cls, json_patch_operation, JsonPatchOperation)
        return json_patch_operation

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


_DOCUMENTED_KEYS = frozenset({"op", "path", "from", "value"})
