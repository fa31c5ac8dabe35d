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

    Args:
        api_key: defaults to `$TELNYX_API_KEY` (a `TelnyxError` if neither is set).
        base_url: defaults to `$TELNYX_BASE_URL`, else `https://api.telnyx.com/v2`.
        timeout: seconds (or an `httpx.Timeout`) for every operation; without it each
            operation's timeout comes from its latency category (`DEFAULT_TIMEOUTS`,
            stated in each method's docstring).
        max_retries: retries after the first attempt (default 2).
        default_headers: headers sent with every request (after the SDK's own).
        http_client: an `httpx.Client` to send with (e.g.
            `DefaultHttpxClient()`); closed by `close()` only when the SDK made it.
        public_key: Telnyx's Ed25519 public key (base64) for `webhooks.unwrap`, or several
            during a rotation; defaults to `$TELNYX_PUBLIC_KEY`.
        retry_non_idempotent: also retry operations without a `command_id` after the
            request may have reached Telnyx (default False; per call too).
        timeouts: per latency category, e.g. `{"interactive": 2.0}`.
        hedge_after: seconds after which a command still without a response is sent again
            with the same `command_id` (default None: off; per call too).
        max_hedges: how many such copies at most (default 1).
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

    Args:
        api_key: defaults to `$TELNYX_API_KEY` (a `TelnyxError` if neither is set).
        base_url: defaults to `$TELNYX_BASE_URL`, else `https://api.telnyx.com/v2`.
        timeout: seconds (or an `httpx.Timeout`) for every operation; without it each
            operation's timeout comes from its latency category (`DEFAULT_TIMEOUTS`,
            stated in each method's docstring).
        max_retries: retries after the first attempt (default 2).
        default_headers: headers sent with every request (after the SDK's own).
        http_client: an `httpx.AsyncClient` to send with (e.g.
            `DefaultAioHttpClient()`); closed by `close()` only when the SDK made it.
        public_key: Telnyx's Ed25519 public key (base64) for `webhooks.unwrap`, or several
            during a rotation; defaults to `$TELNYX_PUBLIC_KEY`.
        retry_non_idempotent: also retry operations without a `command_id` after the
            request may have reached Telnyx (default False; per call too).
        timeouts: per latency category, e.g. `{"interactive": 2.0}`.
        hedge_after: seconds after which a command still without a response is sent again
            with the same `command_id` (default None: off; per call too).
        max_hedges: how many such copies at most (default 1).
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
