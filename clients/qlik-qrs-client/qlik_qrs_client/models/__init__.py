# Generated from specs/qlik-qrs-data-connection.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
"""Contains all the data models used in inputs/outputs"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .custom_property_value import CustomPropertyValue
    from .custom_property_value_definition import CustomPropertyValueDefinition
    from .data_connection import DataConnection
    from .data_connection_condensed import DataConnectionCondensed
    from .data_connection_create import DataConnectionCreate
    from .data_connection_request import DataConnectionRequest
    from .entity_count import EntityCount
    from .error import Error
    from .tag_condensed import TagCondensed
    from .user_condensed import UserCondensed

_MODULE_OF = {
    "CustomPropertyValue": ".custom_property_value",
    "CustomPropertyValueDefinition": ".custom_property_value_definition",
    "DataConnection": ".data_connection",
    "DataConnectionCondensed": ".data_connection_condensed",
    "DataConnectionCreate": ".data_connection_create",
    "DataConnectionRequest": ".data_connection_request",
    "EntityCount": ".entity_count",
    "Error": ".error",
    "TagCondensed": ".tag_condensed",
    "UserCondensed": ".user_condensed",
}

__all__ = (
    "CustomPropertyValue",
    "CustomPropertyValueDefinition",
    "DataConnection",
    "DataConnectionCondensed",
    "DataConnectionCreate",
    "DataConnectionRequest",
    "EntityCount",
    "Error",
    "TagCondensed",
    "UserCondensed",
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
