"""MediaStream over real WebSockets on loopback: uvicorn + Starlette, and a `websockets`
server; Telnyx's side played by FakeMediaStream (a `websockets` client)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from starlette.applications import Starlette
from starlette.routing import WebSocketRoute
from starlette.websockets import WebSocket
from telnyx_voice.media_streaming import (
    ConnectedFrame,
    DtmfFrame,
    ErrorFrame,
    InboundFrame,
    MarkFrame,
    MediaFrame,
    MediaStream,
    MediaStreamAuthError,
    MediaStreamClosedError,
    MediaStreamError,
    StartFrame,
    StopFrame,
    UnknownFrame,
    codecs,
)
from telnyx_voice.testing import FakeMediaStream
from websockets.exceptions import InvalidStatus

from .conftest import bounded, serve_asgi, serve_websockets

TIMEOUT = 20.0
Handler = Callable[[MediaStream, list[Any]], Awaitable[None]]


async def _collect(stream: MediaStream, seen: list[Any]) -> None:
    async for frame in stream:
        seen.append(frame)


def _starlette(handler: Handler, seen: list[Any], **options: Any) -> Starlette:
    async def endpoint(websocket: WebSocket) -> None:
        stream = MediaStream(websocket, **options)
        try:
            await handler(stream, seen)
        except MediaStreamError as exc:
            seen.append(exc)
        seen.append(
            (
                "state",
                stream.stream_id,
                stream.call_control_id,
                stream.media_format,
                stream.late_frames,
            )
        )

    return Starlette(routes=[WebSocketRoute("/media", endpoint)])


def _seqs(frames: list[Any]) -> list[int]:
    return [int(f.sequence_number) for f in frames if isinstance(f, MediaFrame)]


async def test_every_inbound_frame_type_through_starlette(pcm_tone: bytes) -> None:
    seen: list[Any] = []
    async with serve_asgi(_starlette(_collect, seen)) as base:
        async with bounded(TIMEOUT):
            async with FakeMediaStream(f"{base}/media", call_control_id="v3:abc") as telnyx:
                frames = await telnyx.send_media(pcm_tone[:1600])  # 100 ms: 5 frames
                await telnyx.send_dtmf("5")
                await telnyx.send({"event": "mark", "mark": {"name": "m1"}})
                await telnyx.send({"event": "error", "payload": {"code": 100004, "title": "x"}})
                await telnyx.send({"event": "transcription", "text": "hello"})
                await telnyx.stop()
    assert frames == 5
    kinds = [type(f) for f in seen[:-1]]
    assert kinds == [ConnectedFrame, StartFrame] + [MediaFrame] * 5 + [
        DtmfFrame,
        MarkFrame,
        ErrorFrame,
        UnknownFrame,
        StopFrame,
    ]
    media = [f for f in seen if isinstance(f, MediaFrame)]
    assert b"".join(f.audio for f in media) == codecs.encode_pcmu(pcm_tone[:1600])
    assert [len(f.audio) for f in media] == [160] * 5  # 20 ms of PCMU at 8000 Hz
    state = seen[-1]
    assert state[0] == "state" and state[1] == telnyx.stream_id and state[2] == "v3:abc"
    assert (state[3].encoding, state[3].sample_rate, state[3].channels) == ("PCMU", 8000, 1)
    assert telnyx.close_code == 1000  # the app's endpoint returned after stop


async def test_out_of_order_media_is_yielded_in_sequence_order(pcm_tone: bytes) -> None:
    seen: list[Any] = []
    order = [1, 0, 3, 2, 6, 4, 5, 9, 7, 8, 10, 11]
    async with serve_asgi(_starlette(_collect, seen)) as base:
        async with bounded(TIMEOUT):
            async with FakeMediaStream(f"{base}/media") as telnyx:
                sent = telnyx.media_frames(pcm_tone[: 12 * 320])
                for index in order:
                    await telnyx.send(sent[index])
                await telnyx.stop()
    expected = [int(f["sequence_number"]) for f in sent]
    assert _seqs(seen) == expected == sorted(expected)
    assert seen[-1][4] == 0  # all within the window: none late
    audio = b"".join(f.audio for f in seen if isinstance(f, MediaFrame))
    assert audio == codecs.encode_pcmu(pcm_tone[: 12 * 320])


async def test_a_gap_is_given_up_after_the_window_and_a_late_frame_still_arrives(
    pcm_tone: bytes,
) -> None:
    seen: list[Any] = []
    window = 3
    async with serve_asgi(_starlette(_collect, seen, reorder_window=window)) as base:
        async with bounded(TIMEOUT):
            async with FakeMediaStream(f"{base}/media") as telnyx:
                sent = telnyx.media_frames(pcm_tone[: 8 * 320])  # sequence numbers 2..9
                for index in [1, 2, 3, 4, 5, 0, 6, 7]:  # frame 0 comes after 5 others
                    await telnyx.send(sent[index])
                await telnyx.stop()
    # 3, 4, 5 wait for 2; when 6 arrives the window (3) overflows: 2 is given up
    assert _seqs(seen) == [3, 4, 5, 6, 7, 2, 8, 9]
    assert seen[-1][0] == "state" and seen[-1][4] == 1  # one late frame, no error


async def test_non_media_frames_take_their_numbers_without_holding_media(
    pcm_tone: bytes,
) -> None:
    seen: list[Any] = []
    async with serve_asgi(_starlette(_collect, seen, reorder_window=50)) as base:
        async with bounded(TIMEOUT):
            async with FakeMediaStream(f"{base}/media") as telnyx:
                first = telnyx.media_frames(pcm_tone[:640])  # 2, 3
                await telnyx.send_dtmf("7")  # 4
                second = telnyx.media_frames(pcm_tone[:640])  # 5, 6
                for frame in (first[1], first[0], second[0], second[1]):
                    await telnyx.send(frame)
                await telnyx.stop(settle=0.3)
    # with a window of 50 nothing is released early: yet all media are in order, and the
    # dtmf's number (4) does not hold 5 and 6 back until stop
    media = [f for f in seen if isinstance(f, (MediaFrame, DtmfFrame, StopFrame))]
    assert [type(f).__name__ for f in media][:2] == ["DtmfFrame", "MediaFrame"]
    assert _seqs(seen) == [2, 3, 5, 6]


async def test_sending_audio_marks_and_clear(pcm_tone: bytes) -> None:
    seen: list[Any] = []

    async def bot(stream: MediaStream, seen: list[Any]) -> None:
        async for frame in stream:
            seen.append(frame)
            if isinstance(frame, MediaFrame):
                await stream.send_audio(frame.audio)
            elif isinstance(frame, DtmfFrame):
                await stream.mark(f"after-{frame.dtmf.digit}")
                await stream.clear()

    async with serve_asgi(_starlette(bot, seen)) as base:
        async with bounded(TIMEOUT):
            telnyx = FakeMediaStream(f"{base}/media")
            await telnyx.play(pcm_tone, dtmf="9")
    payload = codecs.encode_pcmu(pcm_tone)
    assert telnyx.received_audio == payload  # one second echoed, byte for byte
    kinds = [type(f).__name__ for f in telnyx.received]
    assert kinds == ["OutboundMediaFrame"] * 50 + ["OutboundMarkFrame", "ClearFrame"]
    assert telnyx.marks == ["after-9"] and telnyx.clears == 1 and telnyx.errors == []
    # the mark came back after the audio before it, as a numbered mark frame
    echoed = [f for f in seen if isinstance(f, MarkFrame)]
    assert [f.mark.name for f in echoed] == ["after-9"]
    assert int(echoed[0].sequence_number) > max(_seqs(seen))  # type: ignore[arg-type]


async def test_a_websockets_server_connection_works_the_same(pcm_tone: bytes) -> None:
    seen: list[Any] = []

    async def handler(connection: Any) -> None:
        stream = MediaStream(connection, expected_auth_token="tok")
        async for frame in stream:
            seen.append(frame)
            if isinstance(frame, MediaFrame):
                await stream.send_audio(frame.audio)
        seen.append(stream.stream_id)

    async with serve_websockets(handler) as url:
        async with bounded(TIMEOUT):
            telnyx = FakeMediaStream(url, encoding="PCMA", auth_token="tok")
            async with telnyx:
                await telnyx.send_media(pcm_tone[:3200], order=[2, 0, 1, 3, 4, 5, 6, 7, 8, 9])
                await telnyx.stop()
    assert _seqs(seen) == list(range(2, 12))
    assert telnyx.received_audio == codecs.encode_pcma(pcm_tone[:3200])
    assert seen[-1] == telnyx.stream_id
    assert isinstance(seen[-2], StopFrame)


async def test_auth_token_mismatch_in_the_upgrade_header_is_refused() -> None:
    seen: list[Any] = []
    app = _starlette(_collect, seen, expected_auth_token="s3cret")
    async with serve_asgi(app) as base:
        async with bounded(TIMEOUT):
            with pytest.raises(InvalidStatus) as refused:
                await FakeMediaStream(f"{base}/media", auth_token="wrong").connect()
    assert refused.value.response.status_code == 403
    assert isinstance(seen[0], MediaStreamAuthError) and "wrong" in str(seen[0])
    assert seen[1][1] is None  # no start frame was read


@pytest.mark.parametrize("token", ["wrong", None], ids=["wrong", "missing"])
async def test_auth_token_mismatch_in_the_connected_frame_closes_1008(token: str | None) -> None:
    seen: list[Any] = []
    app = _starlette(_collect, seen, expected_auth_token="s3cret")
    async with serve_asgi(app) as base:
        async with bounded(TIMEOUT):
            telnyx = FakeMediaStream(f"{base}/media", auth_token=token, auth_token_in_header=False)
            try:
                async with telnyx:
                    await telnyx.send_media(b"\x00\x00" * 160)
            except Exception:  # sending after the app closed the socket
                pass
            await telnyx.aclose()
    assert telnyx.close_code == 1008
    assert isinstance(seen[0], MediaStreamAuthError)
    assert ("missing" if token is None else "wrong") in str(seen[0])
    assert not any(isinstance(f, MediaFrame) for f in seen)


async def test_the_right_auth_token_passes_in_header_or_frame(pcm_tone: bytes) -> None:
    for in_header in (True, False):
        seen: list[Any] = []
        app = _starlette(_collect, seen, expected_auth_token="s3cret")
        async with serve_asgi(app) as base:
            async with bounded(TIMEOUT):
                telnyx = FakeMediaStream(
                    f"{base}/media", auth_token="s3cret", auth_token_in_header=in_header
                )
                await telnyx.play(pcm_tone[:640])
        assert [type(f).__name__ for f in seen[:-1]] == [
            "ConnectedFrame",
            "StartFrame",
            "MediaFrame",
            "MediaFrame",
            "StopFrame",
        ]


async def test_disconnect_without_stop_ends_cleanly_and_releases_held_media(
    pcm_tone: bytes,
) -> None:
    seen: list[Any] = []
    async with serve_asgi(_starlette(_collect, seen)) as base:
        async with bounded(TIMEOUT):
            telnyx = FakeMediaStream(f"{base}/media")
            await telnyx.connect()
            sent = telnyx.media_frames(pcm_tone[:960])  # 2, 3, 4
            for index in (1, 2):  # 3 and 4 wait for 2, which never comes
                await telnyx.send(sent[index])
            await telnyx.aclose()  # hang up without stop
            for _ in range(200):
                if seen and isinstance(seen[-1], tuple):
                    break
                await asyncio.sleep(0.01)
    assert _seqs(seen) == [3, 4]
    assert not any(isinstance(f, (StopFrame, Exception)) for f in seen)
    assert seen[-1][0] == "state"


async def test_a_malformed_frame_raises_and_the_stream_goes_on() -> None:
    seen: list[Any] = []

    async def tolerant(stream: MediaStream, seen: list[Any]) -> None:
        while True:
            try:
                async for frame in stream:
                    seen.append(frame)
                return
            except MediaStreamError as exc:
                seen.append(exc)

    async with serve_asgi(_starlette(tolerant, seen)) as base:
        async with bounded(TIMEOUT):
            async with FakeMediaStream(f"{base}/media") as telnyx:
                await telnyx.send_raw('{"event":"media","media":{"payload":"@@"}}')
                await telnyx.send_raw("not json")
                await telnyx.send_dtmf("3")
                await telnyx.stop()
    kinds = [type(f).__name__ for f in seen[:-1]]
    assert kinds == [
        "ConnectedFrame",
        "StartFrame",
        "MediaStreamError",
        "MediaStreamError",
        "DtmfFrame",
        "StopFrame",
    ]


async def test_sending_after_the_socket_closed_is_a_typed_error() -> None:
    result: list[Any] = []

    async def endpoint(websocket: WebSocket) -> None:
        stream = MediaStream(websocket)
        async for _ in stream:
            pass
        await asyncio.sleep(0.2)  # the fake has closed by now
        try:
            for _ in range(50):
                await stream.send_audio(b"\xff" * 160)
                await asyncio.sleep(0.01)
        except MediaStreamClosedError as exc:
            result.append(exc)

    app = Starlette(routes=[WebSocketRoute("/media", endpoint)])
    async with serve_asgi(app) as base:
        async with bounded(TIMEOUT):
            telnyx = FakeMediaStream(f"{base}/media")
            await telnyx.connect()
            await telnyx.aclose()
            for _ in range(300):
                if result:
                    break
                await asyncio.sleep(0.01)
    assert result and isinstance(result[0], MediaStreamClosedError)


async def test_the_fake_answers_a_bad_app_frame_with_an_error_frame() -> None:
    seen: list[Any] = []

    async def sloppy(websocket: WebSocket) -> None:
        await websocket.accept()  # the app accepts itself; MediaStream then does not
        bad = {"event": "media", "media": {"payload": "AA=="}, "stream_id": "x"}
        await websocket.send_text(json.dumps(bad))  # app frames carry no stream_id
        async for frame in MediaStream(websocket):
            seen.append(frame)

    app = Starlette(routes=[WebSocketRoute("/media", sloppy)])
    async with serve_asgi(app) as base:
        async with bounded(TIMEOUT):
            telnyx = FakeMediaStream(f"{base}/media")
            await telnyx.play()
    assert len(telnyx.errors) == 1 and "stream_id" in str(telnyx.errors[0])
    errors = [f for f in seen if isinstance(f, ErrorFrame)]
    assert errors and errors[0].payload.code == 100003
    assert telnyx.received == [] and telnyx.received_audio == b""


def test_media_stream_wraps_only_websockets() -> None:
    with pytest.raises(TypeError, match="Starlette WebSocket"):
        MediaStream(object())
    with pytest.raises(ValueError, match="reorder_window"):
        MediaStream(type("WS", (), {"recv": 1, "send": 1})(), reorder_window=-1)


def test_inbound_frame_alias_covers_unknown_frames() -> None:
    assert UnknownFrame in InboundFrame.__args__  # type: ignore[attr-defined]


async def test_bounded_turns_a_hang_into_a_timeout() -> None:
    with pytest.raises(TimeoutError):
        async with bounded(0.05):
            await asyncio.sleep(5)


async def test_l16_at_16_khz_is_big_endian_in_640_byte_frames(pcm_tone: bytes) -> None:
    seen: list[Any] = []

    async def handler(connection: Any) -> None:
        async for frame in MediaStream(connection):
            seen.append(frame)

    async with serve_websockets(handler) as url:
        async with bounded(TIMEOUT):
            telnyx = FakeMediaStream(url, encoding="L16", sample_rate=16000)
            await telnyx.play(pcm_tone[:1280])  # 640 samples: 40 ms at 16 kHz
    start = next(f for f in seen if isinstance(f, StartFrame))
    assert start.start.media_format is not None
    assert (start.start.media_format.encoding, start.start.media_format.sample_rate) == (
        "L16",
        16000,
    )
    media = [f.audio for f in seen if isinstance(f, MediaFrame)]
    assert [len(a) for a in media] == [640, 640]  # 20 ms of 16-bit samples at 16 kHz
    assert b"".join(media) == codecs.encode_l16(pcm_tone[:1280])
    assert media[0][:2] == pcm_tone[1::-1][:2]  # the first sample's bytes, swapped
