# Generated from specs/dataplus-server.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._inputs import convert, rebuilt
from ..types import UNSET, Unset, UuidCache

T = TypeVar("T", bound="ServerStatus")


def _convert_last_error(value: LastError | Mapping[str, Any] | Unset) -> LastError | Unset:
    return value if isinstance(value, Unset) else convert(value, LastError, "ServerStatus.last_error")


def _convert_database(value: ConnectionStatus | Mapping[str, Any] | Unset) -> ConnectionStatus | Unset:
    return value if isinstance(value, Unset) else convert(value, ConnectionStatus, "ServerStatus.database")


def _convert_qlik_connection(value: ConnectionStatus | Mapping[str, Any] | Unset) -> ConnectionStatus | Unset:
    return value if isinstance(value, Unset) else convert(value, ConnectionStatus, "ServerStatus.qlik_connection")


def _convert_license_(value: LicenseStatus | Mapping[str, Any] | Unset) -> LicenseStatus | Unset:
    return value if isinstance(value, Unset) else convert(value, LicenseStatus, "ServerStatus.license")


def _convert_services(value: Sequence[ServiceStatus | Mapping[str, Any]] | Unset) -> list[ServiceStatus] | Unset:
    return value if isinstance(value, Unset) else convert(value, [ServiceStatus], "ServerStatus.services")


@_attrs_define(on_setattr=_attrs_setters.NO_OP)
class ServerStatus:
    """Status information of the server and installed services.

    Attributes:
        last_error (LastError | Unset):
        database (ConnectionStatus | Unset):
        qlik_connection (ConnectionStatus | Unset):
        license_ (LicenseStatus | Unset):
        current_connections (int | Unset):
        services (list[ServiceStatus] | Unset):
    """

    last_error: LastError | Unset = _attrs_field(default=UNSET, converter=_convert_last_error)
    database: ConnectionStatus | Unset = _attrs_field(default=UNSET, converter=_convert_database)
    qlik_connection: ConnectionStatus | Unset = _attrs_field(default=UNSET, converter=_convert_qlik_connection)
    license_: LicenseStatus | Unset = _attrs_field(default=UNSET, converter=_convert_license_)
    current_connections: int | Unset = UNSET
    services: list[ServiceStatus] | Unset = _attrs_field(default=UNSET, converter=_convert_services)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        last_error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_error, Unset):
            last_error = self.last_error.to_dict()

        database: dict[str, Any] | Unset = UNSET
        if not isinstance(self.database, Unset):
            database = self.database.to_dict()

        qlik_connection: dict[str, Any] | Unset = UNSET
        if not isinstance(self.qlik_connection, Unset):
            qlik_connection = self.qlik_connection.to_dict()

        license_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.license_, Unset):
            license_ = self.license_.to_dict()

        current_connections = self.current_connections

        services: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.services, Unset):
            services = []
            for services_item_data in self.services:
                services_item = services_item_data.to_dict()
                services.append(services_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if last_error is not UNSET:
            field_dict["lastError"] = last_error
        if database is not UNSET:
            field_dict["database"] = database
        if qlik_connection is not UNSET:
            field_dict["qlikConnection"] = qlik_connection
        if license_ is not UNSET:
            field_dict["license"] = license_
        if current_connections is not UNSET:
            field_dict["currentConnections"] = current_connections
        if services is not UNSET:
            field_dict["services"] = services

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cls._decode(src_dict, {})

    @classmethod
    def _decode(cls: type[T], src_dict: Mapping[str, Any], uuids: UuidCache) -> T:
        """from_dict, with the UUIDs already parsed for this response in uuids."""
        _last_error = src_dict.get("lastError", UNSET)
        last_error: LastError | Unset = UNSET if _last_error is UNSET else LastError._decode(_last_error, uuids)

        _database = src_dict.get("database", UNSET)
        database: ConnectionStatus | Unset = UNSET if _database is UNSET else ConnectionStatus._decode(_database, uuids)

        _qlik_connection = src_dict.get("qlikConnection", UNSET)
        qlik_connection: ConnectionStatus | Unset = (
            UNSET if _qlik_connection is UNSET else ConnectionStatus._decode(_qlik_connection, uuids)
        )

        _license_ = src_dict.get("license", UNSET)
        license_: LicenseStatus | Unset = UNSET if _license_ is UNSET else LicenseStatus._decode(_license_, uuids)

        current_connections = src_dict.get("currentConnections", UNSET)

        _services = src_dict.get("services", UNSET)
        services: list[ServiceStatus] | Unset = (
            UNSET if _services is UNSET else [ServiceStatus._decode(item, uuids) for item in _services]
        )

        server_status = cls.__new__(cls)
        server_status.last_error = last_error
        server_status.database = database
        server_status.qlik_connection = qlik_connection
        server_status.license_ = license_
        server_status.current_connections = current_connections
        server_status.services = services
        if _DOCUMENTED_KEYS.issuperset(src_dict):
            server_status.additional_properties = {}
        else:
            extras = dict(src_dict)
            for key in _DOCUMENTED_KEYS:
                extras.pop(key, None)
            server_status.additional_properties = extras

        if cls is not ServerStatus:  # a subclass: through its own __init__ (its fields' defaults, its hooks)
            return rebuilt(cls, server_status, ServerStatus)
        return server_status

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


_DOCUMENTED_KEYS = frozenset({"lastError", "database", "qlikConnection", "license", "currentConnections", "services"})


# Models referring to each other import here, after the class exists, so that import cycles resolve.
from ..models.connection_status import ConnectionStatus  # noqa: E402
from ..models.last_error import LastError  # noqa: E402
from ..models.license_status import LicenseStatus  # noqa: E402
from ..models.service_status import ServiceStatus  # noqa: E402
