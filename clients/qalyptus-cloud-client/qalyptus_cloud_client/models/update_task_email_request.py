# Generated from specs/qalyptus-cloud.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._inputs import rebuilt
from ..types import UNSET, Unset, UuidCache, cached_uuid

T = TypeVar("T", bound="UpdateTaskEmailRequest")


@_attrs_define
class UpdateTaskEmailRequest:
    """The email settings of a task.

    Attributes:
        from_ (str):
        subject (str):
        is_active (bool):
        cc_bcc (bool | Unset):
        cc (None | str | Unset):
        bcc (None | str | Unset):
        cc_qlik_variable (None | Unset | UUID):
        bcc_qlik_variable (None | Unset | UUID):
        message (None | str | Unset):
        one_to_all (bool | Unset):
    """

    from_: str
    subject: str
    is_active: bool
    cc_bcc: bool | Unset = UNSET
    cc: None | str | Unset = UNSET
    bcc: None | str | Unset = UNSET
    cc_qlik_variable: None | Unset | UUID = UNSET
    bcc_qlik_variable: None | Unset | UUID = UNSET
    message: None | str | Unset = UNSET
    one_to_all: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_ = self.from_

        subject = self.subject

        is_active = self.is_active

        cc_bcc = self.cc_bcc

        cc: None | str | Unset
        if isinstance(self.cc, Unset):
            cc = UNSET
        else:
            cc = self.cc

        bcc: None | str | Unset
        if isinstance(self.bcc, Unset):
            bcc = UNSET
        else:
            bcc = self.bcc

        cc_qlik_variable: None | str | Unset
        if isinstance(self.cc_qlik_variable, Unset):
            cc_qlik_variable = UNSET
        elif isinstance(self.cc_qlik_variable, UUID):
            cc_qlik_variable = str(self.cc_qlik_variable)
        else:
            cc_qlik_variable = self.cc_qlik_variable

        bcc_qlik_variable: None | str | Unset
        if isinstance(self.bcc_qlik_variable, Unset):
            bcc_qlik_variable = UNSET
        elif isinstance(self.bcc_qlik_variable, UUID):
            bcc_qlik_variable = str(self.bcc_qlik_variable)
        else:
            bcc_qlik_variable = self.bcc_qlik_variable

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        one_to_all = self.one_to_all

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from": from_,
                "subject": subject,
                "isActive": is_active,
            }
        )
        if cc_bcc is not UNSET:
            field_dict["ccBcc"] = cc_bcc
        if cc is not UNSET:
            field_dict["cc"] = cc
        if bcc is not UNSET:
            field_dict["bcc"] = bcc
        if cc_qlik_variable is not UNSET:
            field_dict["ccQlikVariable"] = cc_qlik_variable
        if bcc_qlik_variable is not UNSET:
            field_dict["bccQlikVariable"] = bcc_qlik_variable
        if message is not UNSET:
            field_dict["message"] = message
        if one_to_all is not UNSET:
            field_dict["oneToAll"] = one_to_all

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cls._decode(src_dict, {})

    @classmethod
    def _decode(cls: type[T], src_dict: Mapping[str, Any], uuids: UuidCache) -> T:
        """from_dict, with the UUIDs already parsed for this response in uuids."""
        from_ = src_dict["from"]

        subject = src_dict["subject"]

        is_active = src_dict["isActive"]

        cc_bcc = src_dict.get("ccBcc", UNSET)

        cc = src_dict.get("cc", UNSET)

        bcc = src_dict.get("bcc", UNSET)

        _cc_qlik_variable = src_dict.get("ccQlikVariable", UNSET)
        cc_qlik_variable: None | Unset | UUID = (
            UNSET
            if _cc_qlik_variable is UNSET
            else (
                None
                if _cc_qlik_variable is None
                else (uuids.get(_cc_qlik_variable) or cached_uuid(uuids, _cc_qlik_variable))
            )
        )

        _bcc_qlik_variable = src_dict.get("bccQlikVariable", UNSET)
        bcc_qlik_variable: None | Unset | UUID = (
            UNSET
            if _bcc_qlik_variable is UNSET
            else (
                None
                if _bcc_qlik_variable is None
                else (uuids.get(_bcc_qlik_variable) or cached_uuid(uuids, _bcc_qlik_variable))
            )
        )

        message = src_dict.get("message", UNSET)

        one_to_all = src_dict.get("oneToAll", UNSET)

        update_task_email_request = cls.__new__(cls)
        update_task_email_request.from_ = from_
        update_task_email_request.subject = subject
        update_task_email_request.is_active = is_active
        update_task_email_request.cc_bcc = cc_bcc
        update_task_email_request.cc = cc
        update_task_email_request.bcc = bcc
        update_task_email_request.cc_qlik_variable = cc_qlik_variable
        update_task_email_request.bcc_qlik_variable = bcc_qlik_variable
        update_task_email_request.message = message
        update_task_email_request.one_to_all = one_to_all
        if _DOCUMENTED_KEYS.issuperset(src_dict):
            update_task_email_request.additional_properties = {}
        else:
            extras = dict(src_dict)
            for key in _DOCUMENTED_KEYS:
                extras.pop(key, None)
            update_task_email_request.additional_properties = extras

        if cls is not UpdateTaskEmailRequest:  # a subclass: through its own __init__ (its fields' defaults, its hooks)
            return rebuilt(cls, update_task_email_request, UpdateTaskEmailRequest)
        return update_task_email_request

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
    {"from", "subject", "isActive", "ccBcc", "cc", "bcc", "ccQlikVariable", "bccQlikVariable", "message", "oneToAll"}
)
