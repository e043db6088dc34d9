# Generated from specs/dataplus-server.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._inputs import rebuilt
from ..types import UNSET, Unset, UuidCache

T = TypeVar("T", bound="SendMailRequest")


@_attrs_define
class SendMailRequest:
    """
    Attributes:
        to (str): Mail destination (comma separated for multiple)
        from_ (str): Mail sender display name
        subject (str): Subject of the mail
        content (str): Content of the mail
        html (bool | Unset): Determines if the content should be send as HTML rather than plain text
    """

    to: str
    from_: str
    subject: str
    content: str
    html: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        to = self.to

        from_ = self.from_

        subject = self.subject

        content = self.content

        html = self.html

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "to": to,
                "from": from_,
                "subject": subject,
                "content": content,
            }
        )
        if html is not UNSET:
            field_dict["html"] = html

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cls._decode(src_dict, {})

    @classmethod
    def _decode(cls: type[T], src_dict: Mapping[str, Any], uuids: UuidCache) -> T:
        """from_dict, with the UUIDs already parsed for this response in uuids."""
        to = src_dict["to"]

        from_ = src_dict["from"]

        subject = src_dict["subject"]

        content = src_dict["content"]

        html = src_dict.get("html", UNSET)

        send_mail_request = cls.__new__(cls)
        send_mail_request.to = to
        send_mail_request.from_ = from_
        send_mail_request.subject = subject
        send_mail_request.content = content
        send_mail_request.html = html
        if _DOCUMENTED_KEYS.issuperset(src_dict):
            send_mail_request.additional_properties = {}
        else:
            extras = dict(src_dict)
            for key in _DOCUMENTED_KEYS:
                extras.pop(key, None)
            send_mail_request.additional_properties = extras

        if cls is not SendMailRequest:  # a subclass: through its own __init__ (its fields' defaults, its hooks)
            return rebuilt(cls, send_mail_request, SendMailRequest)
        return send_mail_request

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


_DOCUMENTED_KEYS = frozenset({"to", "from", "subject", "content", "html"})
