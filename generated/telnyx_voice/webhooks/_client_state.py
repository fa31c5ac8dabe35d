# Hand-written: copied from overlay/telnyx_voice/webhooks/_client_state.py by codegen; edit it there.
"""``client_state``: the base64 string Telnyx echoes back on every event of a command.

Telnyx takes ``client_state`` as base64 and returns it unchanged in the webhooks the
command causes; an IVR typically keeps its position in the menu there.
"""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any, Literal

from .._exceptions import TelnyxError

__all__ = ["ClientStateError", "encode_client_state", "decode_client_state"]

ClientStateFormat = Literal["auto", "json", "text", "bytes"]


class ClientStateError(TelnyxError, ValueError):
    """A ``client_state`` could not be encoded or decoded (the message says why)."""


def encode_client_state(value: Any) -> str:
    """The ``client_state`` string for ``value``: standard base64 (``+/``, ``=`` padding,
    no newlines) of

    * ``bytes``/``bytearray``: the bytes as they are;
    * ``str``: its UTF-8 bytes (plain text, as Telnyx's own examples use);
    * anything else: its compact JSON (``dict``, ``list``, numbers, ``bool``, ``None``;
      non-ASCII kept as UTF-8).

    An empty ``str``/``bytes`` encodes to ``""``, which Telnyx treats as no state (and
    :func:`decode_client_state` gives ``None``).

    Raises:
        ClientStateError: ``value`` is not JSON-serialisable (e.g. a ``set`` or ``NaN``),
            or is a ``str`` with lone surrogates.
    """
    if isinstance(value, (bytes, bytearray, memoryview)):
        raw = bytes(value)
    elif isinstance(value, str):
        try:
            raw = value.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise ClientStateError(f"client_state text is not encodable as UTF-8: {exc}") from exc
    else:
        try:
            text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
        except (TypeError, ValueError) as exc:
            raise ClientStateError(
                f"client_state value of type {type(value).__name__} is not JSON-serialisable: {exc}"
            ) from exc
        raw = text.encode("utf-8")
    return base64.b64encode(raw).decode("ascii")


def _state_of(value_or_event: object) -> object:
    if value_or_event is None or isinstance(value_or_event, (str, bytes, bytearray)):
        return value_or_event
    raw = getattr(value_or_event, "raw", None)
    if isinstance(raw, dict):  # UnknownEvent
        data = raw.get("data")
        payload = (data if isinstance(data, dict) else raw).get("payload")
        return payload.get("client_state") if isinstance(payload, dict) else None
    holder = getattr(value_or_event, "data", None) or value_or_event
    payload = getattr(holder, "payload", None)
    if payload is None:
        raise ClientStateError(
            f"cannot read client_state from {type(value_or_event).__name__}: pass the "
            "client_state string or an event with data.payload"
        )
    return getattr(payload, "client_state", None)


def decode_client_state(value_or_event: object, *, format: ClientStateFormat = "auto") -> Any:
    """Decode a ``client_state`` (the string, or an event whose ``data.payload`` has one).

    Args:
        value_or_event: the base64 string (``str`` or ASCII ``bytes``), a parsed event
            (typed or :class:`UnknownEvent`), or ``None``.
        format: ``"auto"`` (default): the JSON value if the decoded bytes are JSON, else
            the UTF-8 text, else the bytes; ``"json"``: must be JSON; ``"text"``: UTF-8
            text (use it for states that are text which may look like JSON, e.g. ``"42"``);
            ``"bytes"``: the raw bytes.

    Returns:
        the decoded value; ``None`` when the state is missing or empty.

    Raises:
        ClientStateError: not valid base64, or not JSON / UTF-8 as ``format`` demands.
    """
    if format not in ("auto", "json", "text", "bytes"):
        raise ValueError(f"format must be 'auto', 'json', 'text' or 'bytes', not {format!r}")
    state = _state_of(value_or_event)
    if state is None or state == "" or state == b"":
        return None
    if not isinstance(state, (str, bytes, bytearray)):
        raise ClientStateError(f"client_state must be a base64 string, not {type(state).__name__}")
    try:
        raw = base64.b64decode(state, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise ClientStateError(f"client_state is not valid base64: {exc}") from exc
    if format == "bytes":
        return raw
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        if format == "auto":
            return raw
        raise ClientStateError("client_state is not UTF-8 text") from exc
    if format == "text":
        return text
    try:
        return json.loads(text)
    except ValueError as exc:
        if format == "auto":
            return text
        raise ClientStateError(f"client_state is not JSON: {exc}") from exc
