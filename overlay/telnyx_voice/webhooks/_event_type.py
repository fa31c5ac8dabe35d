"""Where a webhook's ``event_type`` sits: the one rule, read by everything that needs it.

Telnyx puts it at ``data.event_type`` (the Call Control envelope); a few events of the
spec (``conference.floor.changed``) carry it at the top level. :data:`EVENT_TYPE_LOCATIONS`
lists both, in the order they are tried. The generator reads this module (plain data plus
pure functions, no package imports) to find each webhook's event type in the spec, so a
spec event whose ``event_type`` is elsewhere is a generator error rather than an event the
runtime cannot dispatch; the parser, the router and the tests use the readers below.
"""

from __future__ import annotations

import typing
from enum import Enum
from typing import Any, Literal

__all__ = [
    "EVENT_TYPE_LOCATIONS",
    "event_type_in_body",
    "event_type_of_event",
    "event_types_of_model",
]

EVENT_TYPE_LOCATIONS: tuple[tuple[str, ...], ...] = (("data", "event_type"), ("event_type",))
"""The paths (object keys) at which an event's ``event_type`` string is looked for, in order."""


def event_type_in_body(body: dict[str, Any]) -> str | None:
    """The ``event_type`` string of a decoded webhook body (a JSON object), from the first
    location of :data:`EVENT_TYPE_LOCATIONS` holding a string; ``None`` if none does."""
    for path in EVENT_TYPE_LOCATIONS:
        value: Any = body
        for key in path:
            value = value.get(key) if isinstance(value, dict) else None
        if isinstance(value, str):
            return value
    return None


def event_type_of_event(event: object) -> str | None:
    """The ``event_type`` string of a parsed event model (attributes along the same paths;
    an enum member gives its value); ``None`` if no location holds a string."""
    for path in EVENT_TYPE_LOCATIONS:
        value: Any = event
        for key in path:
            value = getattr(value, key, None)
        if isinstance(value, Enum):
            value = value.value
        if isinstance(value, str):
            return value
    return None


def event_types_of_model(model: type[Any]) -> list[str]:
    """The event types an event model class declares: the string values of the
    ``Literal``/single-member enum annotation at each location (``[]`` if none)."""
    values: list[str] = []
    for path in EVENT_TYPE_LOCATIONS:
        annotations: list[Any] = [model]
        for key in path:
            annotations = [
                fields[key].annotation
                for owner in annotations
                for arg in (owner, *typing.get_args(owner))
                if isinstance(fields := getattr(arg, "model_fields", None), dict) and key in fields
            ]
        for annotation in annotations:
            values.extend(v for v in _literal_values(annotation) if isinstance(v, str))
    return list(dict.fromkeys(values))


def _literal_values(annotation: Any) -> list[object]:
    """Values of a ``Literal[...]`` annotation (or a one-member enum), looking through
    Optional/Annotated/unions."""
    origin = typing.get_origin(annotation)
    if origin is Literal:
        return [v.value if isinstance(v, Enum) else v for v in typing.get_args(annotation)]
    if origin is typing.Annotated:
        return _literal_values(typing.get_args(annotation)[0])
    if origin is typing.Union or type(annotation).__name__ == "UnionType":
        return [v for arg in typing.get_args(annotation) for v in _literal_values(arg)]
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        members = list(annotation)
        if len(members) == 1:
            return [members[0].value]
    return []
