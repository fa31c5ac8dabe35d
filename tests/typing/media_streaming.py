"""Typing probe of telnyx_voice.media_streaming: correct usages type-check; each line
ending in `# type: ignore[...]` is a mistake both checkers must report."""

from __future__ import annotations

from typing import Any

from starlette.websockets import WebSocket
from telnyx_voice.media_streaming import (
    InboundFrame,
    MediaFrame,
    MediaStream,
    StartFrame,
    UnknownFrame,
    clear_frame,
    codecs,
    mark_frame,
    media_frame,
    parse_frame,
)
from telnyx_voice.testing import FakeMediaStream


def frames(text: str) -> None:
    frame: InboundFrame = parse_frame(text)
    if isinstance(frame, MediaFrame):
        audio: bytes = frame.audio
        sequence: str | None = frame.sequence_number
        payload: str = frame.media.payload
        print(audio, sequence, payload)
    elif isinstance(frame, StartFrame):
        caller: str | None = frame.start.from_
        stream_id: str | None = frame.stream_id
        print(caller, stream_id)
    elif isinstance(frame, UnknownFrame):
        event: str = frame.event
        raw: dict[str, Any] = frame.raw
        print(event, raw)
    parse_frame(b'{"event":"connected"}')
    texts: list[str] = [media_frame(b"\xff" * 160), mark_frame("done"), clear_frame()]
    print(texts)


def mistakes(text: str) -> None:
    frame = parse_frame(text)
    print(frame.audio)  # type: ignore[union-attr]
    media_frame("AAE=")  # type: ignore[arg-type]
    mark_frame(1)  # type: ignore[arg-type]
    parse_frame(5)  # type: ignore[arg-type]
    codecs.encode_pcmu("pcm")  # type: ignore[arg-type]


async def endpoint(websocket: WebSocket) -> None:
    stream = MediaStream(websocket, expected_auth_token="token", reorder_window=5)
    async for frame in stream:
        if isinstance(frame, MediaFrame):
            fmt = stream.media_format
            encoding = fmt.encoding if fmt is not None and fmt.encoding else "PCMU"
            pcm: bytes = codecs.decode(encoding, frame.audio)
            await stream.send_audio(codecs.encode_pcmu(pcm))
    call_control_id: str | None = stream.call_control_id
    print(call_control_id)
    await stream.mark("end")
    await stream.clear()
    await stream.send_audio("AAE=")  # type: ignore[arg-type]
    print(stream.media_format.encoding)  # type: ignore[union-attr]
    number: int = stream.stream_id  # type: ignore[assignment]
    print(number)
    MediaStream(websocket, reorder_window="10")  # type: ignore[arg-type]


async def fake(url: str, pcm: bytes) -> None:
    telnyx = FakeMediaStream(url, encoding="PCMA", auth_token="token")
    await telnyx.play(pcm, dtmf="12")
    received: bytes = telnyx.received_audio
    marks: list[str] = telnyx.marks
    print(received, marks)
    await telnyx.play("pcm")  # type: ignore[arg-type]
