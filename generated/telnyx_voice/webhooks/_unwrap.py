# Hand-written: copied from overlay/telnyx_voice/webhooks/_unwrap.py by codegen; edit it there.
"""``unwrap`` (verify, then parse) and the client-bound ``Webhooks`` helpers."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from ._errors import MalformedPublicKeyError
from ._parse import EventRegistry, ParsedEvent, parse
from ._verify import DEFAULT_TOLERANCE, Headers, Payload, PublicKey, verify

__all__ = ["unwrap", "Webhooks", "AsyncWebhooks"]


def unwrap(
    payload: Payload,
    headers: Headers,
    *,
    key: PublicKey | None = None,
    tolerance: float = DEFAULT_TOLERANCE,
    now: Callable[[], float] | None = None,
    registry: EventRegistry | None = None,
) -> ParsedEvent:
    """Verify a delivery (:func:`verify`), then decode it (:func:`parse`).

    Args:
        payload: the raw request body, exactly as received.
        headers: the request headers (mapping, multi-dict or ``(name, value)`` pairs).
        key: public key(s); ``None`` reads ``TELNYX_PUBLIC_KEY``.
        tolerance: allowed clock distance in seconds (default 300).
        now: clock returning Unix seconds, for tests.
        registry: ``event_type -> model`` mapping (default: the generated registry).

    Returns:
        the typed event, or :class:`UnknownEvent` for event types this SDK does not know.

    Raises:
        WebhookVerificationError: (a subclass of) on any verification failure; the body
            is not parsed.
        WebhookParseError: the body is signed but is not a valid event.
    """
    verify(payload, headers, key=key, tolerance=tolerance, now=now)
    return parse(payload, registry=registry)


def _client_key(client: object) -> PublicKey | None:
    """``client.public_key`` (``None``: ``verify`` reads ``TELNYX_PUBLIC_KEY`` itself)."""
    key = getattr(client, "public_key", None)
    if key is None or isinstance(key, (str, bytes, bytearray, Sequence)):
        return key
    raise MalformedPublicKeyError(
        f"client.public_key must be a str or a sequence of str, not {type(key).__name__}"
    )


class Webhooks:
    """Webhook helpers bound to a client (``client.webhooks``).

    The public key defaults to ``client.public_key`` (one key or a sequence of keys),
    then the ``TELNYX_PUBLIC_KEY`` environment variable (comma-separated for several).
    No network calls are made.
    """

    def __init__(self, client: Any, *, registry: EventRegistry | None = None) -> None:
        self._client = client
        self._registry = registry

    def _key(self, key: PublicKey | None) -> PublicKey | None:
        return key if key is not None else _client_key(self._client)

    def verify(
        self,
        payload: Payload,
        headers: Headers,
        *,
        key: PublicKey | None = None,
        tolerance: float = DEFAULT_TOLERANCE,
        now: Callable[[], float] | None = None,
    ) -> None:
        """Check the Ed25519 signature and timestamp; see :func:`telnyx_voice.webhooks.verify`.

        Raises:
            WebhookVerificationError: (a subclass of) on any failure, including
                :class:`MissingPublicKeyError` when no key is configured.
        """
        verify(payload, headers, key=self._key(key), tolerance=tolerance, now=now)

    def parse(self, payload: Payload) -> ParsedEvent:
        """Decode a body into its event model **without verifying it**; see
        :func:`telnyx_voice.webhooks.parse`.

        Raises:
            WebhookParseError: not a JSON object, or a malformed known event.
        """
        return parse(payload, registry=self._registry)

    def unwrap(
        self,
        payload: Payload,
        headers: Headers,
        *,
        key: PublicKey | None = None,
        tolerance: float = DEFAULT_TOLERANCE,
        now: Callable[[], float] | None = None,
    ) -> ParsedEvent:
        """Verify, then parse; see :func:`telnyx_voice.webhooks.unwrap`.

        Raises:
            WebhookVerificationError: (a subclass of) on any verification failure.
            WebhookParseError: signed, but not a valid event.
        """
        verify(payload, headers, key=self._key(key), tolerance=tolerance, now=now)
        return parse(payload, registry=self._registry)


class AsyncWebhooks(Webhooks):
    """Webhook helpers for ``AsyncTelnyx`` (``client.webhooks``).

    The methods are deliberately plain synchronous functions (verification is CPU-only
    and takes microseconds): a forgotten ``await`` can therefore never skip a check, since
    ``client.webhooks.unwrap(...)`` either returns the event or raises.
    """
