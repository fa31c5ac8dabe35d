"""Turning a webhook body into a typed event (no verification happens here)."""

from __future__ import annotations

import importlib
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Union, cast

from ._errors import WebhookParseError

if TYPE_CHECKING:
    import pydantic

    from ..types.webhook_events import (  # type: ignore[import-not-found,unused-ignore]
        WebhookEvent,
    )
    from ._verify import Payload

__all__ = ["EventRegistry", "UnknownEvent", "parse", "load_registry", "REGISTRY_MODULE"]

EventRegistry = Mapping[str, "type[pydantic.BaseModel]"]
"""``data.event_type`` string -> the pydantic model of the whole webhook envelope."""

REGISTRY_MODULE = "telnyx_voice.types.webhook_events"
"""Generated module exposing ``EVENT_TYPES: dict[str, type[BaseModel]]`` and ``WebhookEvent``."""

_registry: EventRegistry | None = None


def _from_json(data: str | bytes | bytearray) -> Any:
    global _from_json
    from pydantic_core import from_json

    _from_json = from_json
    return from_json(data)


def load_registry() -> EventRegistry:
    """The generated ``EVENT_TYPES`` registry, imported on first use and cached.

    Raises:
        ImportError: the generated module is missing (regenerate, or pass ``registry=``).
    """
    global _registry
    if _registry is None:
        try:
            module = importlib.import_module(REGISTRY_MODULE)
        except ImportError as exc:
            raise ImportError(
                f"{REGISTRY_MODULE} is missing; regenerate the SDK or pass registry=..."
            ) from exc
        _registry = module.EVENT_TYPES
    return _registry


class UnknownEvent:
    """A webhook whose event type this SDK version does not know (or that has none).

    Never an error and never another event's class, so new Telnyx events cannot break a
    receiver.  Attributes:

    * ``event_type``: ``data.event_type`` (else the top-level ``event_type``) if it is a
      string, else ``None``;
    * ``raw``: the whole decoded JSON body (a ``dict``);
    * ``data``: ``raw["data"]`` if it is an object, else ``{}``.
    """

    __slots__ = ("event_type", "raw")

    def __init__(self, event_type: str | None, raw: dict[str, Any]) -> None:
        self.event_type = event_type
        self.raw = raw

    @property
    def data(self) -> dict[str, Any]:
        """``raw["data"]`` if it is a JSON object, else an empty dict."""
        data = self.raw.get("data")
        return data if isinstance(data, dict) else {}

    def __repr__(self) -> str:
        return f"UnknownEvent(event_type={self.event_type!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, UnknownEvent):
            return NotImplemented
        return self.event_type == other.event_type and self.raw == other.raw

    __hash__ = None  # type: ignore[assignment]


ParsedEvent = Union["WebhookEvent", UnknownEvent]


def _describe(exc: pydantic.ValidationError) -> tuple[str, list[dict[str, object]]]:
    errors: list[dict[str, object]] = [dict(e) for e in exc.errors(include_url=False)]
    if not errors:
        return "invalid", errors
    first = errors[0]
    loc = first.get("loc") or ()
    path = ".".join(str(p) for p in loc) if isinstance(loc, tuple) else str(loc)
    text = f"{path}: {first.get('msg', 'invalid')}" if path else str(first.get("msg"))
    if len(errors) > 1:
        text += f" (and {len(errors) - 1} more error{'s' if len(errors) > 2 else ''})"
    return text, errors


def parse(payload: Payload, *, registry: EventRegistry | None = None) -> ParsedEvent:
    """Decode a webhook body into its typed event model.  **Performs no verification**;
    use :func:`unwrap` on anything that came from the network.

    ``data.event_type`` (or, for the few events without a ``data`` envelope, the
    top-level ``event_type``) is looked up once in ``registry`` (default: the generated
    ``telnyx_voice.types.webhook_events.EVENT_TYPES``) and the whole body validated with
    that model (``Model.model_validate``).  Unknown fields and unknown enum values are kept.

    Returns:
        the event model instance, or :class:`UnknownEvent` when there is no event type
        (neither ``data.event_type`` nor a top-level ``event_type`` string) or the type
        is not in the registry.

    Raises:
        WebhookParseError: the body is not UTF-8 JSON, not a JSON object, or a known event
            is malformed; the message names the field, e.g.
            ``call.dtmf.received: data.payload.digit: Field required``.
    """
    if isinstance(payload, memoryview):
        payload = payload.tobytes()
    try:
        # pydantic-core's JSON decoder (2-3x faster than json.loads); the body is decoded
        # exactly once on success.  Anything it rejects gets a second opinion from
        # json.loads, so every document json.loads accepts is accepted.
        obj = _from_json(payload)
    except Exception:
        try:
            obj = json.loads(payload)
        except (ValueError, TypeError, RecursionError) as exc:
            raise WebhookParseError(f"webhook body is not valid JSON: {exc}") from exc
    if not isinstance(obj, dict):
        raise WebhookParseError(f"webhook body must be a JSON object, got {type(obj).__name__}")
    data = obj.get("data")
    event_type = data.get("event_type") if isinstance(data, dict) else None
    if not isinstance(event_type, str):
        # A few events (e.g. ``conference.floor.changed``) carry it at the top level.
        event_type = obj.get("event_type")
        if not isinstance(event_type, str):
            return UnknownEvent(None, obj)
    model = (registry if registry is not None else load_registry()).get(event_type)
    if model is None:
        return UnknownEvent(event_type, obj)
    try:
        return cast("ParsedEvent", model.model_validate(obj))
    except Exception as exc:
        import pydantic

        if not isinstance(exc, pydantic.ValidationError):
            raise
        text, errors = _describe(exc)
        raise WebhookParseError(
            f"{event_type}: {text}", event_type=event_type, errors=errors
        ) from exc
