# Hand-written: copied from overlay/telnyx_voice/media_streaming/_parse.py by codegen; edit it there.
"""Frames as text <-> typed frames: :func:`parse_frame` and the builders of app frames."""

from __future__ import annotations

import base64
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Union, cast

import pydantic
from pydantic_core import from_json

from ._errors import MediaStreamError
from ._registry import INBOUND_FRAMES, OUTBOUND_FRAMES

if TYPE_CHECKING:
    from ._registry import KnownInboundFrame, KnownOutboundFrame

__all__ = [
    "InboundFrame",
    "OutboundFrame",
    "UnknownFrame",
    "clear_frame",
    "mark_frame",
    "media_frame",
    "parse_frame",
    "parse_outbound_frame",
]

Data = str | bytes | bytearray | memoryview


class UnknownFrame:
    """A frame whose ``event`` this SDK does not know (a newer Telnyx frame): never an
    error, never another frame's class.

    Attributes: ``event`` (the ``event`` string), ``raw`` (the whole decoded JSON object).
    """

    __slots__ = ("event", "raw")

    def __init__(self, event: str, raw: dict[str, Any]) -> None:
        self.event = event
        self.raw = raw

    @property
    def sequence_number(self) -> str | None:
        """``raw["sequence_number"]`` when it is a string, else ``None``."""
        value = self.raw.get("sequence_number")
        return value if isinstance(value, str) else None

    def __repr__(self) -> str:
        return f"UnknownFrame(event={self.event!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, UnknownFrame):
            return NotImplemented
        return self.event == other.event and self.raw == other.raw

    __hash__ = None  # type: ignore[assignment]


InboundFrame = Union["KnownInboundFrame", UnknownFrame]
"""What :func:`parse_frame` returns: ``ConnectedFrame``, ``StartFrame``, ``MediaFrame``,
``DtmfFrame``, ``MarkFrame``, ``StopFrame``, ``ErrorFrame`` or :class:`UnknownFrame`."""

OutboundFrame = Union["KnownOutboundFrame", UnknownFrame]
"""What :func:`parse_outbound_frame` returns: ``OutboundMediaFrame``,
``OutboundMarkFrame``, ``ClearFrame`` or :class:`UnknownFrame`."""


def _decode(data: object) -> dict[str, Any]:
    if isinstance(data, memoryview):
        data = data.tobytes()
    if not isinstance(data, (str, bytes, bytearray)):
        raise MediaStreamError(f"a frame is text or bytes of JSON, not {type(data).__name__}")
    try:
        obj = from_json(data, cache_strings="keys")  # values (payloads) are all different
    except ValueError as exc:
        raise MediaStreamError(f"frame is not valid JSON: {exc}") from None
    if not isinstance(obj, dict):
        raise MediaStreamError(f"a frame is a JSON object, not {type(obj).__name__}")
    return cast("dict[str, Any]", obj)


def _message(exc: pydantic.ValidationError) -> str:
    errors = exc.errors(include_url=False)
    if not errors:
        return "invalid"
    first = errors[0]
    path = ".".join(str(p) for p in first.get("loc") or ())
    text = f"{path}: {first.get('msg', 'invalid')}" if path else str(first.get("msg"))
    more = len(errors) - 1
    return text + (f" (and {more} more error{'s' if more > 1 else ''})" if more else "")


def _typed(obj: dict[str, Any], registry: Mapping[str, Any], direction: str) -> Any:
    event = obj.get("event")
    if not isinstance(event, str):
        raise MediaStreamError(
            "a frame has an `event` string"
            + (f", not {type(event).__name__}" if "event" in obj else "; this one has none")
        )
    model = registry.get(event)
    if model is None:
        return UnknownFrame(event, obj)
    try:
        return model.model_validate(obj)
    except pydantic.ValidationError as exc:
        raise MediaStreamError(
            f"{event} frame ({direction}): {_message(exc)}", event=event
        ) from None


def parse_frame(data: Data) -> InboundFrame:
    """A frame Telnyx sent (one WebSocket text message) as its typed model.

    ``data``: the message, ``str`` or UTF-8 ``bytes`` of a JSON object with an ``event``
    string.  Unknown fields and unknown enum values are kept; a number where the schema
    has a string (``"sequence_number": 5``) is read as ``"5"``.  A ``MediaFrame``'s
    payload is base64-decoded here, once (``frame.audio``).

    Returns:
        ``ConnectedFrame``, ``StartFrame``, ``MediaFrame``, ``DtmfFrame``, ``MarkFrame``,
        ``StopFrame`` or ``ErrorFrame`` (``telnyx_voice.media_streaming.models``), or
        :class:`UnknownFrame` for an ``event`` this SDK does not know.

    Raises:
        MediaStreamError: anything malformed (never ``JSONDecodeError``, ``KeyError``,
            ``binascii.Error`` or a pydantic error); the message names the field, e.g.
            ``media frame (inbound): media.payload: Field required``.

    Source: Telnyx, "Stream call media over WebSocket" (spec/media-streaming.yaml).
    """
    return cast("InboundFrame", _typed(_decode(data), INBOUND_FRAMES, "inbound"))


def parse_outbound_frame(data: Data) -> OutboundFrame:
    """A frame an app sends to Telnyx as its typed model (``OutboundMediaFrame``,
    ``OutboundMarkFrame``, ``ClearFrame``; :class:`UnknownFrame` for another ``event``).

    Strict like a request: unknown fields are errors.  Used by
    :class:`telnyx_voice.testing.FakeMediaStream` to check what an app sent.

    Raises:
        MediaStreamError: not JSON, not an object, no ``event``, or an invalid known frame.
    """
    return cast("OutboundFrame", _typed(_decode(data), OUTBOUND_FRAMES, "outbound"))


def _check_type(value: object, kind: type | tuple[type, ...], what: str) -> None:
    """TypeError unless `value` is a `kind` (arguments typed for checkers, checked at run
    time too: a str of base64 passed as audio is a common mistake)."""
    if not isinstance(value, kind):
        raise TypeError(f"{what}, not {type(value).__name__}")


def media_frame(audio: bytes) -> str:
    """The text of an app ``media`` frame: ``{"event":"media","media":{"payload":<base64>}}``.

    ``audio``: raw bytes in the stream's bidirectional format: with
    ``stream_bidirectional_mode="rtp"``, audio in ``stream_bidirectional_codec`` (default
    PCMU) at ``stream_bidirectional_sampling_rate``, 20 ms to 30 s per frame (PCMU at
    8000 Hz: 160 to 240,000 bytes); with the default ``mp3`` mode, MP3 data (Telnyx plays
    at most one frame per second).  No RTP header.

    Raises:
        TypeError: ``audio`` is not bytes-like.
        ValueError: ``audio`` is empty.
    """
    _check_type(audio, (bytes, bytearray, memoryview), "audio must be bytes")
    if not audio:
        raise ValueError("audio is empty: a media frame carries at least one sample")
    return '{"event":"media","media":{"payload":"' + base64.b64encode(audio).decode("ascii") + '"}}'


def mark_frame(name: str) -> str:
    """The text of an app ``mark`` frame: ``{"event":"mark","mark":{"name":<name>}}``.

    Telnyx answers with a ``MarkFrame`` of the same ``name`` once the audio sent before
    it has played.

    Raises:
        TypeError: ``name`` is not a ``str``.
        ValueError: ``name`` is empty.
    """
    _check_type(name, str, "a mark name is a str")
    if not name:
        raise ValueError("a mark name is a non-empty string")
    return json.dumps({"event": "mark", "mark": {"name": name}}, separators=(",", ":"))


_CLEAR = '{"event":"clear"}'


def clear_frame() -> str:
    """The text of an app ``clear`` frame, ``{"event":"clear"}``: Telnyx stops the audio
    playing now and drops the queued audio."""
    return _CLEAR
