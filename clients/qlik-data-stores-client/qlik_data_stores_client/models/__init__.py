# Generated from specs/qlik-cloud-data-stores.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
"""Contains all the data models used in inputs/outputs"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .data_asset import DataAsset
    from .data_asset_info import DataAssetInfo
    from .data_asset_page import DataAssetPage
    from .data_asset_properties import DataAssetProperties
    from .data_field import DataField
    from .data_field_properties import DataFieldProperties
    from .data_set import DataSet
    from .data_set_operational import DataSetOperational
    from .data_set_page import DataSetPage
    from .data_set_properties import DataSetProperties
    from .data_set_schema import DataSetSchema
    from .data_set_schema_load_options import DataSetSchemaLoadOptions
    from .data_store import DataStore
    from .data_store_info import DataStoreInfo
    from .data_store_page import DataStorePage
    from .data_store_properties import DataStoreProperties
    from .data_store_request import DataStoreRequest
    from .data_store_request_properties import DataStoreRequestProperties
    from .data_type import DataType
    from .data_type_name import DataTypeName
    from .data_type_properties import DataTypeProperties
    from .delete_data_stores_request import DeleteDataStoresRequest
    from .error_item import ErrorItem
    from .error_response import ErrorResponse
    from .json_patch_operation import JsonPatchOperation
    from .json_patch_operation_op import JsonPatchOperationOp
    from .link import Link
    from .page_links import PageLinks
    from .table_connection_info import TableConnectionInfo
    from .table_connection_info_additional_properties import TableConnectionInfoAdditionalProperties
    from .user_tag import UserTag

_MODULE_OF = {
    "DataAsset": ".data_asset",
    "DataAssetInfo": ".data_asset_info",
    "DataAssetPage": ".data_asset_page",
    "DataAssetProperties": ".data_asset_properties",
    "DataField": ".data_field",
    "DataFieldProperties": ".data_field_properties",
    "DataSet": ".data_set",
    "DataSetOperational": ".data_set_operational",
    "DataSetPage": ".data_set_page",
    "DataSetProperties": ".data_set_properties",
    "DataSetSchema": ".data_set_schema",
    "DataSetSchemaLoadOptions": ".data_set_schema_load_options",
    "DataStore": ".data_store",
    "DataStoreInfo": ".data_store_info",
    "DataStorePage": ".data_store_page",
    "DataStoreProperties": ".data_store_properties",
    "DataStoreRequest": ".data_store_request",
    "DataStoreRequestProperties": ".data_store_request_properties",
    "DataType": ".data_type",
    "DataTypeName": ".data_type_name",
    "DataTypeProperties": ".data_type_properties",
    "DeleteDataStoresRequest": ".delete_data_stores_request",
    "ErrorItem": ".error_item",
    "ErrorResponse": ".error_response",
    "JsonPatchOperation": ".json_patch_operation",
    "JsonPatchOperationOp": ".json_patch_operation_op",
    "Link": ".link",
    "PageLinks": ".page_links",
    "TableConnectionInfo": ".table_connection_info",
    "TableConnectionInfoAdditionalProperties": ".table_connection_info_additional_properties",
    "UserTag": ".user_tag",
}

__all__ = (
    "DataAsset",
    "DataAssetInfo",
    "DataAssetPage",
    "DataAssetProperties",
    "DataField",
    "DataFieldProperties",
    "DataSet",
    "DataSetOperational",
    "DataSetPage",
    "DataSetProperties",
    "DataSetSchema",
    "DataSetSchemaLoadOptions",
    "DataStore",
    "DataStoreInfo",
    "DataStorePage",
    "DataStoreProperties",
    "DataStoreRequest",
    "DataStoreRequestProperties",
    "DataType",
    "DataTypeName",
    "DataTypeProperties",
    "DeleteDataStoresRequest",
    "ErrorItem",
    "ErrorResponse",
    "JsonPatchOperation",
    "JsonPatchOperationOp",
    "Link",
    "PageLinks",
    "TableConnectionInfo",
    "TableConnectionInfoAdditionalProperties",
    "UserTag",
)

if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        module = _MODULE_OF.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted(set(globals()) | set(__all__))
