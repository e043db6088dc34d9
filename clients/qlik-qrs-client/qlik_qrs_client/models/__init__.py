# Generated from specs/qlik-qrs-data-connection.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
"""Contains all the data models used in inputs/outputs"""

from .custom_property_value import CustomPropertyValue
from .custom_property_value_definition import CustomPropertyValueDefinition
from .data_connection import DataConnection
from .data_connection_condensed import DataConnectionCondensed
from .data_connection_create import DataConnectionCreate
from .entity_count import EntityCount
from .error import Error
from .tag_condensed import TagCondensed
from .user_condensed import UserCondensed

__all__ = (
    "CustomPropertyValue",
    "CustomPropertyValueDefinition",
    "DataConnection",
    "DataConnectionCondensed",
    "DataConnectionCreate",
    "EntityCount",
    "Error",
    "TagCondensed",
    "UserCondensed",
)
