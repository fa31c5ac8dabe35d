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
* :class:`WebhookRouter` dispatches events to typed handlers and runs each delivery's
  handler once (deduplicated by ``data.id`` in an :class:`InMemoryDedupeStore` by
  default, a :class:`RedisDedupeStore` across workers); commands sent while a handler
  runs (or inside ``with handling(event):``) get ``command_id``s derived from the event.
* :func:`encode_client_state` / :func:`decode_client_state`: ``client_state`` as base64
  of text, bytes or JSON.
* A known event whose fields no longer match the spec still arrives as its class: the
  failing fields are kept raw and listed in ``event.parse_errors``.

Importing this package is cheap: PyNaCl, pydantic and the generated event registry are
imported on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._client_state import ClientStateError, decode_client_state, encode_client_state
from ._dedupe import DedupeStore, InMemoryDedupeStore, RedisDedupeStore
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
from ._handling import COMMAND_ID_NAMESPACE, event_id_of, handling
from ._parse import EventRegistry, ParsedEvent, UnknownEvent, load_registry, parse
from ._router import BaseWebhookRouter, event_type_of
from ._typed_router import WebhookRouter
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

if TYPE_CHECKING:
    from .._models import ParseIssue, WebhookEventModel, WebhookMeta

_LAZY_MODELS = ("ParseIssue", "WebhookEventModel", "WebhookMeta")


def __getattr__(name: str) -> Any:
    # pydantic is imported only when these are used (see the module docs)
    if name in _LAZY_MODELS:
        from .. import _models

        return getattr(_models, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "verify",
    "parse",
    "unwrap",
    "Webhooks",
    "AsyncWebhooks",
    "WebhookRouter",
    "BaseWebhookRouter",
    "DedupeStore",
    "InMemoryDedupeStore",
    "RedisDedupeStore",
    "handling",
    "event_id_of",
    "COMMAND_ID_NAMESPACE",
    "encode_client_state",
    "decode_client_state",
    "ClientStateError",
    "WebhookEventModel",
    "WebhookMeta",
    "ParseIssue",
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
