"""The media streaming frames of each direction, by `event` (spec/media-streaming.yaml).

`parse_frame` looks a frame's `event` up once in `INBOUND_FRAMES`; an event that is not
listed becomes an `UnknownFrame` (see `telnyx_voice.media_streaming`).
"""

from __future__ import annotations

from typing import TypeAlias

from telnyx_voice.media_streaming.models import (
    ClearFrame,
    ConnectedFrame,
    DtmfFrame,
    ErrorFrame,
    MarkFrame,
    MediaFrame,
    OutboundMarkFrame,
    OutboundMediaFrame,
    StartFrame,
    StopFrame,
)

__all__ = [
    "INBOUND_FRAMES",
    "OUTBOUND_FRAMES",
    "KnownInboundFrame",
    "KnownOutboundFrame",
    "SCHEMA_SHA256",
    "SOURCE_URL",
    "SOURCE_READ",
]

SCHEMA_SHA256 = "64f9db9c2472351d6d3fe4dc05228eafd17fc28dc68b28a15381074a882b13b6"
"""sha256 of spec/media-streaming.yaml, as pinned in spec/pin.yaml."""
SOURCE_URL = (
    "https://developers.telnyx.com/api-reference/websockets/stream-call-media-over-websocket"
)
"""The Telnyx reference the schema was written from."""
SOURCE_READ = "2026-12-01"
"""When it was read (YYYY-MM-DD)."""

KnownInboundFrame: TypeAlias = (
    ConnectedFrame | StartFrame | MediaFrame | DtmfFrame | MarkFrame | StopFrame | ErrorFrame
)
"""Any of the 7 frames Telnyx sends to the app."""

INBOUND_FRAMES: dict[str, type[KnownInboundFrame]] = {
    "connected": ConnectedFrame,
    "start": StartFrame,
    "media": MediaFrame,
    "dtmf": DtmfFrame,
    "mark": MarkFrame,
    "stop": StopFrame,
    "error": ErrorFrame,
}

KnownOutboundFrame: TypeAlias = OutboundMediaFrame | OutboundMarkFrame | ClearFrame
"""Any of the 3 frames the app sends to Telnyx."""

OUTBOUND_FRAMES: dict[str, type[KnownOutboundFrame]] = {
    "media": OutboundMediaFrame,
    "mark": OutboundMarkFrame,
    "clear": ClearFrame,
}
