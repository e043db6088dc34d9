# Copied from generator/runtime/_inputs.py into the client generated from specs/qlik-cloud-data-stores.yaml.
# Do not edit by hand: change generator/runtime/ and run `make generate`.
"""Inputs as callers write them: the typed value, or the str / plain mapping it is written as.

Shared by the resource methods (``accept``, through ``_facade``) and the model constructors (``convert``, each
model field of an enum or model type, or a list of them, is an attrs converter calling it). A str or mapping
that does not fit is a ValueError naming the argument or ``Model.field``; anything else passes unchanged.
"""

from __future__ import annotations

import datetime
import enum
import sys
import types
import typing
from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar
from uuid import UUID

import attrs

__all__ = ["accept", "convert", "enum_member", "model_of", "rebuilt"]

T = TypeVar("T")

# What ``accept`` turns a str into, by kind name.
_PARSERS: dict[str, tuple[Callable[[str], Any], str]] = {
    "uuid": (UUID, "a UUID (e.g. 2f6d1c8a-4b3e-4a9f-8c7d-1e0b9a2c3d01)"),
    "datetime": (datetime.datetime.fromisoformat, "an ISO 8601 date-time (e.g. 2024-01-31T12:00:00Z)"),
    "date": (datetime.date.fromisoformat, "an ISO 8601 date (e.g. 2024-01-31)"),
}


U = TypeVar("U")
E = TypeVar("E", bound=enum.Enum)


@typing.overload
def accept(value: str | U, kind: typing.Literal["uuid"], name: str) -> UUID | U: ...
@typing.overload
def accept(value: str | U, kind: typing.Literal["datetime"], name: str) -> datetime.datetime | U: ...
@typing.overload
def accept(value: str | U, kind: typing.Literal["date"], name: str) -> datetime.date | U: ...
@typing.overload
def accept(value: str | U, kind: type[E], name: str) -> E | U: ...
@typing.overload
def accept(value: Mapping[str, Any] | U, kind: type[T], name: str) -> T | U: ...
@typing.overload
def accept(value: Sequence[Any], kind: list[Any], name: str) -> list[Any]: ...
@typing.overload
def accept(value: U, kind: list[Any], name: str) -> list[Any] | U: ...
def accept(value: Any, kind: Any, name: str) -> Any:
    """An argument as the API's types want it, from what callers naturally pass.

    ``kind`` is "uuid" / "datetime" / "date" (a str is parsed), an enum class (its member, or the member's
    literal string), a model class (the model, or a mapping of its JSON fields, validated), or a one-item list
    ``[kind]`` for a sequence of those. Anything else (the typed value, UNSET, None) passes unchanged; a str or
    mapping that does not fit is a ValueError naming the argument, raised before any request is sent."""
    if isinstance(kind, str):
        if isinstance(value, str):
            parse, expected = _PARSERS[kind]
            try:
                return parse(value)
            except ValueError:
                raise ValueError(f"{name}: {value!r} is not {expected}") from None
        return value
    if isinstance(kind, list):
        if isinstance(value, (str, bytes, Mapping)):
            raise ValueError(f"{name}: expected a list, got {type(value).__name__}")
        if not isinstance(value, Sequence):
            return value
        return [accept(item, kind[0], f"{name}[{index}]") for index, item in enumerate(value)]
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return enum_member(kind, value, name)
    if isinstance(kind, type) and isinstance(value, Mapping):
        return model_of(kind, value, name)
    return value


def enum_member(cls: type[enum.Enum], value: Any, name: str) -> Any:
    """A documented member of ``cls`` for itself or its literal string; a value the spec does not list is a
    ValueError naming the field and the allowed values (responses may carry one, requests may not)."""
    if isinstance(value, cls):
        if getattr(value, "is_documented", True):
            return value
        value = value.value
    if isinstance(value, str):
        member = cls._value2member_map_.get(value)
        if member is not None:
            return member
        allowed = ", ".join(repr(m.value) for m in cls)
        raise ValueError(f"{name}: {value!r} is not one of {allowed}")
    return value


_HINTS: dict[type, dict[str, Any]] = {}


def _hints(model: type) -> dict[str, Any]:
    """The model's resolved field types ({} where they cannot be resolved: no type check then)."""
    hints = _HINTS.get(model)
    if hints is None:
        try:
            hints = typing.get_type_hints(model, globalns=vars(sys.modules[model.__module__]))
        except (NameError, TypeError, AttributeError):
            hints = {}
        _HINTS[model] = hints
    return hints


def model_of(model: type[T], value: Mapping[str, Any], name: str, *, documented_only: bool = True) -> T:
    """``model.from_dict(value)``, checked: a missing required field, a field the model does not document (when
    ``documented_only``; the model lists them) or a value of the wrong type is a ValueError naming it."""
    documented = getattr(sys.modules[model.__module__], "_DOCUMENTED_KEYS", None)
    if any(not isinstance(key, str) for key in value):
        raise ValueError(f"{name}: the keys of a {model.__name__} are field names (str)")
    if documented_only and documented is not None:
        unknown = sorted(set(value) - documented)
        if unknown:
            raise ValueError(
                f"{name}: {model.__name__} has no field {unknown[0]!r} (its fields: {', '.join(sorted(documented))})"
            )
    try:
        built = model.from_dict(value)  # type: ignore[attr-defined]
    except KeyError as missing:
        raise ValueError(f"{name}: {model.__name__} needs the field {missing.args[0]!r}") from None
    except (TypeError, ValueError, AttributeError) as error:
        raise ValueError(f"{name}: not a valid {model.__name__}: {error}") from None
    for field_name, hint in _hints(model).items():
        if field_name == "additional_properties":
            continue
        field_value = getattr(built, field_name, None)
        problem = _mismatch(field_value, hint)
        if problem:
            raise ValueError(f"{name}.{field_name.rstrip('_')}: {problem}")
    return typing.cast(T, built)


def _mismatch(value: Any, hint: Any) -> str:
    """Why ``value`` is not of type ``hint`` ('' when it is, or when the hint is not one checked here)."""
    origin = typing.get_origin(hint)
    if hint is Any or hint is object:
        return ""
    if origin in (typing.Union, types.UnionType):
        options = typing.get_args(hint)
        reasons = [_mismatch(value, option) for option in options]
        if all(reasons):
            # Named as the caller would give it: UNSET is leaving the field out, not a type to pass.
            pairs = list(zip(options, reasons, strict=True))
            shown = [(o, r) for o, r in pairs if getattr(o, "__name__", "") != "Unset"] or pairs
            if len(shown) == 1:
                return shown[0][1]
            named = " | ".join(_type_name(option) for option, _ in shown)
            return next((r for _, r in shown if "is not one of" in r), f"{value!r} is not {named}")
        return ""
    if hint is type(None):
        return "" if value is None else f"{value!r} is not None"
    if origin is list:
        if not isinstance(value, list):
            return f"expected a list, got {type(value).__name__}"
        (item,) = typing.get_args(hint) or (Any,)
        for index, element in enumerate(value):
            problem = _mismatch(element, item)
            if problem:
                return f"[{index}]: {problem}"
        return ""
    if origin is not None:
        return "" if isinstance(value, origin) else f"expected {_type_name(hint)}, got {type(value).__name__}"
    if not isinstance(hint, type):
        return ""
    if issubclass(hint, enum.Enum):
        if isinstance(value, hint) and getattr(value, "is_documented", True):
            return ""
        raw = value.value if isinstance(value, enum.Enum) else value
        return f"{raw!r} is not one of {', '.join(repr(m.value) for m in hint)}"
    if hint is float:
        ok = isinstance(value, (int, float)) and not isinstance(value, bool)
    elif hint is int:
        ok = isinstance(value, int) and not isinstance(value, bool)
    else:
        ok = isinstance(value, hint)
    return "" if ok else f"expected {_type_name(hint)}, got {type(value).__name__} {value!r}"


def _type_name(hint: Any) -> str:
    if hint is type(None):
        return "None"
    return hint.__name__ if isinstance(hint, type) else str(hint).replace("typing.", "")


# ---------------------------------------------------------------------------------------------- model fields


@typing.overload
def convert(value: E | str, kind: type[E], name: str) -> E: ...
@typing.overload
def convert(value: T | Mapping[str, Any], kind: type[T], name: str) -> T: ...
@typing.overload
def convert(value: Sequence[T | Mapping[str, Any] | str], kind: list[type[T]], name: str) -> list[T]: ...
def convert(value: Any, kind: Any, name: str) -> Any:
    """A model constructor's argument as its field's declared type (the attrs converter of an enum or model
    field, or a list of them; ``name`` is ``Model.field``): an enum's literal string becomes its member, a plain
    mapping the model (checked as ``model_of`` checks it), a sequence a list of those. Members and models pass as
    they are (an undocumented member a response carried too); anything else passes unchanged (the converters
    pass UNSET and None themselves, which keeps their types exact)."""
    if isinstance(kind, list):
        if isinstance(value, (str, bytes, Mapping)):
            raise ValueError(f"{name}: expected a list, got {type(value).__name__}")
        if not isinstance(value, Sequence):
            return value
        items = [convert(item, kind[0], f"{name}[{index}]") for index, item in enumerate(value)]
        unchanged = type(value) is list and all(new is old for new, old in zip(items, value, strict=True))
        return value if unchanged else items  # the caller's own list when nothing needed converting
    if isinstance(value, kind):
        return value
    if issubclass(kind, enum.Enum):
        return enum_member(kind, value, name)
    if isinstance(value, Mapping):
        return model_of(kind, value, name)
    return value


def rebuilt(cls: type[T], built: object, model: type) -> T:
    """What ``model._decode`` built, made again through the subclass ``cls``'s own ``__init__``: ``_decode``
    fills the attributes directly (its values are typed already), which would leave out the fields with defaults
    or the ``__attrs_post_init__`` a subclass may add."""
    fields = attrs.fields(model)
    made = cls(**{field.alias or field.name: getattr(built, field.name) for field in fields if field.init})
    for field in fields:
        if not field.init:
            object.__setattr__(made, field.name, getattr(built, field.name))
    return made
