# Hand-written: copied from overlay/telnyx_voice/webhooks/_errors.py by codegen; edit it there.
"""Exceptions raised by :mod:`telnyx_voice.webhooks`.

Every verification failure is a :class:`WebhookVerificationError`; catch that one class to
turn any bad delivery into an HTTP 400.  A signed body that is not a valid event raises
:class:`WebhookParseError`.  Both (and so every subclass) are also ``ValueError`` subclasses,
as the official ``telnyx`` SDK raises ``ValueError`` from ``webhooks.unwrap``/``verify``:
ported code that catches ``ValueError`` keeps answering 400.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

__all__ = [
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


def _load_base() -> type[Exception]:
    """``telnyx_voice._exceptions.TelnyxError`` if present, else a local stand-in."""
    try:
        module = importlib.import_module("telnyx_voice._exceptions")
        base = getattr(module, "TelnyxError", None)
    except ImportError:
        base = None
    if isinstance(base, type) and issubclass(base, Exception):
        return base

    class TelnyxError(Exception):
        """Stand-in used only when ``telnyx_voice._exceptions`` is unavailable."""

    return TelnyxError


if TYPE_CHECKING:
    from telnyx_voice._exceptions import TelnyxError as _TelnyxError

else:
    _TelnyxError = _load_base()


class WebhookVerificationError(_TelnyxError, ValueError):
    """A webhook delivery failed verification; treat the request as forged (HTTP 400).

    Raised directly for a bad ``tolerance`` or clock; otherwise one of the subclasses.
    Also a ``ValueError`` (what the official SDK raises).
    """


class MissingHeaderError(WebhookVerificationError):
    """``telnyx-signature-ed25519`` or ``telnyx-timestamp`` is absent."""


class MalformedHeaderError(WebhookVerificationError):
    """A signature header is present but unusable: not strict base64 of 64 bytes, not an
    integer timestamp, repeated with different values, or ``headers`` is not a mapping or
    a sequence of ``(name, value)`` pairs."""


class TimestampOutsideToleranceError(WebhookVerificationError):
    """``telnyx-timestamp`` is further than ``tolerance`` seconds from now (replay guard)."""


class InvalidSignatureError(WebhookVerificationError):
    """The Ed25519 signature does not match the body and timestamp for any configured key."""


class MalformedPublicKeyError(WebhookVerificationError):
    """A configured public key is not strict base64 of exactly 32 bytes (or raw 32 bytes)."""


class MissingPublicKeyError(MalformedPublicKeyError):
    """No public key was given, none is set on the client and ``TELNYX_PUBLIC_KEY`` is unset."""


class MalformedPayloadError(WebhookVerificationError):
    """The payload is not ``str``/``bytes``/``bytearray``/``memoryview`` (or a ``str`` that
    cannot be encoded as UTF-8); pass the raw request body."""


class WebhookParseError(_TelnyxError, ValueError):
    """The body is not a JSON object, or a known event is missing/malformed in a required part.

    The message names the event type and field path, e.g.
    ``call.dtmf.received: data.payload.digit: Field required``.

    Attributes:
        event_type: the ``data.event_type`` of the body, if it was read.
        errors: pydantic's error list (empty when the body was not JSON / not an object).
    """

    def __init__(
        self,
        message: str,
        *,
        event_type: str | None = None,
        errors: list[dict[str, object]] | None = None,
    ) -> None:
        super().__init__(message)
        self.event_type = event_type
        self.errors: list[dict[str, object]] = errors if errors is not None else []
