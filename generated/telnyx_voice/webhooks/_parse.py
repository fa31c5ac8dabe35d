# Hand-written: copied from overlay/telnyx_voice/webhooks/_parse.py by codegen; edit it there.
"""Turning a webhook body into a typed event (no verification happens here)."""

from __future__ import annotations

import copy
import importlib
import json
import logging
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Union, cast

from ._errors import WebhookParseError
from ._event_type import event_type_in_body

if TYPE_CHECKING:
    import pydantic

    from .._models import ParseIssue, WebhookMeta
    from ..types.webhook_events import WebhookEvent
    from ._verify import Payload

logger = logging.getLogger("telnyx_voice.webhooks")
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
    if _registry is not None:
        return _registry
    try:
        module = importlib.import_module(REGISTRY_MODULE)
    except ImportError as exc:
        raise ImportError(
            f"{REGISTRY_MODULE} is missing; regenerate the SDK or pass registry=..."
        ) from exc
    registry: EventRegistry = module.EVENT_TYPES
    _registry = registry
    return registry


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

    parse_errors: tuple[ParseIssue, ...] = ()
    """Always empty: nothing of an unknown event is validated."""

    def __init__(self, event_type: str | None, raw: dict[str, Any]) -> None:
        self.event_type = event_type
        self.raw = raw

    @property
    def data(self) -> dict[str, Any]:
        """``raw["data"]`` if it is a JSON object, else an empty dict."""
        data = self.raw.get("data")
        return data if isinstance(data, dict) else {}

    @property
    def meta(self) -> WebhookMeta | None:
        """``raw["meta"]`` as a :class:`~telnyx_voice._models.WebhookMeta` (``None`` if it
        is absent or not an object)."""
        meta = self.raw.get("meta")
        if not isinstance(meta, dict):
            return None
        from .._models import WebhookMeta as Meta

        try:
            return Meta.model_validate(meta)
        except Exception:
            return Meta.model_construct(**{str(k): v for k, v in meta.items()})

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
    event_type = event_type_in_body(obj)
    if event_type is None:
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
        lenient = _validate_leniently(model, obj, exc, event_type)
        if lenient is not None:
            return cast("ParsedEvent", lenient)
        text, errors = _describe(exc)
        raise WebhookParseError(
            f"{event_type}: {text}", event_type=event_type, errors=errors
        ) from exc


# -- drift-tolerant validation -----------------------------------------------------------

_MAX_ROUNDS = 32
Path = tuple[str | int, ...]


def _input_path(document: Any, loc: tuple[Any, ...]) -> Path:
    """The part of a pydantic error location that exists in the input, in order (union
    member tags such as ``'CallGatherEndedPayload'`` are skipped)."""
    path: list[str | int] = []
    node = document
    for part in loc:
        if isinstance(node, dict) and isinstance(part, str) and part in node:
            node = node[part]
            path.append(part)
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            node = node[part]
            path.append(part)
    return tuple(path)


def _get(document: Any, path: Path) -> Any:
    for part in path:
        document = document[part]
    return document


def _parent(document: Any, path: Path) -> Any:
    return _get(document, path[:-1])


def _set_raw(instance: Any, path: Path, value: Any) -> None:
    """Put ``value`` back at ``path`` (wire names) in the validated model, unvalidated."""
    import pydantic

    node: Any = instance
    for i, part in enumerate(path):
        last = i == len(path) - 1
        if isinstance(node, pydantic.BaseModel):
            fields = type(node).model_fields
            name = next(
                (n for n, f in fields.items() if part in (n, f.alias)),
                None,
            )
            if name is None:
                extra = node.model_extra
                if extra is None:
                    return
                if last:
                    extra[str(part)] = value
                    return
                node = extra.get(str(part))
                continue
            if last:
                setattr(node, name, value)  # models do not validate assignment: kept as is
                return
            node = getattr(node, name, None)
        elif isinstance(node, dict):
            if last:
                node[part] = value
                return
            node = node.get(part)
        elif isinstance(node, list) and isinstance(part, int) and part < len(node):
            if last:
                node[part] = value
                return
            node = node[part]
        else:
            return


def _validate_leniently(
    model: type[pydantic.BaseModel],
    obj: dict[str, Any],
    exc: pydantic.ValidationError,
    event_type: str,
) -> pydantic.BaseModel | None:
    """Validate a known event whose body no longer matches the spec.

    Numbers where a string is expected are read as their JSON text.  Every other value
    that fails (or the object lacking a required member) is taken out and validation
    repeated, until the rest validates; the values taken out are put back raw on the
    model and listed in ``parse_errors``.  Only for models deriving from
    ``WebhookEventModel`` (every generated event); ``None`` otherwise or if even the
    envelope fails.
    """
    import pydantic

    from .._models import ParseIssue, WebhookEventModel

    if not issubclass(model, WebhookEventModel):
        return None
    work = copy.deepcopy(obj)
    issues: dict[Path, ParseIssue] = {}
    for _ in range(_MAX_ROUNDS):
        changed = False
        for err in exc.errors(include_url=False):
            path = _input_path(work, tuple(err["loc"]))
            raw = err.get("input")
            if (
                err["type"] == "string_type"
                and isinstance(raw, (int, float))
                and not isinstance(raw, bool)
                and path
                and _get(work, path) == raw
            ):
                _parent(work, path)[path[-1]] = json.dumps(raw)
                changed = True
                continue
            # the value that failed; for a missing member, the object lacking it; a list
            # item is not taken out of its list (that would shift the others): the list is
            while path and isinstance(path[-1], int):
                path = path[:-1]
            if not path:
                return None  # the body itself does not fit the event's envelope
            try:
                value = _get(obj, path)
            except (KeyError, IndexError, TypeError):
                value = _get(work, path)
            try:
                del _parent(work, path)[path[-1]]
            except (KeyError, IndexError, TypeError):
                continue  # already taken out with its parent this round
            issues[path] = ParseIssue(
                path=".".join(str(p) for p in path),
                value=value,
                message=err["msg"],
                type=err["type"],
            )
            changed = True
        if not changed:
            return None
        try:
            instance = model.model_validate(work)
        except pydantic.ValidationError as again:
            exc = again
            continue
        break
    else:
        return None
    # a value taken out with its parent is reported once, as part of the parent
    kept = {
        p: i
        for p, i in issues.items()
        if not any(len(q) < len(p) and p[: len(q)] == q for q in issues)
    }
    for path, issue in kept.items():
        _set_raw(instance, path, issue.value)
    event: WebhookEventModel = instance
    event.set_parse_errors(tuple(kept.values()))
    logger.warning(
        "%s: %d field(s) did not match the spec and were kept raw: %s",
        event_type,
        len(kept),
        ", ".join(i.path for i in kept.values()),
    )
    return event
