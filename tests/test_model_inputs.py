"""Model constructors take fields as callers write them: an enum's literal string, a plain mapping for a model,
lists mixing both; read back typed. A string or mapping that does not fit is a ValueError naming Model.field.
from_dict (responses) never runs those converters: its values are typed already."""

from __future__ import annotations

import sys
from typing import Any
from uuid import UUID

import attrs
import pytest
from dataplus_server_client.models import LastError, ServerStatus
from qalyptus_cloud_client.models import SetPermissionsRequest, TemplateItems, TemplateItemsResponse
from qlik_data_stores_client.models import (
    DataField,
    DataType,
    DataTypeName,
    JsonPatchOperation,
    JsonPatchOperationOp,
)
from qlik_qrs_client.models import DataConnection, TagCondensed, UserCondensed

OWNER = {"id": str(UUID(int=5)), "userId": "jdoe", "userDirectory": "CORP", "name": "J Doe"}


def connection(**fields: Any) -> DataConnection:
    return DataConnection(id=UUID(int=1), name="Files", connectionstring="C:\\Files", type_="folder", **fields)


# ---------------------------------------------------------------------------------------------- accepted


def test_an_enum_string_becomes_its_member() -> None:
    operation = JsonPatchOperation(op="replace", path="/description", value="Q1")
    assert operation.op is JsonPatchOperationOp.REPLACE
    assert operation.to_dict() == {"op": "replace", "path": "/description", "value": "Q1"}
    assert operation == JsonPatchOperation(op=JsonPatchOperationOp.REPLACE, path="/description", value="Q1")


def test_an_undocumented_member_a_response_carried_passes_as_it_is() -> None:
    grown = JsonPatchOperationOp("rename")  # the API grew: from_dict keeps such a value
    assert JsonPatchOperation(op=grown, path="/x").op is grown


def test_mappings_and_mixed_lists_become_models() -> None:
    tag = TagCondensed(id=UUID(int=3), name="prod")
    built = connection(owner=OWNER, tags=[{"id": str(UUID(int=2)), "name": "finance"}, tag])
    assert isinstance(built.owner, UserCondensed) and built.owner.user_id == "jdoe"
    assert built.tags == [TagCondensed(id=UUID(int=2), name="finance"), tag]
    assert built.tags[1] is tag
    assert built.to_dict()["owner"] == OWNER
    assert DataConnection.from_dict(built.to_dict()) == built


def test_a_typed_list_is_kept_as_given() -> None:
    tags = [TagCondensed(id=UUID(int=3), name="prod")]
    assert connection(tags=tags).tags is tags


def test_nested_and_nullable_fields() -> None:
    field = DataField(name="amount", data_type={"type": "DOUBLE"})
    assert field.data_type == DataType(type_=DataTypeName.DOUBLE)
    assert DataType(type_="DOUBLE").type_ is DataTypeName.DOUBLE
    assert TemplateItemsResponse(is_success=True, data=None).data is None
    assert isinstance(TemplateItemsResponse(is_success=True, data={}).data, TemplateItems)
    assert ServerStatus(last_error={"date": 3, "text": "down"}).last_error == LastError(date=3, text="down")


def test_attrs_evolve_keeps_working() -> None:
    built = connection(owner=OWNER)
    assert attrs.evolve(built, name="Other").owner == built.owner


# ---------------------------------------------------------------------------------------------- refused


def test_a_bad_enum_string_names_the_model_the_field_and_the_allowed_values() -> None:
    with pytest.raises(ValueError, match=r"^JsonPatchOperation\.op: 'rename' is not one of 'add', .*'test'$"):
        JsonPatchOperation(op="rename", path="/x")  # type: ignore[arg-type]


def test_the_field_is_named_as_the_caller_knows_it() -> None:
    with pytest.raises(ValueError, match=r"^DataType\.type: 'MONEY' is not one of 'BINARY', .*'TIMESTAMP'"):
        DataType(type_="MONEY")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: DataField(name="a", data_type={}), r"^DataField\.data_type: DataType needs the field 'type'"),
        (lambda: connection(owner={**OWNER, "mail": "x"}), r"^DataConnection\.owner: UserCondensed has no field"),
        (lambda: connection(owner={**OWNER, "userId": 7}), r"^DataConnection\.owner\.user_id: expected str, got int 7"),
        (lambda: connection(tags=[{"id": "x", "name": "t"}]), r"^DataConnection\.tags\[0\]: not a valid TagCondensed"),
        (lambda: connection(tags={"name": "t"}), r"^DataConnection\.tags: expected a list, got dict"),
        (
            lambda: DataField(name="a", data_type={"type": "MONEY"}),
            r"^DataField\.data_type\.type: 'MONEY' is not one of 'BINARY', .*'TIMESTAMP'",
        ),
        (
            lambda: SetPermissionsRequest(members=[], permissions={"viewReport": "yes"}),
            r"^SetPermissionsRequest\.permissions\.view_report: expected bool, got str 'yes'",
        ),
        (
            lambda: ServerStatus(last_error={"date": "yesterday"}),
            r"^ServerStatus\.last_error\.date: expected int, got str 'yesterday'",
        ),
    ],
    ids=["missing", "unknown", "wrong-type", "list-item", "not-a-list", "nested-enum", "qalyptus", "dataplus"],
)
def test_a_bad_mapping_names_the_field(build: Any, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        build()


# ---------------------------------------------------------------------------------------------- from_dict


def counting(monkeypatch: pytest.MonkeyPatch, model: type) -> list[str]:
    """Every call of the model module's converter helper, by field name."""
    module = sys.modules[model.__module__]
    calls: list[str] = []
    original = module.convert

    def counted(value: Any, kind: Any, name: str) -> Any:
        calls.append(name)
        return original(value, kind, name)

    monkeypatch.setattr(module, "convert", counted)
    return calls


def test_from_dict_does_not_run_the_converters(monkeypatch: pytest.MonkeyPatch) -> None:
    payload = connection(owner=OWNER, tags=[{"id": str(UUID(int=2)), "name": "t"}]).to_dict()
    calls = counting(monkeypatch, DataConnection)
    parsed = DataConnection.from_dict(payload)
    assert isinstance(parsed.owner, UserCondensed) and isinstance(parsed.tags, list)
    assert calls == []
    connection(owner=parsed.owner, tags=parsed.tags)  # the constructor does, once per converted field
    assert calls == ["DataConnection.owner", "DataConnection.tags"]
    operations = counting(monkeypatch, JsonPatchOperation)
    assert JsonPatchOperation.from_dict({"op": "add", "path": "/x"}).op is JsonPatchOperationOp.ADD
    assert operations == []


def test_from_dict_of_a_subclass_goes_through_its_own_init() -> None:
    @attrs.define
    class Audited(DataConnection):
        reviewed: bool = False

    payload = {**connection(owner=OWNER).to_dict(), "extra": 1}
    parsed = Audited.from_dict(payload)
    assert type(parsed) is Audited and parsed.reviewed is False
    assert parsed.owner == UserCondensed.from_dict(OWNER) and parsed.additional_properties == {"extra": 1}
