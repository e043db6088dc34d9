"""The QRS DataConnection and Data+ EntriesPage schemas as pydantic v2 and msgspec models, for comparison only.

Same fields, JSON names, types and optionality as the specs; the pydantic models keep undocumented keys
(extra="allow", like the generated additional_properties), msgspec Structs cannot and drop them.
"""

from __future__ import annotations

import datetime
import uuid
from typing import Any

import attrs
import msgspec
from pydantic import BaseModel, ConfigDict, Field, TypeAdapter


class _Open(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True)


class PydanticDefinition(_Open):
    id: uuid.UUID | None = None
    name: str | None = None


class PydanticCustomPropertyValue(_Open):
    id: uuid.UUID | None = None
    definition: PydanticDefinition | None = None
    value: str | None = None


class PydanticUser(_Open):
    id: uuid.UUID | None = None
    name: str | None = None
    user_directory: str | None = Field(None, alias="userDirectory")
    user_id: str | None = Field(None, alias="userId")
    privileges: list[str] | None = None


class PydanticTag(_Open):
    id: uuid.UUID | None = None
    name: str | None = None
    privileges: list[str] | None = None


class PydanticDataConnection(_Open):
    name: str
    connectionstring: str
    type_: str = Field(alias="type")
    id: uuid.UUID | None = None
    created_date: datetime.datetime | None = Field(None, alias="createdDate")
    modified_date: datetime.datetime | None = Field(None, alias="modifiedDate")
    modified_by_user_name: str | None = Field(None, alias="modifiedByUserName")
    log_on: int | None = Field(None, alias="logOn")
    architecture: int | None = None
    engine_object_id: uuid.UUID | None = Field(None, alias="engineObjectId")
    username: str | None = None
    password: str | None = None
    owner: PydanticUser | None = None
    tags: list[PydanticTag] | None = None
    custom_properties: list[PydanticCustomPropertyValue] | None = Field(None, alias="customProperties")
    privileges: list[str] | None = None
    schema_path: str | None = Field(None, alias="schemaPath")


class PydanticRow(_Open):
    id: str | None = None


class PydanticEntriesPage(_Open):
    data: list[PydanticRow] | None = None
    count: int | None = None
    offset: int | None = None
    limit: int | None = None
    total: int | None = None


PYDANTIC_CONNECTIONS = TypeAdapter(list[PydanticDataConnection])
PYDANTIC_PAGE = TypeAdapter(PydanticEntriesPage)


class MsgspecDefinition(msgspec.Struct):
    id: uuid.UUID | None = None
    name: str | None = None


class MsgspecCustomPropertyValue(msgspec.Struct):
    id: uuid.UUID | None = None
    definition: MsgspecDefinition | None = None
    value: str | None = None


class MsgspecUser(msgspec.Struct, rename="camel"):
    id: uuid.UUID | None = None
    name: str | None = None
    user_directory: str | None = None
    user_id: str | None = None
    privileges: list[str] | None = None


class MsgspecTag(msgspec.Struct):
    id: uuid.UUID | None = None
    name: str | None = None
    privileges: list[str] | None = None


class MsgspecDataConnection(msgspec.Struct, rename={"type_": "type", "connectionstring": "connectionstring"}):
    name: str
    connectionstring: str
    type_: str
    id: uuid.UUID | None = None
    created_date: datetime.datetime | None = msgspec.field(default=None, name="createdDate")
    modified_date: datetime.datetime | None = msgspec.field(default=None, name="modifiedDate")
    modified_by_user_name: str | None = msgspec.field(default=None, name="modifiedByUserName")
    log_on: int | None = msgspec.field(default=None, name="logOn")
    architecture: int | None = None
    engine_object_id: uuid.UUID | None = msgspec.field(default=None, name="engineObjectId")
    username: str | None = None
    password: str | None = None
    owner: MsgspecUser | None = None
    tags: list[MsgspecTag] | None = None
    custom_properties: list[MsgspecCustomPropertyValue] | None = msgspec.field(default=None, name="customProperties")
    privileges: list[str] | None = None
    schema_path: str | None = msgspec.field(default=None, name="schemaPath")


class MsgspecEntriesPage(msgspec.Struct):
    data: list[dict[str, str]] | None = None  # rows: an id and string columns
    count: int | None = None
    offset: int | None = None
    limit: int | None = None
    total: int | None = None


MSGSPEC_CONNECTIONS = msgspec.json.Decoder(list[MsgspecDataConnection])
MSGSPEC_PAGE = msgspec.json.Decoder(MsgspecEntriesPage)


# attrs classes like the generated ones (slots, an additional_properties dict each) but with the JSON keys as
# attribute names, so that msgspec can build them straight from the bytes in C: what building this many attrs
# objects costs at the least, the collector's rescans included (undocumented keys are dropped).
@attrs.define
class AttrsDefinition:
    id: uuid.UUID | None = None
    name: str | None = None
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)


@attrs.define
class AttrsCustomPropertyValue:
    id: uuid.UUID | None = None
    definition: AttrsDefinition | None = None
    value: str | None = None
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)


@attrs.define
class AttrsUser:
    id: uuid.UUID | None = None
    name: str | None = None
    userDirectory: str | None = None  # noqa: N815 - the JSON key
    userId: str | None = None  # noqa: N815
    privileges: list[str] | None = None
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)


@attrs.define
class AttrsTag:
    id: uuid.UUID | None = None
    name: str | None = None
    privileges: list[str] | None = None
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)


@attrs.define
class AttrsDataConnection:
    name: str
    connectionstring: str
    type: str
    id: uuid.UUID | None = None
    createdDate: datetime.datetime | None = None  # noqa: N815
    modifiedDate: datetime.datetime | None = None  # noqa: N815
    modifiedByUserName: str | None = None  # noqa: N815
    logOn: int | None = None  # noqa: N815
    architecture: int | None = None
    engineObjectId: uuid.UUID | None = None  # noqa: N815
    username: str | None = None
    password: str | None = None
    owner: AttrsUser | None = None
    tags: list[AttrsTag] | None = None
    customProperties: list[AttrsCustomPropertyValue] | None = None  # noqa: N815
    privileges: list[str] | None = None
    schemaPath: str | None = None  # noqa: N815
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)


MSGSPEC_ATTRS_CONNECTIONS = msgspec.json.Decoder(list[AttrsDataConnection])
