# Generated from specs/qlik-cloud-data-stores.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._inputs import convert, rebuilt
from ..types import UNSET, Unset, UuidCache

T = TypeVar("T", bound="DataSetSchema")


def _convert_data_fields(value: Sequence[DataField | Mapping[str, Any]]) -> list[DataField]:
    return convert(value, [DataField], "DataSetSchema.data_fields")


def _convert_load_options(
    value: DataSetSchemaLoadOptions | Mapping[str, Any] | Unset,
) -> DataSetSchemaLoadOptions | Unset:
    return value if isinstance(value, Unset) else convert(value, DataSetSchemaLoadOptions, "DataSetSchema.load_options")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class DataSetSchema:
    """
    Attributes:
        data_fields (list[DataField]):
        anomalies (list[str] | Unset): Anomalies associated with this schema. Example: $warning-unknown-headers
        schema_name (str | Unset):
        load_options (DataSetSchemaLoadOptions | Unset): Options for loading files. Example: "qLabel": "embedded labels"
        effective_date (str | Unset):
        override_schema_anomalies (bool | Unset):
    """

    data_fields: list[DataField] = _attrs_field(converter=_convert_data_fields)
    anomalies: list[str] | Unset = UNSET
    schema_name: str | Unset = UNSET
    load_options: DataSetSchemaLoadOptions | Unset = _attrs_field(default=UNSET, converter=_convert_load_options)
    effective_date: str | Unset = UNSET
    override_schema_anomalies: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data_fields = []
        for data_fields_item_data in self.data_fields:
            data_fields_item = data_fields_item_data.to_dict()
            data_fields.append(data_fields_item)

        anomalies: list[str] | Unset = UNSET
        if not isinstance(self.anomalies, Unset):
            anomalies = self.anomalies

        schema_name = self.schema_name

        load_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.load_options, Unset):
            load_options = self.load_options.to_dict()

        effective_date = self.effective_date

        override_schema_anomalies = self.override_schema_anomalies

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dataFields": data_fields,
            }
        )
        if anomalies is not UNSET:
            field_dict["anomalies"] = anomalies
        if schema_name is not UNSET:
            field_dict["schemaName"] = schema_name
        if load_options is not UNSET:
            field_dict["loadOptions"] = load_options
        if effective_date is not UNSET:
            field_dict["effectiveDate"] = effective_date
        if override_schema_anomalies is not UNSET:
            field_dict["overrideSchemaAnomalies"] = override_schema_anomalies

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cls._decode(src_dict, {})

    @classmethod
    def _decode(cls: type[T], src_dict: Mapping[str, Any], uuids: UuidCache) -> T:
        """from_dict, with the UUIDs already parsed for this response in uuids."""
        _data_fields = src_dict["dataFields"]
        data_fields = [DataField._decode(item, uuids) for item in _data_fields]

        anomalies = src_dict.get("anomalies", UNSET)

        schema_name = src_dict.get("schemaName", UNSET)

        _load_options = src_dict.get("loadOptions", UNSET)
        load_options: DataSetSchemaLoadOptions | Unset = (
            UNSET if _load_options is UNSET else DataSetSchemaLoadOptions._decode(_load_options, uuids)
        )

        effective_date = src_dict.get("effectiveDate", UNSET)

        override_schema_anomalies = src_dict.get("overrideSchemaAnomalies", UNSET)

        data_set_schema = cls.__new__(cls)
        data_set_schema.data_fields = data_fields
        data_set_schema.anomalies = anomalies
        data_set_schema.schema_name = schema_name
        data_set_schema.load_options = load_options
        data_set_schema.effective_date = effective_date
        data_set_schema.override_schema_anomalies = override_schema_anomalies
        if _DOCUMENTED_KEYS.issuperset(src_dict):
            data_set_schema.additional_properties = {}
        else:
            extras = dict(src_dict)
            for key in _DOCUMENTED_KEYS:
                extras.pop(key, None)
            data_set_schema.additional_properties = extras

        if cls is not DataSetSchema:  # a subclass: through its own __init__ (its fields' defaults, its hooks)
            return rebuilt(cls, data_set_schema, DataSetSchema)
        return data_set_schema

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
    {"dataFields", "anomalies", "schemaName", "loadOptions", "effectiveDate", "overrideSchemaAnomalies"}
)


# Models referring to each other import here, after the class exists, so that import cycles resolve.
from ..models.data_field import DataField  # noqa: E402
from ..models.data_set_schema_load_options import DataSetSchemaLoadOptions  # noqa: E402
