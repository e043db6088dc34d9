# Generated from specs/qlik-qrs-data-connection.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
"""``data_connections`` of Qlik Sense QRS data connections: ``DataConnections`` (documented), ``AsyncDataConnections`` and their ``with_raw_response`` twins.

Reached as ``QrsClient(...).data_connections``. Each method sends one operation through its low-level module under ``api/``,
returns its success type and raises ``errors.ApiError`` (a subclass per status) for anything else.
"""

from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Required, TypedDict, Unpack, overload
from uuid import UUID

import httpx

from .. import _facade, _results
from .._facade import RawResponse
from ..api.data_connection import create_data_connection as _create_data_connection
from ..api.data_connection import delete_data_connection as _delete_data_connection
from ..api.data_connection import get_data_connection as _get_data_connection
from ..api.data_connection import get_data_connections as _get_data_connections
from ..api.data_connection import get_data_connections_count as _get_data_connections_count
from ..api.data_connection import get_data_connections_full as _get_data_connections_full
from ..api.data_connection import update_data_connection as _update_data_connection
from ..client import AuthenticatedClient, Client
from ..models import (
    CustomPropertyValue,
    DataConnection,
    DataConnectionCondensed,
    DataConnectionCreate,
    DataConnectionRequest,
    EntityCount,
    TagCondensed,
    UserCondensed,
)
from ..types import UNSET, Unset

__all__ = [
    "AsyncDataConnections",
    "AsyncDataConnectionsWithRawResponse",
    "DataConnections",
    "DataConnectionsWithRawResponse",
]


# By method: the keyword fields taking a str (UUID, date) or a mapping (model) for their type (_facade.accept).
_KINDS: dict[str, dict[str, Any]] = {}


def _getDataConnections(
    client: AuthenticatedClient | Client, response: httpx.Response
) -> builtins.list[DataConnectionCondensed]:
    parsed = _get_data_connections._build_response(client=client, response=response).parsed
    if isinstance(parsed, list):
        return parsed
    raise _results.unexpected(
        client, response, "Response body is not the documented builtins.list[DataConnectionCondensed]"
    )


if TYPE_CHECKING:

    class _createDataConnectionFields(TypedDict, total=False):
        """``create``'s keyword fields, those of a ``DataConnectionCreate`` (shared by its four variants)."""

        name: Required[str]
        connectionstring: Required[str]
        type: Required[str]
        log_on: int | Unset
        architecture: int | Unset
        username: str | Unset
        password: str | Unset


def _createDataConnection(client: AuthenticatedClient | Client, response: httpx.Response) -> DataConnection:
    parsed = _create_data_connection._build_response(client=client, response=response).parsed
    if isinstance(parsed, DataConnection):
        return parsed
    raise _results.unexpected(client, response, "Response body is not the documented DataConnection")


def _getDataConnectionsFull(
    client: AuthenticatedClient | Client, response: httpx.Response
) -> builtins.list[DataConnection]:
    parsed = _get_data_connections_full._build_response(client=client, response=response).parsed
    if isinstance(parsed, list):
        return parsed
    raise _results.unexpected(client, response, "Response body is not the documented builtins.list[DataConnection]")


def _getDataConnectionsCount(client: AuthenticatedClient | Client, response: httpx.Response) -> EntityCount:
    parsed = _get_data_connections_count._build_response(client=client, response=response).parsed
    if isinstance(parsed, EntityCount):
        return parsed
    raise _results.unexpected(client, response, "Response body is not the documented EntityCount")


def _getDataConnection(client: AuthenticatedClient | Client, response: httpx.Response) -> DataConnection:
    parsed = _get_data_connection._build_response(client=client, response=response).parsed
    if isinstance(parsed, DataConnection):
        return parsed
    raise _results.unexpected(client, response, "Response body is not the documented DataConnection")


_KINDS["update"] = {
    "created_date": "datetime",
    "modified_date": "datetime",
    "engine_object_id": "uuid",
    "owner": UserCondensed,
    "tags": [TagCondensed],
    "custom_properties": [CustomPropertyValue],
    "id": "uuid",
}
if TYPE_CHECKING:

    class _updateDataConnectionFields(TypedDict, total=False):
        """``update``'s keyword fields, those of a ``DataConnectionRequest`` (shared by its four variants)."""

        name: Required[str]
        connectionstring: Required[str]
        type: Required[str]
        created_date: datetime.datetime | str | Unset
        modified_date: datetime.datetime | str | Unset
        modified_by_user_name: str | Unset
        log_on: int | Unset
        architecture: int | Unset
        engine_object_id: UUID | str | Unset
        username: str | Unset
        password: str | Unset
        owner: UserCondensed | Mapping[str, Any] | Unset
        tags: Sequence[TagCondensed | Mapping[str, Any]] | Unset
        custom_properties: Sequence[CustomPropertyValue | Mapping[str, Any]] | Unset
        privileges: builtins.list[str] | Unset
        schema_path: str | Unset


def _updateDataConnection(client: AuthenticatedClient | Client, response: httpx.Response) -> DataConnection:
    parsed = _update_data_connection._build_response(client=client, response=response).parsed
    if isinstance(parsed, DataConnection):
        return parsed
    raise _results.unexpected(client, response, "Response body is not the documented DataConnection")


def _deleteDataConnection(client: AuthenticatedClient | Client, response: httpx.Response) -> None:
    return None


class DataConnections:
    """Data connections of Qlik Sense QRS data connections."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    @property
    def with_raw_response(self) -> DataConnectionsWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, raw body, parsed result)."""
        return DataConnectionsWithRawResponse(self._caller)

    def list(
        self, *, filter: str | Unset = UNSET, orderby: str | Unset = UNSET, privileges: bool | Unset = False
    ) -> builtins.list[DataConnectionCondensed]:
        """List data connections.

        Retrieves a list of all data connections in condensed format, optionally filtered by a query
        expression. Returns connections accessible to the authenticated user based on security rules.

        ``GET /dataconnection`` (getDataConnections).

        Args:
            filter: Filter expression using syntax: property operator value (e.g., name eq 'MyConnection')
            orderby: Property name to order results by
            privileges: Whether to append privilege information to returned entities

        Returns:
            list[DataConnectionCondensed].

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send(
            "getDataConnections",
            _get_data_connections._get_kwargs(filter_=filter, orderby=orderby, privileges=privileges),
        )
        return _getDataConnections(self._caller.client, response)

    @overload
    def create(self, body: DataConnectionCreate | Mapping[str, Any], /) -> DataConnection: ...

    @overload
    def create(self, /, **fields: Unpack[_createDataConnectionFields]) -> DataConnection: ...

    def create(
        self,
        body: DataConnectionCreate | Mapping[str, Any] | None = None,
        /,
        *,
        name: str | Unset = UNSET,
        connectionstring: str | Unset = UNSET,
        type: str | Unset = UNSET,
        log_on: int | Unset = UNSET,
        architecture: int | Unset = UNSET,
        username: str | Unset = UNSET,
        password: str | Unset = UNSET,
    ) -> DataConnection:
        """Create data connection.

        Creates a new data connection for use by Qlik Sense applications. The connection defines the
        provider type, connection string, and credentials for accessing an external data source.

        ``POST /dataconnection`` (createDataConnection).

        Args:
            body: a ``DataConnectionCreate``, a mapping of its JSON fields, or its fields as keyword arguments:
            name: (required) Data connection name
            connectionstring: (required) Connection string for the data source
            type: (required) Connection provider type
            log_on: Logon mode
            architecture: Connection architecture
            username: Username for connection authentication
            password: Password for connection authentication

        Returns:
            DataConnection.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        body = _facade.model_from_arguments(
            DataConnectionCreate, body, locals(), ("self", "body"), "create", UNSET, {"type": "type_"}
        )
        response = self._caller.send("createDataConnection", _create_data_connection._get_kwargs(body=body))
        return _createDataConnection(self._caller.client, response)

    def list_full(
        self, *, filter: str | Unset = UNSET, orderby: str | Unset = UNSET, privileges: bool | Unset = False
    ) -> builtins.list[DataConnection]:
        """List data connections with full details.

        Retrieves a list of all data connections in full format including owner, tags, custom properties,
        and connection string details.

        ``GET /dataconnection/full`` (getDataConnectionsFull).

        Args:
            filter: Filter expression using syntax: property operator value (e.g., name eq 'MyConnection')
            orderby: Property name to order results by
            privileges: Whether to append privilege information to returned entities

        Returns:
            list[DataConnection].

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send(
            "getDataConnectionsFull",
            _get_data_connections_full._get_kwargs(filter_=filter, orderby=orderby, privileges=privileges),
        )
        return _getDataConnectionsFull(self._caller.client, response)

    def count(self, *, filter: str | Unset = UNSET) -> EntityCount:
        """Count data connections.

        Returns the number of data connections matching an optional filter expression.

        ``GET /dataconnection/count`` (getDataConnectionsCount).

        Args:
            filter: Filter expression using syntax: property operator value (e.g., name eq 'MyConnection')

        Returns:
            EntityCount.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("getDataConnectionsCount", _get_data_connections_count._get_kwargs(filter_=filter))
        return _getDataConnectionsCount(self._caller.client, response)

    def get(self, id: UUID | str, /, *, privileges: bool | Unset = False) -> DataConnection:
        """Get data connection by ID.

        Retrieves a single data connection by its unique identifier in full format.

        ``GET /dataconnection/{id}`` (getDataConnection).

        Args:
            id: Unique identifier (GUID) of the data connection
            privileges: Whether to append privilege information to returned entities

        Returns:
            DataConnection.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("getDataConnection", _get_data_connection._get_kwargs(id, privileges=privileges))
        return _getDataConnection(self._caller.client, response)

    @overload
    def update(
        self, id: UUID | str, body: DataConnectionRequest | DataConnection | Mapping[str, Any], /
    ) -> DataConnection: ...

    @overload
    def update(self, id: UUID | str, /, **fields: Unpack[_updateDataConnectionFields]) -> DataConnection: ...

    def update(
        self,
        id: UUID | str,
        body: DataConnectionRequest | DataConnection | Mapping[str, Any] | None = None,
        /,
        *,
        name: str | Unset = UNSET,
        connectionstring: str | Unset = UNSET,
        type: str | Unset = UNSET,
        created_date: datetime.datetime | str | Unset = UNSET,
        modified_date: datetime.datetime | str | Unset = UNSET,
        modified_by_user_name: str | Unset = UNSET,
        log_on: int | Unset = UNSET,
        architecture: int | Unset = UNSET,
        engine_object_id: UUID | str | Unset = UNSET,
        username: str | Unset = UNSET,
        password: str | Unset = UNSET,
        owner: UserCondensed | Mapping[str, Any] | Unset = UNSET,
        tags: Sequence[TagCondensed | Mapping[str, Any]] | Unset = UNSET,
        custom_properties: Sequence[CustomPropertyValue | Mapping[str, Any]] | Unset = UNSET,
        privileges: builtins.list[str] | Unset = UNSET,
        schema_path: str | Unset = UNSET,
    ) -> DataConnection:
        """Update data connection.

        Updates an existing data connection. The complete entity including the unchanged modifiedDate must
        be provided in the request body.

        ``PUT /dataconnection/{id}`` (updateDataConnection).

        Args:
            id: Unique identifier (GUID) of the data connection
            body: a ``DataConnectionRequest`` (or a ``DataConnection`` as fetched), a mapping of its JSON fields, or its fields as keyword arguments:
            name: (required) Data connection name
            connectionstring: (required) Connection string for the data source including provider-specific parameters
            type: (required) Connection provider type (e.g., QvOdbcConnectorPackage.exe, QvOleDbConnectorPackage.exe,
                folder, web)
            created_date: Date the connection was created
            modified_date: Date the connection was last modified
            modified_by_user_name: Username of the last modifier
            log_on: Logon mode (0=ServiceUser, 1=CurrentUser)
            architecture: Connection architecture (0=Undefined, 1=x86, 2=x64)
            engine_object_id: Engine object identifier for the connection
            username: Username for connection authentication
            password: Password for connection authentication (write-only, not returned in responses)
            owner: UserCondensed | Mapping[str, Any] | Unset
            tags: Sequence[TagCondensed | Mapping[str, Any]] | Unset
            custom_properties: Sequence[CustomPropertyValue | Mapping[str, Any]] | Unset
            privileges: list[str] | Unset
            schema_path: Schema path for this entity type

        Returns:
            DataConnection.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        body = _facade.model_from_arguments(
            DataConnectionRequest,
            body,
            locals(),
            ("self", "body", "id"),
            "update",
            UNSET,
            {"type": "type_"},
            {"id": id},
            kinds=_KINDS,
            variants=(DataConnection,),
        )
        response = self._caller.send("updateDataConnection", _update_data_connection._get_kwargs(id, body=body))
        return _updateDataConnection(self._caller.client, response)

    def delete(self, id: UUID | str, /) -> None:
        """Delete data connection.

        Permanently deletes a data connection from the repository. Applications referencing this connection
        will no longer be able to load data from it.

        ``DELETE /dataconnection/{id}`` (deleteDataConnection).

        Args:
            id: Unique identifier (GUID) of the data connection

        Returns:
            None.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        response = self._caller.send("deleteDataConnection", _delete_data_connection._get_kwargs(id))
        _deleteDataConnection(self._caller.client, response)


class DataConnectionsWithRawResponse:
    """``data_connections`` methods returning a ``RawResponse``: status, headers, raw body and the parsed result."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    def list(
        self, *, filter: str | Unset = UNSET, orderby: str | Unset = UNSET, privileges: bool | Unset = False
    ) -> RawResponse[builtins.list[DataConnectionCondensed]]:
        """``DataConnections.list`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send(
            "getDataConnections",
            _get_data_connections._get_kwargs(filter_=filter, orderby=orderby, privileges=privileges),
        )
        return RawResponse.of(response, _getDataConnections(self._caller.client, response))

    @overload
    def create(self, body: DataConnectionCreate | Mapping[str, Any], /) -> RawResponse[DataConnection]: ...

    @overload
    def create(self, /, **fields: Unpack[_createDataConnectionFields]) -> RawResponse[DataConnection]: ...

    def create(
        self, body: DataConnectionCreate | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> RawResponse[DataConnection]:
        """``DataConnections.create`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(DataConnectionCreate, body, fields, "create", UNSET, {"type": "type_"})
        response = self._caller.send("createDataConnection", _create_data_connection._get_kwargs(body=body))
        return RawResponse.of(response, _createDataConnection(self._caller.client, response))

    def list_full(
        self, *, filter: str | Unset = UNSET, orderby: str | Unset = UNSET, privileges: bool | Unset = False
    ) -> RawResponse[builtins.list[DataConnection]]:
        """``DataConnections.list_full`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send(
            "getDataConnectionsFull",
            _get_data_connections_full._get_kwargs(filter_=filter, orderby=orderby, privileges=privileges),
        )
        return RawResponse.of(response, _getDataConnectionsFull(self._caller.client, response))

    def count(self, *, filter: str | Unset = UNSET) -> RawResponse[EntityCount]:
        """``DataConnections.count`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("getDataConnectionsCount", _get_data_connections_count._get_kwargs(filter_=filter))
        return RawResponse.of(response, _getDataConnectionsCount(self._caller.client, response))

    def get(self, id: UUID | str, /, *, privileges: bool | Unset = False) -> RawResponse[DataConnection]:
        """``DataConnections.get`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("getDataConnection", _get_data_connection._get_kwargs(id, privileges=privileges))
        return RawResponse.of(response, _getDataConnection(self._caller.client, response))

    @overload
    def update(
        self, id: UUID | str, body: DataConnectionRequest | DataConnection | Mapping[str, Any], /
    ) -> RawResponse[DataConnection]: ...

    @overload
    def update(
        self, id: UUID | str, /, **fields: Unpack[_updateDataConnectionFields]
    ) -> RawResponse[DataConnection]: ...

    def update(
        self,
        id: UUID | str,
        body: DataConnectionRequest | DataConnection | Mapping[str, Any] | None = None,
        /,
        **fields: Any,
    ) -> RawResponse[DataConnection]:
        """``DataConnections.update`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(
            DataConnectionRequest,
            body,
            fields,
            "update",
            UNSET,
            {"type": "type_"},
            {"id": id},
            kinds=_KINDS,
            variants=(DataConnection,),
        )
        response = self._caller.send("updateDataConnection", _update_data_connection._get_kwargs(id, body=body))
        return RawResponse.of(response, _updateDataConnection(self._caller.client, response))

    def delete(self, id: UUID | str, /) -> RawResponse[None]:
        """``DataConnections.delete`` (documented there), returning a ``RawResponse``."""
        response = self._caller.send("deleteDataConnection", _delete_data_connection._get_kwargs(id))
        _deleteDataConnection(self._caller.client, response)
        return RawResponse.of(response, None)


class AsyncDataConnections:
    """Data connections of Qlik Sense QRS data connections (async: the methods of ``DataConnections``, documented there)."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    @property
    def with_raw_response(self) -> AsyncDataConnectionsWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, raw body, parsed result)."""
        return AsyncDataConnectionsWithRawResponse(self._caller)

    async def list(
        self, *, filter: str | Unset = UNSET, orderby: str | Unset = UNSET, privileges: bool | Unset = False
    ) -> builtins.list[DataConnectionCondensed]:
        """``DataConnections.list`` (documented there), async."""
        response = await self._caller.send_async(
            "getDataConnections",
            _get_data_connections._get_kwargs(filter_=filter, orderby=orderby, privileges=privileges),
        )
        return _getDataConnections(self._caller.client, response)

    @overload
    async def create(self, body: DataConnectionCreate | Mapping[str, Any], /) -> DataConnection: ...

    @overload
    async def create(self, /, **fields: Unpack[_createDataConnectionFields]) -> DataConnection: ...

    async def create(
        self, body: DataConnectionCreate | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> DataConnection:
        """``DataConnections.create`` (documented there), async."""
        body = _facade.model_from_keywords(DataConnectionCreate, body, fields, "create", UNSET, {"type": "type_"})
        response = await self._caller.send_async("createDataConnection", _create_data_connection._get_kwargs(body=body))
        return _createDataConnection(self._caller.client, response)

    async def list_full(
        self, *, filter: str | Unset = UNSET, orderby: str | Unset = UNSET, privileges: bool | Unset = False
    ) -> builtins.list[DataConnection]:
        """``DataConnections.list_full`` (documented there), async."""
        response = await self._caller.send_async(
            "getDataConnectionsFull",
            _get_data_connections_full._get_kwargs(filter_=filter, orderby=orderby, privileges=privileges),
        )
        return _getDataConnectionsFull(self._caller.client, response)

    async def count(self, *, filter: str | Unset = UNSET) -> EntityCount:
        """``DataConnections.count`` (documented there), async."""
        response = await self._caller.send_async(
            "getDataConnectionsCount", _get_data_connections_count._get_kwargs(filter_=filter)
        )
        return _getDataConnectionsCount(self._caller.client, response)

    async def get(self, id: UUID | str, /, *, privileges: bool | Unset = False) -> DataConnection:
        """``DataConnections.get`` (documented there), async."""
        response = await self._caller.send_async(
            "getDataConnection", _get_data_connection._get_kwargs(id, privileges=privileges)
        )
        return _getDataConnection(self._caller.client, response)

    @overload
    async def update(
        self, id: UUID | str, body: DataConnectionRequest | DataConnection | Mapping[str, Any], /
    ) -> DataConnection: ...

    @overload
    async def update(self, id: UUID | str, /, **fields: Unpack[_updateDataConnectionFields]) -> DataConnection: ...

    async def update(
        self,
        id: UUID | str,
        body: DataConnectionRequest | DataConnection | Mapping[str, Any] | None = None,
        /,
        **fields: Any,
    ) -> DataConnection:
        """``DataConnections.update`` (documented there), async."""
        body = _facade.model_from_keywords(
            DataConnectionRequest,
            body,
            fields,
            "update",
            UNSET,
            {"type": "type_"},
            {"id": id},
            kinds=_KINDS,
            variants=(DataConnection,),
        )
        response = await self._caller.send_async(
            "updateDataConnection", _update_data_connection._get_kwargs(id, body=body)
        )
        return _updateDataConnection(self._caller.client, response)

    async def delete(self, id: UUID | str, /) -> None:
        """``DataConnections.delete`` (documented there), async."""
        response = await self._caller.send_async("deleteDataConnection", _delete_data_connection._get_kwargs(id))
        _deleteDataConnection(self._caller.client, response)


class AsyncDataConnectionsWithRawResponse:
    """``data_connections`` methods returning a ``RawResponse``: status, headers, raw body and the parsed result."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    async def list(
        self, *, filter: str | Unset = UNSET, orderby: str | Unset = UNSET, privileges: bool | Unset = False
    ) -> RawResponse[builtins.list[DataConnectionCondensed]]:
        """``DataConnections.list`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async(
            "getDataConnections",
            _get_data_connections._get_kwargs(filter_=filter, orderby=orderby, privileges=privileges),
        )
        return RawResponse.of(response, _getDataConnections(self._caller.client, response))

    @overload
    async def create(self, body: DataConnectionCreate | Mapping[str, Any], /) -> RawResponse[DataConnection]: ...

    @overload
    async def create(self, /, **fields: Unpack[_createDataConnectionFields]) -> RawResponse[DataConnection]: ...

    async def create(
        self, body: DataConnectionCreate | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> RawResponse[DataConnection]:
        """``DataConnections.create`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(DataConnectionCreate, body, fields, "create", UNSET, {"type": "type_"})
        response = await self._caller.send_async("createDataConnection", _create_data_connection._get_kwargs(body=body))
        return RawResponse.of(response, _createDataConnection(self._caller.client, response))

    async def list_full(
        self, *, filter: str | Unset = UNSET, orderby: str | Unset = UNSET, privileges: bool | Unset = False
    ) -> RawResponse[builtins.list[DataConnection]]:
        """``DataConnections.list_full`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async(
            "getDataConnectionsFull",
            _get_data_connections_full._get_kwargs(filter_=filter, orderby=orderby, privileges=privileges),
        )
        return RawResponse.of(response, _getDataConnectionsFull(self._caller.client, response))

    async def count(self, *, filter: str | Unset = UNSET) -> RawResponse[EntityCount]:
        """``DataConnections.count`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async(
            "getDataConnectionsCount", _get_data_connections_count._get_kwargs(filter_=filter)
        )
        return RawResponse.of(response, _getDataConnectionsCount(self._caller.client, response))

    async def get(self, id: UUID | str, /, *, privileges: bool | Unset = False) -> RawResponse[DataConnection]:
        """``DataConnections.get`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async(
            "getDataConnection", _get_data_connection._get_kwargs(id, privileges=privileges)
        )
        return RawResponse.of(response, _getDataConnection(self._caller.client, response))

    @overload
    async def update(
        self, id: UUID | str, body: DataConnectionRequest | DataConnection | Mapping[str, Any], /
    ) -> RawResponse[DataConnection]: ...

    @overload
    async def update(
        self, id: UUID | str, /, **fields: Unpack[_updateDataConnectionFields]
    ) -> RawResponse[DataConnection]: ...

    async def update(
        self,
        id: UUID | str,
        body: DataConnectionRequest | DataConnection | Mapping[str, Any] | None = None,
        /,
        **fields: Any,
    ) -> RawResponse[DataConnection]:
        """``DataConnections.update`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(
            DataConnectionRequest,
            body,
            fields,
            "update",
            UNSET,
            {"type": "type_"},
            {"id": id},
            kinds=_KINDS,
            variants=(DataConnection,),
        )
        response = await self._caller.send_async(
            "updateDataConnection", _update_data_connection._get_kwargs(id, body=body)
        )
        return RawResponse.of(response, _updateDataConnection(self._caller.client, response))

    async def delete(self, id: UUID | str, /) -> RawResponse[None]:
        """``DataConnections.delete`` (documented there), returning a ``RawResponse``."""
        response = await self._caller.send_async("deleteDataConnection", _delete_data_connection._get_kwargs(id))
        _deleteDataConnection(self._caller.client, response)
        return RawResponse.of(response, None)
