# Generated from specs/dataplus-server.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
"""``mail`` of Data+ Server: ``Mail`` (documented), ``AsyncMail`` and their ``with_raw_response`` twins.

Reached as ``DataPlusClient(...).mail``. Each method sends one operation through its low-level module under ``api/``,
returns its success type and raises ``errors.ApiError`` (a subclass per status) for anything else.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Required, TypedDict, Unpack, overload

import httpx

from .. import _facade
from .._facade import RawResponse
from ..api.mail import send_mail as _send_mail
from ..client import AuthenticatedClient, Client
from ..models import (
    SendMailRequest,
)
from ..types import UNSET, Unset

__all__ = [
    "AsyncMail",
    "AsyncMailWithRawResponse",
    "Mail",
    "MailWithRawResponse",
]


# By method: the keyword fields taking a str (UUID, date) or a mapping (model) for their type (_facade.accept).
_KINDS: dict[str, dict[str, Any]] = {}

if TYPE_CHECKING:

    class _sendMailFields(TypedDict, total=False):
        """``send``'s keyword fields, those of a ``SendMailRequest`` (shared by its four variants)."""

        to: Required[str]
        from_: Required[str]
        subject: Required[str]
        content: Required[str]
        html: bool | Unset


def _sendMail(client: AuthenticatedClient | Client, response: httpx.Response) -> None:
    return None


class Mail:
    """Mail of Data+ Server."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    @property
    def with_raw_response(self) -> MailWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, raw body, parsed result)."""
        return MailWithRawResponse(self._caller)

    @overload
    def send(self, body: SendMailRequest | Mapping[str, Any], /) -> None: ...

    @overload
    def send(self, /, **fields: Unpack[_sendMailFields]) -> None: ...

    def send(
        self,
        body: SendMailRequest | Mapping[str, Any] | None = None,
        /,
        *,
        to: str | Unset = UNSET,
        from_: str | Unset = UNSET,
        subject: str | Unset = UNSET,
        content: str | Unset = UNSET,
        html: bool | Unset = UNSET,
    ) -> None:
        """Send a mail.

        Send a mail. The default mail settings of the server will be used.

        ``POST /api/mail/send`` (sendMail).

        Args:
            body: a ``SendMailRequest``, a mapping of its JSON fields, or its fields as keyword arguments:
            to: (required) Mail destination (comma separated for multiple)
            from_: (required) Mail sender display name
            subject: (required) Subject of the mail
            content: (required) Content of the mail
            html: Determines if the content should be send as HTML rather than plain text

        Returns:
            None.

        Raises:
            errors.ApiError: any 4xx/5xx after retries (NotFoundError, ...).
            errors.UnexpectedResponseError: a success response that is not the documented type.
            errors.ApiConnectionError: the request could not be sent or answered.
        """
        body = _facade.model_from_arguments(SendMailRequest, body, locals(), ("self", "body"), "send", UNSET)
        response = self._caller.send("sendMail", _send_mail._get_kwargs(body=body))
        _sendMail(self._caller.client, response)


class MailWithRawResponse:
    """``mail`` methods returning a ``RawResponse``: status, headers, raw body and the parsed result."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    @overload
    def send(self, body: SendMailRequest | Mapping[str, Any], /) -> RawResponse[None]: ...

    @overload
    def send(self, /, **fields: Unpack[_sendMailFields]) -> RawResponse[None]: ...

    def send(self, body: SendMailRequest | Mapping[str, Any] | None = None, /, **fields: Any) -> RawResponse[None]:
        """``Mail.send`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(SendMailRequest, body, fields, "send", UNSET)
        response = self._caller.send("sendMail", _send_mail._get_kwargs(body=body))
        _sendMail(self._caller.client, response)
        return RawResponse.of(response, None)


class AsyncMail:
    """Mail of Data+ Server (async: the methods of ``Mail``, documented there)."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    @property
    def with_raw_response(self) -> AsyncMailWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, raw body, parsed result)."""
        return AsyncMailWithRawResponse(self._caller)

    @overload
    async def send(self, body: SendMailRequest | Mapping[str, Any], /) -> None: ...

    @overload
    async def send(self, /, **fields: Unpack[_sendMailFields]) -> None: ...

    async def send(self, body: SendMailRequest | Mapping[str, Any] | None = None, /, **fields: Any) -> None:
        """``Mail.send`` (documented there), async."""
        body = _facade.model_from_keywords(SendMailRequest, body, fields, "send", UNSET)
        response = await self._caller.send_async("sendMail", _send_mail._get_kwargs(body=body))
        _sendMail(self._caller.client, response)


class AsyncMailWithRawResponse:
    """``mail`` methods returning a ``RawResponse``: status, headers, raw body and the parsed result."""

    __slots__ = ("_caller",)

    def __init__(self, caller: _facade.Caller[Any]) -> None:
        self._caller = caller

    @overload
    async def send(self, body: SendMailRequest | Mapping[str, Any], /) -> RawResponse[None]: ...

    @overload
    async def send(self, /, **fields: Unpack[_sendMailFields]) -> RawResponse[None]: ...

    async def send(
        self, body: SendMailRequest | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> RawResponse[None]:
        """``Mail.send`` (documented there), returning a ``RawResponse``."""
        body = _facade.model_from_keywords(SendMailRequest, body, fields, "send", UNSET)
        response = await self._caller.send_async("sendMail", _send_mail._get_kwargs(body=body))
        _sendMail(self._caller.client, response)
        return RawResponse.of(response, None)
