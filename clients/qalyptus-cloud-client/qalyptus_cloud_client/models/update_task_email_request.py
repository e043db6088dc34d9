# Generated from specs/qalyptus-cloud.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
        d = dict(src_dict)
        from_ = d.pop("from")

        subject = d.pop("subject")

        is_active = d.pop("isActive")

        cc_bcc = d.pop("ccBcc", UNSET)

        def _parse_cc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cc = _parse_cc(d.pop("cc", UNSET))

        def _parse_bcc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bcc = _parse_bcc(d.pop("bcc", UNSET))

        def _parse_cc_qlik_variable(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                cc_qlik_variable_type_0 = UUID(data)

                return cc_qlik_variable_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        cc_qlik_variable = _parse_cc_qlik_variable(d.pop("ccQlikVariable", UNSET))

        def _parse_bcc_qlik_variable(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                bcc_qlik_variable_type_0 = UUID(data)

                return bcc_qlik_variable_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        bcc_qlik_variable = _parse_bcc_qlik_variable(d.pop("bccQlikVariable", UNSET))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        one_to_all = d.pop("oneToAll", UNSET)

        update_task_email_request = cls(
            from_=from_,
            subject=subject,
            is_active=is_active,
            cc_bcc=cc_bcc,
            cc=cc,
            bcc=bcc,
            cc_qlik_variable=cc_qlik_variable,
            bcc_qlik_variable=bcc_qlik_variable,
            message=message,
            one_to_all=one_to_all,
        )

        update_task_email_request.additional_properties = d
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
