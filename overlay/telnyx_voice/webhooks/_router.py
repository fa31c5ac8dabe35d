"""Dispatching parsed webhook events to handler functions by ``event_type``.

The public ``WebhookRouter`` is generated (``webhooks/_typed_router.py``): this class with
``on()`` overloaded per event type of the registry, so type checkers see the handler's
event class.  Everything that runs is here.
"""

from __future__ import annotations

import inspect
import logging
import typing
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from ._dedupe import DedupeStore, InMemoryDedupeStore
from ._event_type import event_type_of_event, event_types_of_model
from ._handling import event_id_of, handling
from ._parse import UnknownEvent, load_registry

if TYPE_CHECKING:
    from ._parse import EventRegistry

__all__ = ["BaseWebhookRouter", "event_type_of"]

logger = logging.getLogger("telnyx_voice.webhooks")

H = TypeVar("H", bound=Callable[..., Any])


def _model_event_types(model: type[Any]) -> list[str]:
    values = event_types_of_model(model)
    if not values:
        raise TypeError(
            f"cannot read the event type of {model.__name__}: its data.event_type is not a "
            "Literal; register it by name instead, e.g. router.on('call.dtmf.received')"
        )
    return values


def event_type_of(event: object) -> str | None:
    """The event type of a parsed event (typed or :class:`UnknownEvent`): ``data.event_type``,
    else the top-level ``event_type``; ``None`` if neither is a string."""
    if isinstance(event, UnknownEvent):
        return event.event_type
    return event_type_of_event(event)


class _Default:
    def __repr__(self) -> str:
        return "InMemoryDedupeStore()"


_DEFAULT_DEDUPE: Any = _Default()


def _name(handler: object) -> str:
    return str(getattr(handler, "__qualname__", handler))


def _first_parameter_annotation(handler: Callable[..., Any]) -> Any:
    """The annotation of the handler's event parameter (resolved if possible), or ``None``."""
    try:
        signature = inspect.signature(handler, eval_str=True)
    except Exception:
        try:
            signature = inspect.signature(handler)
        except (TypeError, ValueError):
            return None
    for param in signature.parameters.values():
        if param.kind in (param.POSITIONAL_ONLY, param.POSITIONAL_OR_KEYWORD, param.VAR_POSITIONAL):
            return None if param.annotation is param.empty else param.annotation
        return None
    return None


class BaseWebhookRouter:
    """Maps event types to handlers; runs each delivery's handler once.

    Example::

        router = WebhookRouter()                   # dedupe: InMemoryDedupeStore()

        @router.on("call.dtmf.received")          # or @router.on(CallDtmfReceivedEvent)
        async def on_dtmf(event: CallDtmfReceivedEvent) -> None: ...

        @router.fallback
        def other(event: ParsedEvent) -> None: ...  # unknown events and unhandled types

        result = await router.dispatch_async(client.webhooks.unwrap(body, headers))

    Handlers take the event and may be plain or ``async`` functions.  While one runs,
    commands it sends get ``command_id``s derived from the event (see :func:`handling`).

    Args:
        dedupe: a :class:`DedupeStore`: by default a new :class:`InMemoryDedupeStore`
            (one process); :class:`RedisDedupeStore` for several workers; ``None`` turns
            deduplication off.
        registry: the ``event_type -> model`` mapping event type names are checked
            against (default: the generated registry).
    """

    def __init__(
        self,
        *,
        dedupe: DedupeStore | None = _DEFAULT_DEDUPE,
        registry: EventRegistry | None = None,
    ) -> None:
        if isinstance(dedupe, _Default):
            dedupe = InMemoryDedupeStore()
        elif dedupe is not None and not isinstance(dedupe, DedupeStore):
            raise TypeError(f"dedupe must be a DedupeStore or None, not {type(dedupe).__name__}")
        self.dedupe: DedupeStore | None = dedupe
        self._registry = registry
        self._handlers: dict[str, Callable[[Any], Any]] = {}
        self._fallback: Callable[[Any], Any] | None = None

    @property
    def registry(self) -> EventRegistry:
        """The event registry names are checked against."""
        return self._registry if self._registry is not None else load_registry()

    # -- registration ----------------------------------------------------------------------

    def _on(self, event: str | type[Any], *, allow_unknown: bool = False) -> Callable[[Any], Any]:
        """Decorator registering a handler for one event type (``WebhookRouter.on``, whose
        overloads the generator writes per event type of the registry).

        Args:
            event: the ``event_type`` string (``"call.gather.ended"``), or an event model
                class (the ``Literal`` of its ``data.event_type``, or top-level
                ``event_type``, is read).
            allow_unknown: register an event type string the registry does not know
                (a type Telnyx added after this SDK); its events arrive as
                :class:`UnknownEvent`.

        Raises:
            ValueError: the event type is not in the registry (the message lists the
                closest known names) and ``allow_unknown`` is false; or a handler is
                already registered for it.
            TypeError: the model's event type cannot be read, or (when decorating) the
                handler's event parameter is annotated with another event's class.
        """
        registry = self.registry
        if isinstance(event, str):
            if event not in registry and not allow_unknown:
                import difflib

                close = difflib.get_close_matches(event, list(registry), n=3, cutoff=0.6)
                hint = f"; did you mean {' or '.join(repr(c) for c in close)}?" if close else ""
                raise ValueError(
                    f"unknown webhook event type {event!r}{hint} "
                    "(pass allow_unknown=True to register a type this SDK does not know yet)"
                )
            names = [event]
            expected: type[Any] | None = registry.get(event)
        else:
            names = _model_event_types(event)
            expected = event

        def decorator(handler: H) -> H:
            for name in names:
                _check_annotation(handler, name, expected, registry)
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

    # -- dispatch --------------------------------------------------------------------------

    def _duplicate(self, key: str, event: object) -> None:
        logger.info(
            "webhook %s (%s) is being or was already handled; acknowledged without running "
            "its handler",
            key,
            event_type_of(event),
        )

    def dispatch(self, event: object) -> Any:
        """Run the event's handler once and return its result.

        Returns ``None`` when no handler applies or when the event's ``data.id`` is already
        claimed in the dedupe store (a duplicate: acknowledge it with a 2xx).  If the
        handler raises, the claim is released and the exception propagates (answer 5xx so
        Telnyx redelivers).

        Raises:
            TypeError: the handler is ``async`` (use :meth:`dispatch_async`), or the
                dedupe store has an asyncio Redis client.
        """
        handler = self.handler_for(event)
        if handler is None:
            return None
        if inspect.iscoroutinefunction(handler):
            raise TypeError(
                f"handler {_name(handler)!r} is async; use `await router.dispatch_async(event)`"
            )
        key = event_id_of(event) if self.dedupe is not None else None
        token = self.dedupe.claim(key) if self.dedupe is not None and key else None
        if key and token is None:
            self._duplicate(key, event)
            return None
        try:
            with handling(event):
                result = handler(event)
            if inspect.isawaitable(result):
                if inspect.iscoroutine(result):
                    result.close()
                raise TypeError(
                    f"handler {_name(handler)!r} returned an awaitable; "
                    "use `await router.dispatch_async(event)`"
                )
        except BaseException:
            if key and token is not None and self.dedupe is not None:
                self.dedupe.release(key, token)
            raise
        if key and token is not None and self.dedupe is not None:
            self.dedupe.complete(key, token)
        return result

    async def dispatch_async(self, event: object) -> Any:
        """Run the event's handler once (awaiting it if it is async); return its result.

        Same deduplication and failure semantics as :meth:`dispatch`.
        """
        handler = self.handler_for(event)
        if handler is None:
            return None
        key = event_id_of(event) if self.dedupe is not None else None
        token = await self.dedupe.claim_async(key) if self.dedupe is not None and key else None
        if key and token is None:
            self._duplicate(key, event)
            return None
        try:
            with handling(event):
                result = handler(event)
                if inspect.isawaitable(result):
                    result = await result
        except BaseException:
            if key and token is not None and self.dedupe is not None:
                await self.dedupe.release_async(key, token)
            raise
        if key and token is not None and self.dedupe is not None:
            await self.dedupe.complete_async(key, token)
        return result


def _annotation_ok(annotation: Any, name: str, expected: type[Any] | None) -> bool | None:
    """True/False when ``annotation`` surely does/doesn't fit events of type ``name``;
    ``None`` when it says nothing about event classes (``Any``, ``object``, ``dict``...)."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _annotation_ok(typing.get_args(annotation)[0], name, expected)
    if origin is typing.Union or type(annotation).__name__ == "UnionType":
        verdicts = [_annotation_ok(a, name, expected) for a in typing.get_args(annotation)]
        if any(v is True or v is None for v in verdicts):
            return True
        return False
    if not isinstance(annotation, type):
        return None
    if annotation is UnknownEvent:
        return expected is None
    if expected is not None and issubclass(expected, annotation):
        return True
    if getattr(annotation, "model_fields", None) is None:
        return None  # not a pydantic model
    try:
        return name in _model_event_types(annotation)
    except TypeError:
        return None  # a model that is not an event: says nothing


def _check_annotation(
    handler: Callable[..., Any], name: str, expected: type[Any] | None, registry: EventRegistry
) -> None:
    annotation = _first_parameter_annotation(handler)
    if annotation is None:
        return
    if isinstance(annotation, str):  # unresolvable (a local class): compare class names
        written = annotation.rsplit(".", 1)[-1].strip("'\" ")
        others = {m.__name__ for m in registry.values()} | {"UnknownEvent"}
        wanted = expected.__name__ if expected is not None else "UnknownEvent"
        verdict: bool | None = None if written not in others else written == wanted
    else:
        verdict = _annotation_ok(annotation, name, expected)
    if verdict is False:
        wanted = expected.__name__ if expected is not None else "UnknownEvent"
        shown = getattr(annotation, "__name__", None) or str(annotation)
        raise TypeError(
            f"handler {_name(handler)!r} for {name!r} takes {shown}, but {name!r} events "
            f"arrive as {wanted}"
        )
