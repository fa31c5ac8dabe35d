"""Event-derived ``command_id``s while a webhook is being handled.

Telnyx ignores a command whose ``command_id`` it has seen on the same call in the last
60 seconds.  Under :meth:`WebhookRouter.dispatch` / :meth:`~WebhookRouter.dispatch_async`,
or inside ``with handling(event):``, every command that takes a ``command_id`` and was not
given one gets::

    uuid5(COMMAND_ID_NAMESPACE, f"{event_id}/{operationId}/{ordinal}")

where ``event_id`` is the event's ``data.id``, ``operationId`` the operation's (e.g.
``callSpeak``) and ``ordinal`` counts that operation's commands within the handling scope
(0, 1, ...).  Two workers handling the same delivery (or one worker handling a
redelivery) therefore send identical ids, and Telnyx executes each command once.

The scope is a :class:`contextvars.ContextVar`: it follows asyncio tasks created inside it
and code run with :func:`contextvars.copy_context` / :func:`asyncio.to_thread`; a plain
:class:`threading.Thread` started inside it does not see it (wrap its target with
``contextvars.copy_context().run``).  Ordinals are counted in the order commands are
*built*; commands of the same operation built concurrently (e.g. two ``speak`` in parallel
tasks) may get their ordinals in a different order on another worker: give those an explicit
``command_id``.  Events without a ``data.id`` get fresh UUID4s, as outside a scope.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Generator
from contextlib import contextmanager
from contextvars import ContextVar
from enum import Enum

__all__ = ["COMMAND_ID_NAMESPACE", "handling", "event_id_of", "derived_command_id"]

COMMAND_ID_NAMESPACE = uuid.UUID("4b0f3c55-0c8e-5b7e-9f55-7e1e7a2d6c01")
"""The uuid5 namespace of event-derived ``command_id``s (fixed: changing it would break
deduplication between workers running different SDK versions)."""


class _Scope:
    """The event being handled and how many commands of each operation it has sent."""

    __slots__ = ("event_id", "_counts", "_lock")

    def __init__(self, event_id: str | None) -> None:
        self.event_id = event_id
        self._counts: dict[str, int] = {}
        self._lock = threading.Lock()

    def next_command_id(self, operation_id: str) -> str | None:
        if self.event_id is None:
            return None
        with self._lock:
            ordinal = self._counts.get(operation_id, 0)
            self._counts[operation_id] = ordinal + 1
        return str(uuid.uuid5(COMMAND_ID_NAMESPACE, f"{self.event_id}/{operation_id}/{ordinal}"))


_CURRENT: ContextVar[_Scope | None] = ContextVar("telnyx_voice_webhook_handling", default=None)


def _text_id(value: object) -> str | None:
    if isinstance(value, Enum):
        value = value.value
    if value is None or isinstance(value, (bool, dict, list)):
        return None
    text = str(value)
    return text or None


def event_id_of(event: object) -> str | None:
    """The delivery's event id: ``data.id`` (typed event or :class:`UnknownEvent`), or the
    top-level ``id`` of the few events without a ``data`` envelope; ``None`` if absent."""
    raw = getattr(event, "raw", None)
    if isinstance(raw, dict):  # UnknownEvent
        data = raw.get("data")
        if isinstance(data, dict):
            return _text_id(data.get("id"))
        return _text_id(raw.get("id")) if "event_type" in raw else None
    data = getattr(event, "data", None)
    if data is not None:
        return _text_id(getattr(data, "id", None))
    if getattr(event, "event_type", None) is not None:
        return _text_id(getattr(event, "id", None))
    return None


@contextmanager
def handling(event: object) -> Generator[str | None, None, None]:
    """Derive ``command_id``s from ``event`` for the commands sent inside this block.

    For code that does not dispatch through :class:`WebhookRouter` (which does this for
    every handler)::

        event = client.webhooks.unwrap(body, headers)
        with telnyx_voice.webhooks.handling(event):
            client.calls.actions.answer(call_control_id)   # command_id derived from data.id

    Args:
        event: a parsed event (typed or :class:`UnknownEvent`); see :func:`event_id_of`.

    Yields:
        the event id the ids are derived from, or ``None`` (then ids are random UUID4s).

    Nested blocks use the innermost event.  A ``command_id`` passed by the caller is always
    sent as given.
    """
    scope = _Scope(event_id_of(event))
    token = _CURRENT.set(scope)
    try:
        yield scope.event_id
    finally:
        _CURRENT.reset(token)


def derived_command_id(operation_id: str) -> str | None:
    """The next event-derived ``command_id`` for ``operation_id`` in the current scope, or
    ``None`` outside a scope / for an event without id (the caller then uses a UUID4)."""
    scope = _CURRENT.get()
    return None if scope is None else scope.next_command_id(operation_id)
