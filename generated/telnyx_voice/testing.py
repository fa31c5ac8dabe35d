# Hand-written: copied from overlay/telnyx_voice/testing.py by codegen; edit it there.
"""Helpers for testing code that receives Telnyx webhooks.

Sign your own deliveries with a throw-away key pair, so a receiver can be tested end to
end without Telnyx::

    from telnyx_voice import testing

    private_key, public_key = testing.generate_keypair()
    event = testing.build_event("call.dtmf.received", {"digit": "5", "call_control_id": "v3:x"})
    body = json.dumps(event).encode()
    headers = testing.sign(body, private_key=private_key)
    # POST body with headers to your app, configured with public_key

Never use these keys for anything but tests.

:class:`FakeMediaStream` plays Telnyx's side of a media stream against your WebSocket
endpoint (see :mod:`telnyx_voice.media_streaming`; needs the ``media`` extra).
"""

from __future__ import annotations

import base64
import time
import uuid
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

__all__ = ["generate_keypair", "sign", "build_event", "FakeMediaStream"]

if TYPE_CHECKING:
    from telnyx_voice.media_streaming._fake import FakeMediaStream


def __getattr__(name: str) -> Any:
    if name == "FakeMediaStream":  # imported on first use: it needs the `media` extra
        from telnyx_voice.media_streaming._fake import FakeMediaStream

        return FakeMediaStream
    raise AttributeError(f"module 'telnyx_voice.testing' has no attribute {name!r}")


_DEFAULT_META = {"attempt": 1, "delivered_to": "https://example.com/webhooks"}


def generate_keypair() -> tuple[str, str]:
    """A fresh Ed25519 key pair as ``(private_key_b64, public_key_b64)``.

    The private key is the base64 of the 32-byte seed (for :func:`sign`); the public key
    the base64 of the 32-byte verify key, in the same format as the Telnyx portal's.
    """
    from nacl.signing import SigningKey

    signing_key = SigningKey.generate()
    return (
        base64.b64encode(bytes(signing_key)).decode("ascii"),
        base64.b64encode(bytes(signing_key.verify_key)).decode("ascii"),
    )


def sign(
    payload: str | bytes,
    *,
    private_key: str | bytes,
    timestamp: int | str | None = None,
) -> dict[str, str]:
    """Headers Telnyx would send with ``payload``.

    Args:
        payload: the exact body you will send (``str`` is encoded as UTF-8).
        private_key: base64 of the 32-byte seed (from :func:`generate_keypair`), or the
            raw 32 bytes.
        timestamp: Unix seconds to sign (default: now).  Pass an old value to test the
            replay window.

    Returns:
        ``{"telnyx-signature-ed25519": <base64 signature>, "telnyx-timestamp": <seconds>}``.

    Raises:
        ValueError: ``private_key`` is not 32 bytes (or base64 of 32 bytes).
    """
    from nacl.signing import SigningKey

    seed = private_key if isinstance(private_key, bytes) and len(private_key) == 32 else None
    if seed is None:
        seed = base64.b64decode(private_key, validate=True)
    if len(seed) != 32:
        raise ValueError("private_key must be 32 bytes or their base64")
    body = payload.encode("utf-8") if isinstance(payload, str) else bytes(payload)
    ts = str(int(time.time()) if timestamp is None else timestamp)
    signature = SigningKey(seed).sign(ts.encode("ascii") + b"|" + body).signature
    return {
        "telnyx-signature-ed25519": base64.b64encode(signature).decode("ascii"),
        "telnyx-timestamp": ts,
    }


def build_event(
    event_type: str,
    payload: dict[str, Any] | None = None,
    **overrides: Any,
) -> dict[str, Any]:
    """A webhook envelope as Telnyx sends it, ready for ``json.dumps``::

        {"data": {"record_type": "event", "event_type": event_type, "id": <uuid4>,
                  "occurred_at": <now, ISO 8601 UTC>, "payload": payload},
         "meta": {"attempt": 1, "delivered_to": "https://example.com/webhooks"}}

    Args:
        event_type: e.g. ``"call.dtmf.received"``.
        payload: the ``data.payload`` object (default ``{}``).
        **overrides: keys of ``data`` to replace or add (``id``, ``occurred_at``,
            ``record_type``, ...); the special key ``meta`` replaces the envelope's
            ``meta`` (``meta=None`` omits it, as some events do).
    """
    meta = overrides.pop("meta", dict(_DEFAULT_META))
    occurred_at = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    data: dict[str, Any] = {
        "record_type": "event",
        "event_type": event_type,
        "id": str(uuid.uuid4()),
        "occurred_at": occurred_at,
        "payload": dict(payload) if payload is not None else {},
    }
    data.update(overrides)
    event: dict[str, Any] = {"data": data}
    if meta is not None:
        event["meta"] = meta
    return event
