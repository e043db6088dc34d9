# Generated from specs/qlik-cloud-data-stores.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
"""Contains all the data models used in inputs/outputs"""

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
from .data_type import DataType
from .data_type_name import DataTypeName
from .data_type_properties import DataTypeProperties
from .delete_data_stores_request import DeleteDataStoresRequest
from .error_item import ErrorItem
from .error_response import ErrorResponse
from .json_patch_operation import JsonPatchOperation
from .json_patch_operation_op import JsonPatchOperationOp
from .json_patch_operation_value import JsonPatchOperationValue
from .link import Link
from .page_links import PageLinks
from .table_connection_info import TableConnectionInfo
from .table_connection_info_additional_properties import TableConnectionInfoAdditionalProperties
from .user_tag import UserTag

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
    "DataType",
    "DataTypeName",
    "DataTypeProperties",
    "DeleteDataStoresRequest",
    "ErrorItem",
    "ErrorResponse",
    "JsonPatchOperation",
    "JsonPatchOperationOp",
    "JsonPatchOperationValue",
    "Link",
    "PageLinks",
    "TableConnectionInfo",
    "TableConnectionInfoAdditionalProperties",
    "UserTag",
)
