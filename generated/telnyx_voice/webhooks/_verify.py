# Hand-written: copied from overlay/telnyx_voice/webhooks/_verify.py by codegen; edit it there.
"""Ed25519 verification of Telnyx webhook deliveries.

Telnyx signs ``timestamp + b"|" + raw_body`` with Ed25519 and sends

* ``telnyx-signature-ed25519``: base64 of the 64-byte signature;
* ``telnyx-timestamp``: Unix time in whole seconds, as a decimal string.

Everything here fails closed: any problem with any input raises a
:class:`~telnyx_voice.webhooks.WebhookVerificationError` subclass and nothing returns
normally without a valid signature.
"""

from __future__ import annotations

import base64
import binascii
import math
import os
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from ._errors import (
    InvalidSignatureError,
    MalformedHeaderError,
    MalformedPayloadError,
    MalformedPublicKeyError,
    MissingHeaderError,
    MissingPublicKeyError,
    TimestampOutsideToleranceError,
    WebhookVerificationError,
)

if TYPE_CHECKING:
    from nacl.signing import VerifyKey

__all__ = [
    "SIGNATURE_HEADER",
    "TIMESTAMP_HEADER",
    "DEFAULT_TOLERANCE",
    "PUBLIC_KEY_ENV",
    "Payload",
    "Headers",
    "PublicKey",
    "verify",
]

SIGNATURE_HEADER = "telnyx-signature-ed25519"
TIMESTAMP_HEADER = "telnyx-timestamp"
DEFAULT_TOLERANCE = 300
"""Default maximum distance, in seconds, between ``telnyx-timestamp`` and now."""
PUBLIC_KEY_ENV = "TELNYX_PUBLIC_KEY"
"""Environment variable read when no key is given (comma-separated for several keys)."""

Payload = str | bytes | bytearray | memoryview
"""The raw request body.  Pass exactly the bytes received; ``str`` is encoded as UTF-8."""
Headers = Mapping[str, Any] | Iterable[tuple[Any, Any]] | Any
"""A ``dict``, any mapping or multi-dict with ``.items()`` (Starlette/Werkzeug ``Headers``,
``http.client.HTTPMessage``), or a sequence of ``(name, value)`` pairs (``str`` or
``bytes``).  Names are matched case-insensitively."""
PublicKey = str | bytes | bytearray | Sequence[str | bytes | bytearray]
"""One public key or several (rotation).  A key is base64 of 32 bytes, as shown in the
Telnyx portal, or the raw 32 bytes."""

_MAX_TIMESTAMP_DIGITS = 20
_SIG_LEN = 64
_SIG_NAME_LEN = len(SIGNATURE_HEADER)
_TS_NAME_LEN = len(TIMESTAMP_HEADER)
_KEY_LEN = 32


# --------------------------------------------------------------------------- keys


@lru_cache(maxsize=128)
def _verify_key(raw: bytes) -> VerifyKey:
    from nacl.signing import VerifyKey

    return VerifyKey(raw)


@lru_cache(maxsize=128)
def _key_from_b64(text: str) -> VerifyKey:
    try:
        raw = base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise MalformedPublicKeyError(
            "public key is not valid base64; use the Ed25519 public key from the Telnyx portal"
        ) from exc
    if len(raw) != _KEY_LEN:
        raise MalformedPublicKeyError(
            f"public key must decode to {_KEY_LEN} bytes, got {len(raw)}; "
            "use the Ed25519 public key from the Telnyx portal"
        )
    return _verify_key(raw)


def _one_key(key: object) -> VerifyKey:
    if isinstance(key, str):
        return _key_from_b64(key)
    if isinstance(key, (bytes, bytearray, memoryview)):
        try:
            raw = bytes(key)
        except Exception as exc:
            raise MalformedPublicKeyError("public key bytes could not be read") from exc
        if len(raw) == _KEY_LEN:
            return _verify_key(raw)
        try:
            text = raw.decode("ascii")
        except UnicodeDecodeError as exc:
            raise MalformedPublicKeyError(
                f"public key bytes must be the raw {_KEY_LEN} bytes or their base64"
            ) from exc
        return _key_from_b64(text)
    from nacl.signing import VerifyKey

    if isinstance(key, VerifyKey):
        return key
    raise MalformedPublicKeyError(
        f"public key must be a base64 str or bytes, not {type(key).__name__}"
    )


def _split_keys(text: str) -> list[str]:
    """Several base64 keys in one string, separated by commas or whitespace (the form of
    ``TELNYX_PUBLIC_KEY``; base64 has neither, so one key is one part)."""
    return text.replace(",", " ").split()


def _resolve_keys(key: object) -> tuple[VerifyKey, ...]:
    """Turn ``key`` (one key, several keys, or ``None`` for the environment) into VerifyKeys.

    The one place a key's text is read: ``None`` means ``TELNYX_PUBLIC_KEY``; a str may
    hold several keys separated by commas (as the variable does, and so
    ``client.public_key`` read from it)."""
    if key is None or (isinstance(key, str) and not key.strip()):
        parts = _split_keys(os.environ.get(PUBLIC_KEY_ENV) or "")
        if not parts:
            raise MissingPublicKeyError(
                "no Telnyx public key configured: pass key=..., set client.public_key / "
                f"Telnyx(public_key=...), or set the {PUBLIC_KEY_ENV} environment variable "
                "(the Ed25519 public key shown in the Telnyx portal)"
            )
        return tuple(_one_key(p) for p in parts)
    if isinstance(key, str):
        return tuple(_one_key(p) for p in _split_keys(key))
    if isinstance(key, (bytes, bytearray, memoryview)):
        return (_one_key(key),)
    if isinstance(key, (Sequence, set, frozenset)):
        try:
            keys = tuple(_one_key(k) for k in key)
        except WebhookVerificationError:
            raise
        except Exception as exc:
            raise MalformedPublicKeyError("public keys could not be read") from exc
        if not keys:
            raise MissingPublicKeyError("an empty sequence of public keys was given")
        return keys
    return (_one_key(key),)


# --------------------------------------------------------------------------- headers


def _text(value: object, name: str) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, (bytes, bytearray)):
        return bytes(value).decode("latin-1")
    raise MalformedHeaderError(f"header {name!r} has a non-string value")


def _collect(headers: object) -> tuple[list[str], list[str]]:
    if headers is None or isinstance(headers, (str, bytes, bytearray, memoryview)):
        raise MalformedHeaderError(
            "headers must be a mapping or a sequence of (name, value) pairs, "
            f"not {type(headers).__name__}"
        )
    items = getattr(headers, "items", None)
    pairs: Iterable[Any] = items() if callable(items) else headers  # type: ignore[assignment]
    sigs: list[str] = []
    stamps: list[str] = []
    for name, value in pairs:
        if name.__class__ is not str:
            if isinstance(name, (bytes, bytearray)):
                name = bytes(name).decode("latin-1")
            elif not isinstance(name, str):
                continue
        # Only names of the right length can match (lower() keeps the length of every
        # string whose lowercase form is ASCII), so most headers skip lower() entirely.
        size = len(name)
        if size == _SIG_NAME_LEN and name.lower() == SIGNATURE_HEADER:
            target = sigs
        elif size == _TS_NAME_LEN and name.lower() == TIMESTAMP_HEADER:
            target = stamps
        else:
            continue
        if isinstance(value, (list, tuple)):
            target.extend(_text(v, name.lower()) for v in value)
        else:
            target.append(_text(value, name.lower()))
    return sigs, stamps


def _single(values: list[str], name: str) -> str:
    if not values:
        raise MissingHeaderError(f"missing {name!r} header")
    first = values[0]
    for other in values[1:]:
        if other != first:
            raise MalformedHeaderError(f"header {name!r} is repeated with different values")
    return first


def _read_headers(headers: object) -> tuple[str, str]:
    try:
        sigs, stamps = _collect(headers)
    except WebhookVerificationError:
        raise
    except Exception as exc:
        raise MalformedHeaderError(
            "headers must be a mapping or a sequence of (name, value) pairs"
        ) from exc
    return _single(sigs, SIGNATURE_HEADER), _single(stamps, TIMESTAMP_HEADER)


# --------------------------------------------------------------------------- verify


def _body_bytes(payload: object) -> bytes:
    if isinstance(payload, bytes):
        return payload
    if isinstance(payload, str):
        try:
            return payload.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise MalformedPayloadError(
                "payload str cannot be encoded as UTF-8; pass the raw request body bytes"
            ) from exc
    if isinstance(payload, (bytearray, memoryview)):
        try:
            return bytes(payload)
        except Exception as exc:
            raise MalformedPayloadError("payload buffer could not be read") from exc
    raise MalformedPayloadError(
        f"payload must be the raw request body (bytes or str), not {type(payload).__name__}"
    )


def _now(now: Callable[[], float] | None) -> float:
    if now is None:
        return time.time()
    try:
        value = float(now())
    except Exception as exc:
        raise WebhookVerificationError("the injected clock failed") from exc
    if not math.isfinite(value):
        raise WebhookVerificationError("the injected clock returned a non-finite time")
    return value


def _check_tolerance(tolerance: object) -> float:
    try:
        value = float(tolerance)  # type: ignore[arg-type]
    except Exception as exc:
        raise WebhookVerificationError("tolerance must be a number of seconds") from exc
    if not (math.isfinite(value) and value >= 0):
        raise WebhookVerificationError("tolerance must be a finite number of seconds >= 0")
    return value


def verify(
    payload: Payload,
    headers: Headers,
    *,
    key: PublicKey | None = None,
    tolerance: float = DEFAULT_TOLERANCE,
    now: Callable[[], float] | None = None,
) -> None:
    """Check that ``payload`` was signed by Telnyx; return ``None`` or raise.

    Args:
        payload: the raw request body, exactly as received (``bytes`` preferred; a ``str``
            is encoded as UTF-8).  Never re-serialised JSON: that changes the bytes.
        headers: the request headers (see :data:`Headers`); names are case-insensitive.
        key: the Ed25519 public key from the Telnyx portal (base64 of 32 bytes, or raw
            32 bytes), or a sequence of keys during rotation (valid if *any* verifies).
            ``None`` reads ``TELNYX_PUBLIC_KEY`` (comma-separated for several keys).
        tolerance: maximum distance in seconds between ``telnyx-timestamp`` and now,
            in either direction (default 300).
        now: clock returning Unix seconds (default :func:`time.time`); for tests.

    Raises:
        MissingPublicKeyError: no key given and ``TELNYX_PUBLIC_KEY`` unset.
        MalformedPublicKeyError: a key is not base64 of exactly 32 bytes.
        MalformedPayloadError: ``payload`` is not ``str``/``bytes``-like.
        MissingHeaderError: a signature header is absent.
        MalformedHeaderError: a header is not well formed or repeated with different values.
        TimestampOutsideToleranceError: the timestamp is too old or too far in the future.
        InvalidSignatureError: no key verifies the signature.
        WebhookVerificationError: base of all of the above (also raised for a bad
            ``tolerance`` or clock).  No other exception type escapes.
    """
    try:
        _verify(payload, headers, key, tolerance, now)
    except WebhookVerificationError:
        raise
    except Exception as exc:  # pragma: no cover - defensive: fail closed on anything else
        raise WebhookVerificationError(
            f"webhook verification failed: {type(exc).__name__}"
        ) from exc


def _verify(
    payload: object,
    headers: object,
    key: object,
    tolerance: object,
    now: Callable[[], float] | None,
) -> None:
    keys = _resolve_keys(key)
    tol = _check_tolerance(tolerance)
    body = _body_bytes(payload)
    signature_b64, timestamp = _read_headers(headers)

    if not (
        0 < len(timestamp) <= _MAX_TIMESTAMP_DIGITS and timestamp.isascii() and timestamp.isdigit()
    ):
        raise MalformedHeaderError(f"{TIMESTAMP_HEADER!r} must be Unix seconds as an integer")
    if abs(_now(now) - int(timestamp)) > tol:
        raise TimestampOutsideToleranceError(
            f"{TIMESTAMP_HEADER!r} is more than {tol:g} seconds from the current time"
        )

    try:
        signature = base64.b64decode(signature_b64, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise MalformedHeaderError(f"{SIGNATURE_HEADER!r} is not valid base64") from exc
    if len(signature) != _SIG_LEN:
        raise MalformedHeaderError(
            f"{SIGNATURE_HEADER!r} must decode to {_SIG_LEN} bytes, got {len(signature)}"
        )

    message = timestamp.encode("ascii") + b"|" + body
    for verify_key in keys:
        try:
            verify_key.verify(message, signature)
        except Exception:
            continue
        return
    raise InvalidSignatureError(
        "webhook signature does not match the body and timestamp for the configured public key"
        + ("s" if len(keys) > 1 else "")
    )
