# Generated from specs/qlik-qrs-data-connection.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
"""Resource clients for Qlik Sense QRS data connections: ``QrsClient`` and its async twin ``AsyncQrsClient``.

One attribute per resource ``data_connections``; each method
sends one operation, returns its success type and raises ``errors.ApiError`` (a subclass per status) for
anything else. ``resource.with_raw_response.method(...)`` returns a ``RawResponse`` (status, headers, raw
body and the parsed result) instead. The functions under ``api/`` stay available as the low-level layer.
"""

from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, overload
from uuid import UUID

import httpx

from . import _facade, _runtime, errors
from ._facade import AsyncPager, JsonObject, JsonValue, Pager, RawResponse
from .api.data_connection import create_data_connection as _create_data_connection
from .api.data_connection import delete_data_connection as _delete_data_connection
from .api.data_connection import get_data_connection as _get_data_connection
from .api.data_connection import get_data_connections as _get_data_connections
from .api.data_connection import get_data_connections_count as _get_data_connections_count
from .api.data_connection import get_data_connections_full as _get_data_connections_full
from .api.data_connection import update_data_connection as _update_data_connection
from .client import AuthenticatedClient, Client
from .models import (
    CustomPropertyValue,
    DataConnection,
    DataConnectionCondensed,
    DataConnectionCreate,
    DataConnectionRequest,
    EntityCount,
    TagCondensed,
    UserCondensed,
)
from .types import UNSET, Unset

__all__ = [
    "AsyncQrsClient",
    "AsyncPager",
    "JsonObject",
    "JsonValue",
    "Pager",
    "RawResponse",
    "QrsClient",
]

_ROUTES: Mapping[str, _facade.Route] = MappingProxyType(
    {
        "getDataConnections": _facade.Route("GET", "/dataconnection", False),
        "createDataConnection": _facade.Route("POST", "/dataconnection", False),
        "getDataConnectionsFull": _facade.Route("GET", "/dataconnection/full", False),
        "getDataConnectionsCount": _facade.Route("GET", "/dataconnection/count", False),
        "getDataConnection": _facade.Route("GET", "/dataconnection/{id}", False),
        "updateDataConnection": _facade.Route("PUT", "/dataconnection/{id}", False),
        "deleteDataConnection": _facade.Route("DELETE", "/dataconnection/{id}", False),
    }
)
_NO_OVERRIDES: Mapping[str, str] = MappingProxyType({})


def _page_limit_error(reason: str) -> errors.PageLimitError:
    return errors.PageLimitError(reason, status_code=200, content=b"")


def _fail(
    client: AuthenticatedClient | Client, response: httpx.Response, reason: str
) -> errors.UnexpectedResponseError:
    return errors.UnexpectedResponseError(
        reason,
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        method=response.request.method,
        url=_facade.url_without_query(response.request.url),
        secrets=client.secret_values(),
    )


def _getDataConnections(
    client: AuthenticatedClient | Client, response: httpx.Response
) -> builtins.list[DataConnectionCondensed]:
    parsed = _get_data_connections._build_response(client=client, response=response).parsed
    if isinstance(parsed, list):
        return parsed
    raise _fail(client, response, "Response body is not the documented builtins.list[DataConnectionCondensed]")


def _createDataConnection(client: AuthenticatedClient | Client, response: httpx.Response) -> DataConnection:
    parsed = _create_data_connection._build_response(client=client, response=response).parsed
    if isinstance(parsed, DataConnection):
        return parsed
    raise _fail(client, response, "Response body is not the documented DataConnection")


def _getDataConnectionsFull(
    client: AuthenticatedClient | Client, response: httpx.Response
) -> builtins.list[DataConnection]:
    parsed = _get_data_connections_full._build_response(client=client, response=response).parsed
    if isinstance(parsed, list):
        return parsed
    raise _fail(client, response, "Response body is not the documented builtins.list[DataConnection]")


def _getDataConnectionsCount(client: AuthenticatedClient | Client, response: httpx.Response) -> EntityCount:
    parsed = _get_data_connections_count._build_response(client=client, response=response).parsed
    if isinstance(parsed, EntityCount):
        return parsed
    raise _fail(client, response, "Response body is not the documented EntityCount")


def _getDataConnection(client: AuthenticatedClient | Client, response: httpx.Response) -> DataConnection:
    parsed = _get_data_connection._build_response(client=client, response=response).parsed
    if isinstance(parsed, DataConnection):
        return parsed
    raise _fail(client, response, "Response body is not the documented DataConnection")


def _updateDataConnection(client: AuthenticatedClient | Client, response: httpx.Response) -> DataConnection:
    parsed = _update_data_connection._build_response(client=client, response=response).parsed
    if isinstance(parsed, DataConnection):
        return parsed
    raise _fail(client, response, "Response body is not the documented DataConnection")


def _deleteDataConnection(client: AuthenticatedClient | Client, response: httpx.Response) -> None:
    return None


class DataConnectionsWithRawResponse:
    """``data_connections`` methods returning a ``RawResponse``: status, headers, raw body and the parsed result."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    def list(
        self, *, filter: str | Unset = UNSET, orderby: str | Unset = UNSET, privileges: bool | Unset = False
    ) -> RawResponse[builtins.list[DataConnectionCondensed]]:
        """List data connections.

        Retrieves a list of all data connections in condensed format, optionally filtered by a query
        expression. Returns connections accessible to the authenticated user based on security rules.

        ``GET /dataconnection`` (getDataConnections).

        Args:
            filter: Filter expression using syntax: property operator value (e.g., name eq 'MyConnection')
            orderby: Property name to order results by
            privileges: Whether to append privilege information to returned entities

        Returns:
            ``RawResponse`` with status, headers, raw body and ``parsed`` (list[DataConnectionCondensed]).

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        request = _get_data_connections._get_kwargs(
            filter_=filter,
            orderby=orderby,
            privileges=privileges,
        )
        response = self._caller.send("getDataConnections", request)
        return RawResponse.of(response, _getDataConnections(self._caller.client, response))

    @overload
    def create(self, body: DataConnectionCreate, /) -> RawResponse[DataConnection]: ...

    @overload
    def create(
        self,
        /,
        *,
        name: str,
        connectionstring: str,
        type: str,
        log_on: int | Unset = UNSET,
        architecture: int | Unset = UNSET,
        username: str | Unset = UNSET,
        password: str | Unset = UNSET,
    ) -> RawResponse[DataConnection]: ...

    def create(
        self,
        body: DataConnectionCreate | None = None,
        /,
        *,
        name: str | Unset = UNSET,
        connectionstring: str | Unset = UNSET,
        type: str | Unset = UNSET,
        log_on: int | Unset = UNSET,
        architecture: int | Unset = UNSET,
        username: str | Unset = UNSET,
        password: str | Unset = UNSET,
    ) -> RawResponse[DataConnection]:
        """Create data connection.

        Creates a new data connection for use by Qlik Sense applications. The connection defines the
        provider type, connection string, and credentials for accessing an external data source.

        ``POST /dataconnection`` (createDataConnection).

        Args:
            body: a ``DataConnectionCreate``, or its fields as keyword arguments:
            name: (required) Data connection name
            connectionstring: (required) Connection string for the data source
            type: (required) Connection provider type
            log_on: Logon mode
            architecture: Connection architecture
            username: Username for connection authentication
            password: Password for connection authentication

        Returns:
            ``RawResponse`` with status, headers, raw body and ``parsed`` (DataConnection).

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        body = _facade.model_from_fields(
            DataConnectionCreate,
            body,
            {
                "name": name,
                "connectionstring": connectionstring,
                "type": type,
                "log_on": log_on,
                "architecture": architecture,
                "username": username,
                "password": password,
            },
            {
                "name": "name",
                "connectionstring": "connectionstring",
                "type": "type_",
                "log_on": "log_on",
                "architecture": "architecture",
                "username": "username",
                "password": "password",
            },
            "create",
            UNSET,
        )
        request = _create_data_connection._get_kwargs(
            body=body,
        )
        response = self._caller.send("createDataConnection", request)
        return RawResponse.of(response, _createDataConnection(self._caller.client, response))

    def list_full(
        self, *, filter: str | Unset = UNSET, orderby: str | Unset = UNSET, privileges: bool | Unset = False
    ) -> RawResponse[builtins.list[DataConnection]]:
        """List data connections with full details.

        Retrieves a list of all data connections in full format including owner, tags, custom properties,
        and connection string details.

        ``GET /dataconnection/full`` (getDataConnectionsFull).

        Args:
            filter: Filter expression using syntax: property operator value (e.g., name eq 'MyConnection')
            orderby: Property name to order results by
            privileges: Whether to append privilege information to returned entities

        Returns:
            ``RawResponse`` with status, headers, raw body and ``parsed`` (list[DataConnection]).

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        request = _get_data_connections_full._get_kwargs(
            filter_=filter,
            orderby=orderby,
            privileges=privileges,
        )
        response = self._caller.send("getDataConnectionsFull", request)
        return RawResponse.of(response, _getDataConnectionsFull(self._caller.client, response))

    def count(self, *, filter: str | Unset = UNSET) -> RawResponse[EntityCount]:
        """Count data connections.

        Returns the number of data connections matching an optional filter expression.

        ``GET /dataconnection/count`` (getDataConnectionsCount).

        Args:
            filter: Filter expression using syntax: property operator value (e.g., name eq 'MyConnection')

        Returns:
            ``RawResponse`` with status, headers, raw body and ``parsed`` (EntityCount).

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        request = _get_data_connections_count._get_kwargs(
            filter_=filter,
        )
        response = self._caller.send("getDataConnectionsCount", request)
        return RawResponse.of(response, _getDataConnectionsCount(self._caller.client, response))

    def get(self, id: UUID, /, *, privileges: bool | Unset = False) -> RawResponse[DataConnection]:
        """Get data connection by ID.

        Retrieves a single data connection by its unique identifier in full format.

        ``GET /dataconnection/{id}`` (getDataConnection).

        Args:
            id: Unique identifier (GUID) of the data connection
            privileges: Whether to append privilege information to returned entities

        Returns:
            ``RawResponse`` with status, headers, raw body and ``parsed`` (DataConnection).

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        request = _get_data_connection._get_kwargs(
            id,
            privileges=privileges,
        )
        response = self._caller.send("getDataConnection", request)
        return RawResponse.of(response, _getDataConnection(self._caller.client, response))

    @overload
    def update(self, id: UUID, body: DataConnectionRequest, /) -> RawResponse[DataConnection]: ...

    @overload
    def update(
        self,
        id: UUID,
        /,
        *,
        name: str,
        connectionstring: str,
        type: str,
        created_date: datetime.datetime | Unset = UNSET,
        modified_date: datetime.datetime | Unset = UNSET,
        modified_by_user_name: str | Unset = UNSET,
        log_on: int | Unset = UNSET,
        architecture: int | Unset = UNSET,
        engine_object_id: UUID | Unset = UNSET,
        username: str | Unset = UNSET,
        password: str | Unset = UNSET,
        owner: UserCondensed | Unset = UNSET,
        tags: builtins.list[TagCondensed] | Unset = UNSET,
        custom_properties: builtins.list[CustomPropertyValue] | Unset = UNSET,
        privileges: builtins.list[str] | Unset = UNSET,
        schema_path: str | Unset = UNSET,
    ) -> RawResponse[DataConnection]: ...

    def update(
        self,
        id: UUID,
        body: DataConnectionRequest | None = None,
        /,
        *,
        name: str | Unset = UNSET,
        connectionstring: str | Unset = UNSET,
        type: str | Unset = UNSET,
        created_date: datetime.datetime | Unset = UNSET,
        modified_date: datetime.datetime | Unset = UNSET,
        modified_by_user_name: str | Unset = UNSET,
        log_on: int | Unset = UNSET,
        architecture: int | Unset = UNSET,
        engine_object_id: UUID | Unset = UNSET,
        username: str | Unset = UNSET,
        password: str | Unset = UNSET,
        owner: UserCondensed | Unset = UNSET,
        tags: builtins.list[TagCondensed] | Unset = UNSET,
        custom_properties: builtins.list[CustomPropertyValue] | Unset = UNSET,
        privileges: builtins.list[str] | Unset = UNSET,
        schema_path: str | Unset = UNSET,
    ) -> RawResponse[DataConnection]:
        """Update data connection.

        Updates an existing data connection. The complete entity including the unchanged modifiedDate must
        be provided in the request body.

        ``PUT /dataconnection/{id}`` (updateDataConnection).

        Args:
            id: Unique identifier (GUID) of the data connection
            body: a ``DataConnectionRequest``, or its fields as keyword arguments:
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
            owner: UserCondensed | Unset
            tags: list[TagCondensed] | Unset
            custom_properties: list[CustomPropertyValue] | Unset
            privileges: list[str] | Unset
            schema_path: Schema path for this entity type

        Returns:
            ``RawResponse`` with status, headers, raw body and ``parsed`` (DataConnection).

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        body = _facade.model_from_fields(
            DataConnectionRequest,
            body,
            {
                "name": name,
                "connectionstring": connectionstring,
                "type": type,
                "created_date": created_date,
                "modified_date": modified_date,
                "modified_by_user_name": modified_by_user_name,
                "log_on": log_on,
                "architecture": architecture,
                "engine_object_id": engine_object_id,
                "username": username,
                "password": password,
                "owner": owner,
                "tags": tags,
                "custom_properties": custom_properties,
                "privileges": privileges,
                "schema_path": schema_path,
            },
            {
                "name": "name",
                "connectionstring": "connectionstring",
                "type": "type_",
                "created_date": "created_date",
                "modified_date": "modified_date",
                "modified_by_user_name": "modified_by_user_name",
                "log_on": "log_on",
                "architecture": "architecture",
                "engine_object_id": "engine_object_id",
                "username": "username",
                "password": "password",
                "owner": "owner",
                "tags": "tags",
                "custom_properties": "custom_properties",
                "privileges": "privileges",
                "schema_path": "schema_path",
                "id": "id",
            },
            "update",
            UNSET,
            {
                "id": id,
            },
        )
        request = _update_data_connection._get_kwargs(
            id,
            body=body,
        )
        response = self._caller.send("updateDataConnection", request)
        return RawResponse.of(response, _updateDataConnection(self._caller.client, response))

    def delete(self, id: UUID, /) -> RawResponse[None]:
        """Delete data connection.

        Permanently deletes a data connection from the repository. Applications referencing this connection
        will no longer be able to load data from it.

        ``DELETE /dataconnection/{id}`` (deleteDataConnection).

        Args:
            id: Unique identifier (GUID) of the data connection

        Returns:
            ``RawResponse`` with status, headers, raw body and ``parsed`` (None).

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        request = _delete_data_connection._get_kwargs(
            id,
        )
        response = self._caller.send("deleteDataConnection", request)
        _deleteDataConnection(self._caller.client, response)
        return RawResponse.of(response, None)


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

        request = _get_data_connections._get_kwargs(
            filter_=filter,
            orderby=orderby,
            privileges=privileges,
        )
        response = self._caller.send("getDataConnections", request)
        return _getDataConnections(self._caller.client, response)

    @overload
    def create(self, body: DataConnectionCreate, /) -> DataConnection: ...

    @overload
    def create(
        self,
        /,
        *,
        name: str,
        connectionstring: str,
        type: str,
        log_on: int | Unset = UNSET,
        architecture: int | Unset = UNSET,
        username: str | Unset = UNSET,
        password: str | Unset = UNSET,
    ) -> DataConnection: ...

    def create(
        self,
        body: DataConnectionCreate | None = None,
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
            body: a ``DataConnectionCreate``, or its fields as keyword arguments:
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

        body = _facade.model_from_fields(
            DataConnectionCreate,
            body,
            {
                "name": name,
                "connectionstring": connectionstring,
                "type": type,
                "log_on": log_on,
                "architecture": architecture,
                "username": username,
                "password": password,
            },
            {
                "name": "name",
                "connectionstring": "connectionstring",
                "type": "type_",
                "log_on": "log_on",
                "architecture": "architecture",
                "username": "username",
                "password": "password",
            },
            "create",
            UNSET,
        )
        request = _create_data_connection._get_kwargs(
            body=body,
        )
        response = self._caller.send("createDataConnection", request)
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

        request = _get_data_connections_full._get_kwargs(
            filter_=filter,
            orderby=orderby,
            privileges=privileges,
        )
        response = self._caller.send("getDataConnectionsFull", request)
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

        request = _get_data_connections_count._get_kwargs(
            filter_=filter,
        )
        response = self._caller.send("getDataConnectionsCount", request)
        return _getDataConnectionsCount(self._caller.client, response)

    def get(self, id: UUID, /, *, privileges: bool | Unset = False) -> DataConnection:
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

        request = _get_data_connection._get_kwargs(
            id,
            privileges=privileges,
        )
        response = self._caller.send("getDataConnection", request)
        return _getDataConnection(self._caller.client, response)

    @overload
    def update(self, id: UUID, body: DataConnectionRequest, /) -> DataConnection: ...

    @overload
    def update(
        self,
        id: UUID,
        /,
        *,
        name: str,
        connectionstring: str,
        type: str,
        created_date: datetime.datetime | Unset = UNSET,
        modified_date: datetime.datetime | Unset = UNSET,
        modified_by_user_name: str | Unset = UNSET,
        log_on: int | Unset = UNSET,
        architecture: int | Unset = UNSET,
        engine_object_id: UUID | Unset = UNSET,
        username: str | Unset = UNSET,
        password: str | Unset = UNSET,
        owner: UserCondensed | Unset = UNSET,
        tags: builtins.list[TagCondensed] | Unset = UNSET,
        custom_properties: builtins.list[CustomPropertyValue] | Unset = UNSET,
        privileges: builtins.list[str] | Unset = UNSET,
        schema_path: str | Unset = UNSET,
    ) -> DataConnection: ...

    def update(
        self,
        id: UUID,
        body: DataConnectionRequest | None = None,
        /,
        *,
        name: str | Unset = UNSET,
        connectionstring: str | Unset = UNSET,
        type: str | Unset = UNSET,
        created_date: datetime.datetime | Unset = UNSET,
        modified_date: datetime.datetime | Unset = UNSET,
        modified_by_user_name: str | Unset = UNSET,
        log_on: int | Unset = UNSET,
        architecture: int | Unset = UNSET,
        engine_object_id: UUID | Unset = UNSET,
        username: str | Unset = UNSET,
        password: str | Unset = UNSET,
        owner: UserCondensed | Unset = UNSET,
        tags: builtins.list[TagCondensed] | Unset = UNSET,
        custom_properties: builtins.list[CustomPropertyValue] | Unset = UNSET,
        privileges: builtins.list[str] | Unset = UNSET,
        schema_path: str | Unset = UNSET,
    ) -> DataConnection:
        """Update data connection.

        Updates an existing data connection. The complete entity including the unchanged modifiedDate must
        be provided in the request body.

        ``PUT /dataconnection/{id}`` (updateDataConnection).

        Args:
            id: Unique identifier (GUID) of the data connection
            body: a ``DataConnectionRequest``, or its fields as keyword arguments:
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
            owner: UserCondensed | Unset
            tags: list[TagCondensed] | Unset
            custom_properties: list[CustomPropertyValue] | Unset
            privileges: list[str] | Unset
            schema_path: Schema path for this entity type

        Returns:
            DataConnection.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        body = _facade.model_from_fields(
            DataConnectionRequest,
            body,
            {
                "name": name,
                "connectionstring": connectionstring,
                "type": type,
                "created_date": created_date,
                "modified_date": modified_date,
                "modified_by_user_name": modified_by_user_name,
                "log_on": log_on,
                "architecture": architecture,
                "engine_object_id": engine_object_id,
                "username": username,
                "password": password,
                "owner": owner,
                "tags": tags,
                "custom_properties": custom_properties,
                "privileges": privileges,
                "schema_path": schema_path,
            },
            {
                "name": "name",
                "connectionstring": "connectionstring",
                "type": "type_",
                "created_date": "created_date",
                "modified_date": "modified_date",
                "modified_by_user_name": "modified_by_user_name",
                "log_on": "log_on",
                "architecture": "architecture",
                "engine_object_id": "engine_object_id",
                "username": "username",
                "password": "password",
                "owner": "owner",
                "tags": "tags",
                "custom_properties": "custom_properties",
                "privileges": "privileges",
                "schema_path": "schema_path",
                "id": "id",
            },
            "update",
            UNSET,
            {
                "id": id,
            },
        )
        request = _update_data_connection._get_kwargs(
            id,
            body=body,
        )
        response = self._caller.send("updateDataConnection", request)
        return _updateDataConnection(self._caller.client, response)

    def delete(self, id: UUID, /) -> None:
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

        request = _delete_data_connection._get_kwargs(
            id,
        )
        response = self._caller.send("deleteDataConnection", request)
        _deleteDataConnection(self._caller.client, response)


class AsyncDataConnectionsWithRawResponse:
    """``data_connections`` methods returning a ``RawResponse``: status, headers, raw body and the parsed result."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    async def list(
        self, *, filter: str | Unset = UNSET, orderby: str | Unset = UNSET, privileges: bool | Unset = False
    ) -> RawResponse[builtins.list[DataConnectionCondensed]]:
        """List data connections.

        Retrieves a list of all data connections in condensed format, optionally filtered by a query
        expression. Returns connections accessible to the authenticated user based on security rules.

        ``GET /dataconnection`` (getDataConnections).

        Args:
            filter: Filter expression using syntax: property operator value (e.g., name eq 'MyConnection')
            orderby: Property name to order results by
            privileges: Whether to append privilege information to returned entities

        Returns:
            ``RawResponse`` with status, headers, raw body and ``parsed`` (list[DataConnectionCondensed]).

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        request = _get_data_connections._get_kwargs(
            filter_=filter,
            orderby=orderby,
            privileges=privileges,
        )
        response = await self._caller.send_async("getDataConnections", request)
        return RawResponse.of(response, _getDataConnections(self._caller.client, response))

    @overload
    async def create(self, body: DataConnectionCreate, /) -> RawResponse[DataConnection]: ...

    @overload
    async def create(
        self,
        /,
        *,
        name: str,
        connectionstring: str,
        type: str,
        log_on: int | Unset = UNSET,
        architecture: int | Unset = UNSET,
        username: str | Unset = UNSET,
        password: str | Unset = UNSET,
    ) -> RawResponse[DataConnection]: ...

    async def create(
        self,
        body: DataConnectionCreate | None = None,
        /,
        *,
        name: str | Unset = UNSET,
        connectionstring: str | Unset = UNSET,
        type: str | Unset = UNSET,
        log_on: int | Unset = UNSET,
        architecture: int | Unset = UNSET,
        username: str | Unset = UNSET,
        password: str | Unset = UNSET,
    ) -> RawResponse[DataConnection]:
        """Create data connection.

        Creates a new data connection for use by Qlik Sense applications. The connection defines the
        provider type, connection string, and credentials for accessing an external data source.

        ``POST /dataconnection`` (createDataConnection).

        Args:
            body: a ``DataConnectionCreate``, or its fields as keyword arguments:
            name: (required) Data connection name
            connectionstring: (required) Connection string for the data source
            type: (required) Connection provider type
            log_on: Logon mode
            architecture: Connection architecture
            username: Username for connection authentication
            password: Password for connection authentication

        Returns:
            ``RawResponse`` with status, headers, raw body and ``parsed`` (DataConnection).

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        body = _facade.model_from_fields(
            DataConnectionCreate,
            body,
            {
                "name": name,
                "connectionstring": connectionstring,
                "type": type,
                "log_on": log_on,
                "architecture": architecture,
                "username": username,
                "password": password,
            },
            {
                "name": "name",
                "connectionstring": "connectionstring",
                "type": "type_",
                "log_on": "log_on",
                "architecture": "architecture",
                "username": "username",
                "password": "password",
            },
            "create",
            UNSET,
        )
        request = _create_data_connection._get_kwargs(
            body=body,
        )
        response = await self._caller.send_async("createDataConnection", request)
        return RawResponse.of(response, _createDataConnection(self._caller.client, response))

    async def list_full(
        self, *, filter: str | Unset = UNSET, orderby: str | Unset = UNSET, privileges: bool | Unset = False
    ) -> RawResponse[builtins.list[DataConnection]]:
        """List data connections with full details.

        Retrieves a list of all data connections in full format including owner, tags, custom properties,
        and connection string details.

        ``GET /dataconnection/full`` (getDataConnectionsFull).

        Args:
            filter: Filter expression using syntax: property operator value (e.g., name eq 'MyConnection')
            orderby: Property name to order results by
            privileges: Whether to append privilege information to returned entities

        Returns:
            ``RawResponse`` with status, headers, raw body and ``parsed`` (list[DataConnection]).

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        request = _get_data_connections_full._get_kwargs(
            filter_=filter,
            orderby=orderby,
            privileges=privileges,
        )
        response = await self._caller.send_async("getDataConnectionsFull", request)
        return RawResponse.of(response, _getDataConnectionsFull(self._caller.client, response))

    async def count(self, *, filter: str | Unset = UNSET) -> RawResponse[EntityCount]:
        """Count data connections.

        Returns the number of data connections matching an optional filter expression.

        ``GET /dataconnection/count`` (getDataConnectionsCount).

        Args:
            filter: Filter expression using syntax: property operator value (e.g., name eq 'MyConnection')

        Returns:
            ``RawResponse`` with status, headers, raw body and ``parsed`` (EntityCount).

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        request = _get_data_connections_count._get_kwargs(
            filter_=filter,
        )
        response = await self._caller.send_async("getDataConnectionsCount", request)
        return RawResponse.of(response, _getDataConnectionsCount(self._caller.client, response))

    async def get(self, id: UUID, /, *, privileges: bool | Unset = False) -> RawResponse[DataConnection]:
        """Get data connection by ID.

        Retrieves a single data connection by its unique identifier in full format.

        ``GET /dataconnection/{id}`` (getDataConnection).

        Args:
            id: Unique identifier (GUID) of the data connection
            privileges: Whether to append privilege information to returned entities

        Returns:
            ``RawResponse`` with status, headers, raw body and ``parsed`` (DataConnection).

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        request = _get_data_connection._get_kwargs(
            id,
            privileges=privileges,
        )
        response = await self._caller.send_async("getDataConnection", request)
        return RawResponse.of(response, _getDataConnection(self._caller.client, response))

    @overload
    async def update(self, id: UUID, body: DataConnectionRequest, /) -> RawResponse[DataConnection]: ...

    @overload
    async def update(
        self,
        id: UUID,
        /,
        *,
        name: str,
        connectionstring: str,
        type: str,
        created_date: datetime.datetime | Unset = UNSET,
        modified_date: datetime.datetime | Unset = UNSET,
        modified_by_user_name: str | Unset = UNSET,
        log_on: int | Unset = UNSET,
        architecture: int | Unset = UNSET,
        engine_object_id: UUID | Unset = UNSET,
        username: str | Unset = UNSET,
        password: str | Unset = UNSET,
        owner: UserCondensed | Unset = UNSET,
        tags: builtins.list[TagCondensed] | Unset = UNSET,
        custom_properties: builtins.list[CustomPropertyValue] | Unset = UNSET,
        privileges: builtins.list[str] | Unset = UNSET,
        schema_path: str | Unset = UNSET,
    ) -> RawResponse[DataConnection]: ...

    async def update(
        self,
        id: UUID,
        body: DataConnectionRequest | None = None,
        /,
        *,
        name: str | Unset = UNSET,
        connectionstring: str | Unset = UNSET,
        type: str | Unset = UNSET,
        created_date: datetime.datetime | Unset = UNSET,
        modified_date: datetime.datetime | Unset = UNSET,
        modified_by_user_name: str | Unset = UNSET,
        log_on: int | Unset = UNSET,
        architecture: int | Unset = UNSET,
        engine_object_id: UUID | Unset = UNSET,
        username: str | Unset = UNSET,
        password: str | Unset = UNSET,
        owner: UserCondensed | Unset = UNSET,
        tags: builtins.list[TagCondensed] | Unset = UNSET,
        custom_properties: builtins.list[CustomPropertyValue] | Unset = UNSET,
        privileges: builtins.list[str] | Unset = UNSET,
        schema_path: str | Unset = UNSET,
    ) -> RawResponse[DataConnection]:
        """Update data connection.

        Updates an existing data connection. The complete entity including the unchanged modifiedDate must
        be provided in the request body.

        ``PUT /dataconnection/{id}`` (updateDataConnection).

        Args:
            id: Unique identifier (GUID) of the data connection
            body: a ``DataConnectionRequest``, or its fields as keyword arguments:
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
            owner: UserCondensed | Unset
            tags: list[TagCondensed] | Unset
            custom_properties: list[CustomPropertyValue] | Unset
            privileges: list[str] | Unset
            schema_path: Schema path for this entity type

        Returns:
            ``RawResponse`` with status, headers, raw body and ``parsed`` (DataConnection).

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        body = _facade.model_from_fields(
            DataConnectionRequest,
            body,
            {
                "name": name,
                "connectionstring": connectionstring,
                "type": type,
                "created_date": created_date,
                "modified_date": modified_date,
                "modified_by_user_name": modified_by_user_name,
                "log_on": log_on,
                "architecture": architecture,
                "engine_object_id": engine_object_id,
                "username": username,
                "password": password,
                "owner": owner,
                "tags": tags,
                "custom_properties": custom_properties,
                "privileges": privileges,
                "schema_path": schema_path,
            },
            {
                "name": "name",
                "connectionstring": "connectionstring",
                "type": "type_",
                "created_date": "created_date",
                "modified_date": "modified_date",
                "modified_by_user_name": "modified_by_user_name",
                "log_on": "log_on",
                "architecture": "architecture",
                "engine_object_id": "engine_object_id",
                "username": "username",
                "password": "password",
                "owner": "owner",
                "tags": "tags",
                "custom_properties": "custom_properties",
                "privileges": "privileges",
                "schema_path": "schema_path",
                "id": "id",
            },
            "update",
            UNSET,
            {
                "id": id,
            },
        )
        request = _update_data_connection._get_kwargs(
            id,
            body=body,
        )
        response = await self._caller.send_async("updateDataConnection", request)
        return RawResponse.of(response, _updateDataConnection(self._caller.client, response))

    async def delete(self, id: UUID, /) -> RawResponse[None]:
        """Delete data connection.

        Permanently deletes a data connection from the repository. Applications referencing this connection
        will no longer be able to load data from it.

        ``DELETE /dataconnection/{id}`` (deleteDataConnection).

        Args:
            id: Unique identifier (GUID) of the data connection

        Returns:
            ``RawResponse`` with status, headers, raw body and ``parsed`` (None).

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        request = _delete_data_connection._get_kwargs(
            id,
        )
        response = await self._caller.send_async("deleteDataConnection", request)
        _deleteDataConnection(self._caller.client, response)
        return RawResponse.of(response, None)


class AsyncDataConnections:
    """Data connections of Qlik Sense QRS data connections (async)."""

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

        request = _get_data_connections._get_kwargs(
            filter_=filter,
            orderby=orderby,
            privileges=privileges,
        )
        response = await self._caller.send_async("getDataConnections", request)
        return _getDataConnections(self._caller.client, response)

    @overload
    async def create(self, body: DataConnectionCreate, /) -> DataConnection: ...

    @overload
    async def create(
        self,
        /,
        *,
        name: str,
        connectionstring: str,
        type: str,
        log_on: int | Unset = UNSET,
        architecture: int | Unset = UNSET,
        username: str | Unset = UNSET,
        password: str | Unset = UNSET,
    ) -> DataConnection: ...

    async def create(
        self,
        body: DataConnectionCreate | None = None,
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
            body: a ``DataConnectionCreate``, or its fields as keyword arguments:
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

        body = _facade.model_from_fields(
            DataConnectionCreate,
            body,
            {
                "name": name,
                "connectionstring": connectionstring,
                "type": type,
                "log_on": log_on,
                "architecture": architecture,
                "username": username,
                "password": password,
            },
            {
                "name": "name",
                "connectionstring": "connectionstring",
                "type": "type_",
                "log_on": "log_on",
                "architecture": "architecture",
                "username": "username",
                "password": "password",
            },
            "create",
            UNSET,
        )
        request = _create_data_connection._get_kwargs(
            body=body,
        )
        response = await self._caller.send_async("createDataConnection", request)
        return _createDataConnection(self._caller.client, response)

    async def list_full(
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

        request = _get_data_connections_full._get_kwargs(
            filter_=filter,
            orderby=orderby,
            privileges=privileges,
        )
        response = await self._caller.send_async("getDataConnectionsFull", request)
        return _getDataConnectionsFull(self._caller.client, response)

    async def count(self, *, filter: str | Unset = UNSET) -> EntityCount:
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

        request = _get_data_connections_count._get_kwargs(
            filter_=filter,
        )
        response = await self._caller.send_async("getDataConnectionsCount", request)
        return _getDataConnectionsCount(self._caller.client, response)

    async def get(self, id: UUID, /, *, privileges: bool | Unset = False) -> DataConnection:
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

        request = _get_data_connection._get_kwargs(
            id,
            privileges=privileges,
        )
        response = await self._caller.send_async("getDataConnection", request)
        return _getDataConnection(self._caller.client, response)

    @overload
    async def update(self, id: UUID, body: DataConnectionRequest, /) -> DataConnection: ...

    @overload
    async def update(
        self,
        id: UUID,
        /,
        *,
        name: str,
        connectionstring: str,
        type: str,
        created_date: datetime.datetime | Unset = UNSET,
        modified_date: datetime.datetime | Unset = UNSET,
        modified_by_user_name: str | Unset = UNSET,
        log_on: int | Unset = UNSET,
        architecture: int | Unset = UNSET,
        engine_object_id: UUID | Unset = UNSET,
        username: str | Unset = UNSET,
        password: str | Unset = UNSET,
        owner: UserCondensed | Unset = UNSET,
        tags: builtins.list[TagCondensed] | Unset = UNSET,
        custom_properties: builtins.list[CustomPropertyValue] | Unset = UNSET,
        privileges: builtins.list[str] | Unset = UNSET,
        schema_path: str | Unset = UNSET,
    ) -> DataConnection: ...

    async def update(
        self,
        id: UUID,
        body: DataConnectionRequest | None = None,
        /,
        *,
        name: str | Unset = UNSET,
        connectionstring: str | Unset = UNSET,
        type: str | Unset = UNSET,
        created_date: datetime.datetime | Unset = UNSET,
        modified_date: datetime.datetime | Unset = UNSET,
        modified_by_user_name: str | Unset = UNSET,
        log_on: int | Unset = UNSET,
        architecture: int | Unset = UNSET,
        engine_object_id: UUID | Unset = UNSET,
        username: str | Unset = UNSET,
        password: str | Unset = UNSET,
        owner: UserCondensed | Unset = UNSET,
        tags: builtins.list[TagCondensed] | Unset = UNSET,
        custom_properties: builtins.list[CustomPropertyValue] | Unset = UNSET,
        privileges: builtins.list[str] | Unset = UNSET,
        schema_path: str | Unset = UNSET,
    ) -> DataConnection:
        """Update data connection.

        Updates an existing data connection. The complete entity including the unchanged modifiedDate must
        be provided in the request body.

        ``PUT /dataconnection/{id}`` (updateDataConnection).

        Args:
            id: Unique identifier (GUID) of the data connection
            body: a ``DataConnectionRequest``, or its fields as keyword arguments:
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
            owner: UserCondensed | Unset
            tags: list[TagCondensed] | Unset
            custom_properties: list[CustomPropertyValue] | Unset
            privileges: list[str] | Unset
            schema_path: Schema path for this entity type

        Returns:
            DataConnection.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """

        body = _facade.model_from_fields(
            DataConnectionRequest,
            body,
            {
                "name": name,
                "connectionstring": connectionstring,
                "type": type,
                "created_date": created_date,
                "modified_date": modified_date,
                "modified_by_user_name": modified_by_user_name,
                "log_on": log_on,
                "architecture": architecture,
                "engine_object_id": engine_object_id,
                "username": username,
                "password": password,
                "owner": owner,
                "tags": tags,
                "custom_properties": custom_properties,
                "privileges": privileges,
                "schema_path": schema_path,
            },
            {
                "name": "name",
                "connectionstring": "connectionstring",
                "type": "type_",
                "created_date": "created_date",
                "modified_date": "modified_date",
                "modified_by_user_name": "modified_by_user_name",
                "log_on": "log_on",
                "architecture": "architecture",
                "engine_object_id": "engine_object_id",
                "username": "username",
                "password": "password",
                "owner": "owner",
                "tags": "tags",
                "custom_properties": "custom_properties",
                "privileges": "privileges",
                "schema_path": "schema_path",
                "id": "id",
            },
            "update",
            UNSET,
            {
                "id": id,
            },
        )
        request = _update_data_connection._get_kwargs(
            id,
            body=body,
        )
        response = await self._caller.send_async("updateDataConnection", request)
        return _updateDataConnection(self._caller.client, response)

    async def delete(self, id: UUID, /) -> None:
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

        request = _delete_data_connection._get_kwargs(
            id,
        )
        response = await self._caller.send_async("deleteDataConnection", request)
        _deleteDataConnection(self._caller.client, response)


class QrsClient(Client):
    """Qlik Sense QRS data connections, one attribute per resource.

        qrs = QrsClient.for_server("qlik.example.com", client_cert=..., client_key=..., root_ca=...)
        qrs = QrsClient.via_proxy("https://qlik.example.com", virtual_proxy="...", headers=...)
        qrs = QrsClient(base_url="https://qlik.example.com:4242/qrs", verify_ssl=..., headers=...)

    Every keyword option of ``Client`` applies (retries, timeouts, proxies, ..., xrfkey). Errors always
    raise: ``raise_on_error=False`` is refused (use the low-level ``Client`` for it).
    """

    _path_overrides: Mapping[str, str] = _NO_OVERRIDES

    @property
    def raise_on_error(self) -> bool:
        """Always True: the resource methods raise for every error status."""
        return True

    @raise_on_error.setter
    def raise_on_error(self, value: bool) -> None:
        if not value:
            raise ValueError(
                "QrsClient always raises for error statuses; use Client(raise_on_error=False) for the low-level functions"
            )

    def _caller(self) -> _facade.Caller[Any]:
        return _facade.Caller(
            self,
            send=_runtime.send,
            send_async=_runtime.send_async,
            routes=_ROUTES,
            overrides=self._path_overrides,
            api_error=errors.ApiError,
        )

    @property
    def data_connections(self) -> DataConnections:
        """Data connections: list, create, list_full, count, get, update, delete."""
        return DataConnections(self._caller())


class AsyncQrsClient(Client):
    """Qlik Sense QRS data connections (async: every method is a coroutine, pagers take ``async for``), one attribute per resource.

        qrs = AsyncQrsClient.for_server("qlik.example.com", client_cert=..., client_key=..., root_ca=...)
        qrs = AsyncQrsClient.via_proxy("https://qlik.example.com", virtual_proxy="...", headers=...)
        qrs = AsyncQrsClient(base_url="https://qlik.example.com:4242/qrs", verify_ssl=..., headers=...)

    Every keyword option of ``Client`` applies (retries, timeouts, proxies, ..., xrfkey). Errors always
    raise: ``raise_on_error=False`` is refused (use the low-level ``Client`` for it).
    """

    _path_overrides: Mapping[str, str] = _NO_OVERRIDES

    @property
    def raise_on_error(self) -> bool:
        """Always True: the resource methods raise for every error status."""
        return True

    @raise_on_error.setter
    def raise_on_error(self, value: bool) -> None:
        if not value:
            raise ValueError(
                "AsyncQrsClient always raises for error statuses; use Client(raise_on_error=False) for the low-level functions"
            )

    def _caller(self) -> _facade.Caller[Any]:
        return _facade.Caller(
            self,
            send=_runtime.send,
            send_async=_runtime.send_async,
            routes=_ROUTES,
            overrides=self._path_overrides,
            api_error=errors.ApiError,
        )

    @property
    def data_connections(self) -> AsyncDataConnections:
        """Data connections: list, create, list_full, count, get, update, delete."""
        return AsyncDataConnections(self._caller())
