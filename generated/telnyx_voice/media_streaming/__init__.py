"""Telnyx media streaming: the call's audio over a WebSocket, typed.

`streaming_start` (or `dial`/`answer` with `stream_url`) makes Telnyx open a WebSocket to
your `stream_url` and send the call's audio as JSON frames; with
`stream_bidirectional_mode="rtp"` your app sends audio back on the same socket.

* `MediaStream(websocket)`: wraps a Starlette/ASGI `WebSocket` or a `websockets`
  connection; `async for frame in stream` yields typed frames (media in
  `sequence_number` order), `send_audio`, `mark`, `clear`; optional `expected_auth_token`.
* `parse_frame(data)`: one frame Telnyx sent -> `ConnectedFrame`, `StartFrame`,
  `MediaFrame` (`.audio`: the decoded payload), `DtmfFrame`, `MarkFrame`, `StopFrame`,
  `ErrorFrame`, or `UnknownFrame`; anything malformed raises `MediaStreamError`.
* `media_frame(audio)`, `mark_frame(name)`, `clear_frame()`: the texts of app frames.
* `telnyx_voice.media_streaming.codecs`: PCMU/PCMA/L16 <-> 16-bit little-endian PCM.
* `telnyx_voice.testing.FakeMediaStream`: Telnyx's side, for tests.

The frame models (7 inbound, 3 outbound) are generated from
spec/media-streaming.yaml, written from Telnyx's "Stream call media over WebSocket"
(https://developers.telnyx.com/api-reference/websockets/stream-call-media-over-websocket, read 2026-12-01).
"""

from telnyx_voice.media_streaming._errors import (
    MediaStreamAuthError,
    MediaStreamClosedError,
    MediaStreamError,
)
from telnyx_voice.media_streaming._parse import (
    InboundFrame,
    OutboundFrame,
    UnknownFrame,
    clear_frame,
    mark_frame,
    media_frame,
    parse_frame,
    parse_outbound_frame,
)
from telnyx_voice.media_streaming._registry import (
    INBOUND_FRAMES,
    OUTBOUND_FRAMES,
    KnownInboundFrame,
    KnownOutboundFrame,
)
from telnyx_voice.media_streaming._stream import (
    AUTH_TOKEN_HEADER,
    DEFAULT_REORDER_WINDOW,
    MediaStream,
)
from telnyx_voice.media_streaming.models import (
    ClearFrame,
    ConnectedFrame,
    DtmfFrame,
    DtmfFrameDtmf,
    ErrorFrame,
    ErrorFramePayload,
    Mark,
    MarkFrame,
    MediaFormat,
    MediaFrame,
    MediaPayload,
    MediaPayloadTrack,
    OutboundMarkFrame,
    OutboundMediaFrame,
    OutboundMediaFrameMedia,
    StartFrame,
    StartMetadata,
    StopFrame,
    StopFrameStop,
)

__all__ = [
    "MediaStreamAuthError",
    "MediaStreamClosedError",
    "MediaStreamError",
    "InboundFrame",
    "OutboundFrame",
    "UnknownFrame",
    "clear_frame",
    "mark_frame",
    "media_frame",
    "parse_frame",
    "parse_outbound_frame",
    "AUTH_TOKEN_HEADER",
    "DEFAULT_REORDER_WINDOW",
    "MediaStream",
    "INBOUND_FRAMES",
    "KnownInboundFrame",
    "KnownOutboundFrame",
    "OUTBOUND_FRAMES",
    "ClearFrame",
    "ConnectedFrame",
    "DtmfFrame",
    "DtmfFrameDtmf",
    "ErrorFrame",
    "ErrorFramePayload",
    "Mark",
    "MarkFrame",
    "MediaFormat",
    "MediaFrame",
    "MediaPayload",
    "MediaPayloadTrack",
    "OutboundMarkFrame",
    "OutboundMediaFrame",
    "OutboundMediaFrameMedia",
    "StartFrame",
    "StartMetadata",
    "StopFrame",
    "StopFrameStop",
]
