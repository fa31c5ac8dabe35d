# Hand-written: copied from overlay/telnyx_voice/webhooks/__init__.py by codegen; edit it there.
"""Receiving Telnyx webhooks: Ed25519 verification, typed parsing and routing.

Typical receiver (any framework; pass the *raw* body bytes)::

    from telnyx_voice.webhooks import unwrap, WebhookVerificationError

    try:
        event = unwrap(raw_body, request.headers, key=TELNYX_PUBLIC_KEY)
    except WebhookVerificationError:
        return 400

* :func:`verify` checks the ``telnyx-signature-ed25519`` / ``telnyx-timestamp`` headers
  and raises a :class:`WebhookVerificationError` subclass on any failure.
* :func:`parse` decodes a body into its event model **without** verification
  (:class:`UnknownEvent` for event types this SDK does not know).
* :func:`unwrap` does both.  ``client.webhooks`` (:class:`Webhooks`,
  :class:`AsyncWebhooks`) does the same with the client's ``public_key``.
* :class:`WebhookRouter` dispatches events to handlers.

Importing this package is cheap: PyNaCl, pydantic and the generated event registry are
imported on first use.
"""

from __future__ import annotations

from ._errors import (
    InvalidSignatureError,
    MalformedHeaderError,
    MalformedPayloadError,
    MalformedPublicKeyError,
    MissingHeaderError,
    MissingPublicKeyError,
    TimestampOutsideToleranceError,
    WebhookParseError,
    WebhookVerificationError,
)
from ._parse import EventRegistry, ParsedEvent, UnknownEvent, load_registry, parse
from ._router import WebhookRouter, event_type_of
from ._unwrap import AsyncWebhooks, Webhooks, unwrap
from ._verify import (
    DEFAULT_TOLERANCE,
    PUBLIC_KEY_ENV,
    SIGNATURE_HEADER,
    TIMESTAMP_HEADER,
    Headers,
    Payload,
    PublicKey,
    verify,
)

__all__ = [
    "verify",
    "parse",
    "unwrap",
    "Webhooks",
    "AsyncWebhooks",
    "WebhookRouter",
    "UnknownEvent",
    "ParsedEvent",
    "EventRegistry",
    "load_registry",
    "event_type_of",
    "Payload",
    "Headers",
    "PublicKey",
    "SIGNATURE_HEADER",
    "TIMESTAMP_HEADER",
    "DEFAULT_TOLERANCE",
    "PUBLIC_KEY_ENV",
    "WebhookVerificationError",
    "MissingHeaderError",
    "MalformedHeaderError",
    "TimestampOutsideToleranceError",
    "InvalidSignatureError",
    "MalformedPublicKeyError",
    "MissingPublicKeyError",
    "MalformedPayloadError",
    "WebhookParseError",
]
