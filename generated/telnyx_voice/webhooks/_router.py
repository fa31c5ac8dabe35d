# Hand-written: copied from overlay/telnyx_voice/webhooks/_router.py by codegen; edit it there.
"""Dispatching parsed webhook events to handler functions by ``event_type``."""

from __future__ import annotations

import inspect
import typing
from collections.abc import Callable
from enum import Enum
from typing import Any, Literal, TypeVar

from ._parse import UnknownEvent

__all__ = ["WebhookRouter", "event_type_of"]

H = TypeVar("H", bound=Callable[..., Any])


def _literal_values(annotation: Any) -> list[str]:
    """String values of a ``Literal[...]`` annotation, looking through Optional/Annotated."""
    origin = typing.get_origin(annotation)
    if origin is Literal:
        return [v.value if isinstance(v, Enum) else v for v in typing.get_args(annotation)]
    if origin is typing.Annotated:
        return _literal_values(typing.get_args(annotation)[0])
    if origin is typing.Union or type(annotation).__name__ == "UnionType":
        values: list[str] = []
        for arg in typing.get_args(annotation):
            if arg is not type(None):
                values.extend(_literal_values(arg))
        return values
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        members = list(annotation)
        if len(members) == 1:
            return [str(members[0].value)]
    return []


def _model_event_types(model: type[Any]) -> list[str]:
    fields = getattr(model, "model_fields", None)
    if not isinstance(fields, dict):
        fields = {}
    data_field = fields.get("data")
    candidates: list[Any] = []
    if "event_type" in fields:  # events without a ``data`` envelope
        candidates.append(fields["event_type"].annotation)
    if data_field is not None:
        annotation = data_field.annotation
        for arg in [annotation, *typing.get_args(annotation)]:
            sub = getattr(arg, "model_fields", None)
            if isinstance(sub, dict) and "event_type" in sub:
                candidates.append(sub["event_type"].annotation)
    values: list[str] = []
    for candidate in candidates:
        values.extend(v for v in _literal_values(candidate) if isinstance(v, str))
    if not values:
        raise TypeError(
            f"cannot read the event type of {model.__name__}: its data.event_type is not a "
            "Literal; register it by name instead, e.g. router.on('call.dtmf.received')"
        )
    return list(dict.fromkeys(values))


def event_type_of(event: object) -> str | None:
    """The event type of a parsed event (typed or :class:`UnknownEvent`): ``data.event_type``,
    else the top-level ``event_type``; ``None`` if neither is a string."""
    if isinstance(event, UnknownEvent):
        return event.event_type
    value = getattr(getattr(event, "data", None), "event_type", None)
    if value is None:
        value = getattr(event, "event_type", None)
    if isinstance(value, Enum):
        value = value.value
    return value if isinstance(value, str) else None


class WebhookRouter:
    """Maps event types to handlers.

    Example::

        router = WebhookRouter()

        @router.on("call.dtmf.received")          # or @router.on(CallDtmfReceivedEvent)
        async def on_dtmf(event): ...

        @router.fallback
        def other(event): ...                      # unknown events and unhandled types

        result = await router.dispatch_async(client.webhooks.unwrap(body, headers))

    Handlers take the event and may be plain or ``async`` functions.
    """

    def __init__(self) -> None:
        self._handlers: dict[str, Callable[[Any], Any]] = {}
        self._fallback: Callable[[Any], Any] | None = None

    def on(self, event: str | type[Any]) -> Callable[[H], H]:
        """Decorator registering a handler for one event type.

        Args:
            event: the ``event_type`` string, or a generated event model class (the
                ``Literal`` of its ``data.event_type``, or top-level ``event_type``, is read).

        Raises:
            TypeError: the model's event type cannot be read.
            ValueError: a handler is already registered for that event type.
        """
        names = [event] if isinstance(event, str) else _model_event_types(event)

        def decorator(handler: H) -> H:
            for name in names:
                if name in self._handlers:
                    raise ValueError(f"a handler for {name!r} is already registered")
            for name in names:
                self._handlers[name] = handler
            return handler

        return decorator

    def fallback(self, handler: H) -> H:
        """Register (as a decorator or call) the handler for :class:`UnknownEvent` and any
        event type without its own handler.  Without one, such events return ``None``."""
        self._fallback = handler
        return handler

    def handler_for(self, event: object) -> Callable[[Any], Any] | None:
        """The handler :meth:`dispatch` would call for ``event`` (or ``None``)."""
        name = event_type_of(event)
        handler = self._handlers.get(name) if name is not None else None
        return handler if handler is not None else self._fallback

    def dispatch(self, event: object) -> Any:
        """Call the event's handler synchronously and return its result (``None`` if none).

        Raises:
            TypeError: the handler is ``async``; use :meth:`dispatch_async`.
        """
        handler = self.handler_for(event)
        if handler is None:
            return None
        if inspect.iscoroutinefunction(handler):
            raise TypeError(
                f"handler {getattr(handler, '__qualname__', handler)!r} is async; "
                "use `await router.dispatch_async(event)`"
            )
        result = handler(event)
        if inspect.isawaitable(result):
            if inspect.iscoroutine(result):
                result.close()
            raise TypeError(
                f"handler {getattr(handler, '__qualname__', handler)!r} returned an awaitable; "
                "use `await router.dispatch_async(event)`"
            )
        return result

    async def dispatch_async(self, event: object) -> Any:
        """Call the event's handler, awaiting it if it is async; return its result."""
        handler = self.handler_for(event)
        if handler is None:
            return None
        result = handler(event)
        if inspect.isawaitable(result):
            result = await result
        return result
