"""The clients: `Telnyx` (sync) and `AsyncTelnyx` (async), with the same resource tree.

Construction, authentication, retries and timeouts live in `_base_client.py`; this module
only attaches the resources (each created on first access).
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from telnyx_voice._base_client import AsyncAPIClient, SyncAPIClient

if TYPE_CHECKING:
    from telnyx_voice.resources.calls import AsyncCallsResource, CallsResource
    from telnyx_voice.resources.conferences import AsyncConferencesResource, ConferencesResource
    from telnyx_voice.resources.connections import AsyncConnectionsResource, ConnectionsResource
    from telnyx_voice.resources.queues import AsyncQueuesResource, QueuesResource
    from telnyx_voice.webhooks import AsyncWebhooks, Webhooks

__all__ = ["AsyncClient", "AsyncTelnyx", "Client", "Telnyx"]


class Telnyx(SyncAPIClient):
    """Synchronous client for the Telnyx Voice API.

    `Telnyx(api_key=None, *, base_url=None, timeout=..., max_retries=2, http_client=None,
    timeouts=None, hedge_after=None, max_hedges=1)`: the API key defaults to `$TELNYX_API_KEY`,
    the base URL to `$TELNYX_BASE_URL` or `https://api.telnyx.com/v2`; each operation's
    timeout defaults by its latency category (`DEFAULT_TIMEOUTS`, stated in each method's
    docstring; `timeouts={"interactive": 2.0}` overrides one, `timeout=` all); `hedge_after=` (seconds, off by default) re-sends a command that has
    no response by then, with the same `command_id`, up to `max_hedges` times.
    """

    @cached_property
    def calls(self) -> CallsResource:
        """Operations under `/calls`."""
        from telnyx_voice.resources.calls import CallsResource

        return CallsResource(self)

    @cached_property
    def conferences(self) -> ConferencesResource:
        """Operations under `/conferences`."""
        from telnyx_voice.resources.conferences import ConferencesResource

        return ConferencesResource(self)

    @cached_property
    def connections(self) -> ConnectionsResource:
        """Operations under `/connections`."""
        from telnyx_voice.resources.connections import ConnectionsResource

        return ConnectionsResource(self)

    @cached_property
    def queues(self) -> QueuesResource:
        """Operations under `/queues`."""
        from telnyx_voice.resources.queues import QueuesResource

        return QueuesResource(self)

    @cached_property
    def webhooks(self) -> Webhooks:
        """Verify (Ed25519) and parse the webhooks Telnyx sends to your application."""
        from telnyx_voice.webhooks import Webhooks

        return Webhooks(self)


class AsyncTelnyx(AsyncAPIClient):
    """Asynchronous client for the Telnyx Voice API.

    `AsyncTelnyx(api_key=None, *, base_url=None, timeout=..., max_retries=2, http_client=None,
    timeouts=None, hedge_after=None, max_hedges=1)`: the API key defaults to `$TELNYX_API_KEY`,
    the base URL to `$TELNYX_BASE_URL` or `https://api.telnyx.com/v2`; each operation's
    timeout defaults by its latency category (`DEFAULT_TIMEOUTS`, stated in each method's
    docstring; `timeouts={"interactive": 2.0}` overrides one, `timeout=` all); `hedge_after=` (seconds, off by default) re-sends a command that has
    no response by then, with the same `command_id`, up to `max_hedges` times.
    """

    @cached_property
    def calls(self) -> AsyncCallsResource:
        """Operations under `/calls`."""
        from telnyx_voice.resources.calls import AsyncCallsResource

        return AsyncCallsResource(self)

    @cached_property
    def conferences(self) -> AsyncConferencesResource:
        """Operations under `/conferences`."""
        from telnyx_voice.resources.conferences import AsyncConferencesResource

        return AsyncConferencesResource(self)

    @cached_property
    def connections(self) -> AsyncConnectionsResource:
        """Operations under `/connections`."""
        from telnyx_voice.resources.connections import AsyncConnectionsResource

        return AsyncConnectionsResource(self)

    @cached_property
    def queues(self) -> AsyncQueuesResource:
        """Operations under `/queues`."""
        from telnyx_voice.resources.queues import AsyncQueuesResource

        return AsyncQueuesResource(self)

    @cached_property
    def webhooks(self) -> AsyncWebhooks:
        """Verify (Ed25519) and parse the webhooks Telnyx sends to your application."""
        from telnyx_voice.webhooks import AsyncWebhooks

        return AsyncWebhooks(self)


Client = Telnyx
"""The official SDK's other name of :class:`Telnyx`."""
AsyncClient = AsyncTelnyx
"""The official SDK's other name of :class:`AsyncTelnyx`."""
