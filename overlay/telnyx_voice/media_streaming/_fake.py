"""`FakeMediaStream`: Telnyx's side of a media stream, for testing an app's endpoint.

Exported as :class:`telnyx_voice.testing.FakeMediaStream`.  Needs the ``websockets``
package (``pip install 'telnyx-voice[media]'``).
"""

from __future__ import annotations

import asyncio
import base64
import json
import time
import uuid
from collections.abc import Iterable, Mapping, Sequence
from types import TracebackType
from typing import Any

from . import codecs
from ._errors import MediaStreamError
from ._parse import OutboundFrame, UnknownFrame, parse_outbound_frame
from ._stream import AUTH_TOKEN_HEADER
from .models import ClearFrame, OutboundMarkFrame, OutboundMediaFrame

__all__ = ["FakeMediaStream"]

_USER_ID = "3e6f995f-85f7-4705-9741-53b116d28237"  # an example Telnyx user id
_SAMPLES_PER_MS = {8000: 8, 16000: 16, 22050: 22.05, 24000: 24, 48000: 48}


class FakeMediaStream:
    """Plays Telnyx's side of a media stream against your WebSocket endpoint (``url``,
    e.g. ``ws://127.0.0.1:8000/media``) over a real WebSocket, and records what the app
    sends back.  Use it as an async context manager::

        async with FakeMediaStream("ws://127.0.0.1:8000/media") as telnyx:
            # on entry: connected, then start (stream_id, call_control_id, media_format)
            await telnyx.send_media(pcm)          # 16-bit LE PCM -> 20 ms media frames
            await telnyx.send_dtmf("1")
            await telnyx.stop()                   # waits for the app to go quiet, sends stop
        assert telnyx.received_audio              # the payloads the app sent, decoded

    or in one call: ``await FakeMediaStream(url).play(pcm, dtmf="1")``.

    What it sends follows spec/media-streaming.yaml: ``sequence_number`` strings from "1"
    over all frames, the ``stream_id`` on every frame after ``connected``, media payloads
    in ``encoding`` (``PCMU``, ``PCMA`` or ``L16``) at ``sample_rate`` Hz, ``frame_ms``
    per frame (default 20 ms: 160 bytes of PCMU at 8000 Hz), ``chunk`` and ``timestamp``
    (ms) strings.  With ``auth_token``, the token goes in the upgrade request's
    ``x-telnyx-streaming-auth-token`` header (``auth_token_in_header``) and in the
    ``connected`` frame.

    What the app sends is parsed with :func:`parse_outbound_frame` (strict) and recorded:
    ``received`` (typed frames, in order), ``received_raw`` (the texts), ``received_audio``
    (the decoded payloads of its media frames, concatenated), ``marks`` and ``clears``.
    Playback is immediate: when the app sends a ``mark``, the fake sends a ``mark`` frame
    with that name back right after the media the app sent before it (which it has
    recorded by then: the socket keeps order).  A frame the app gets wrong is recorded in
    ``errors`` and answered with an ``error`` frame (code 100003), as Telnyx would.

    ``close_code``: how the connection closed (``1000`` normal, ``1008`` after an auth
    token mismatch, ...), once it has.  Every wait is bounded (``timeout`` seconds).
    """

    def __init__(
        self,
        url: str,
        *,
        encoding: str = "PCMU",
        sample_rate: int = 8000,
        frame_ms: int = 20,
        track: str = "inbound",
        auth_token: str | None = None,
        auth_token_in_header: bool = True,
        stream_id: str | None = None,
        call_control_id: str = "v3:fake-call-control-id",
        call_session_id: str | None = None,
        from_: str = "+13125550100",
        to: str = "+13125550199",
        client_state: str | None = None,
        custom_parameters: Mapping[str, Any] | None = None,
        timeout: float = 10.0,
    ) -> None:
        if sample_rate not in _SAMPLES_PER_MS:
            raise ValueError(f"sample_rate is one of {sorted(_SAMPLES_PER_MS)} (Hz)")
        if not 20 <= frame_ms <= 30_000:
            raise ValueError("frame_ms is 20 to 30000 (milliseconds)")
        codecs.encode(encoding, b"")  # ValueError for an encoding it cannot produce
        self.url = url
        self.encoding = encoding
        self.sample_rate = sample_rate
        self.frame_ms = frame_ms
        self.track = track
        self.auth_token = auth_token
        self.auth_token_in_header = auth_token_in_header
        self.stream_id = stream_id or str(uuid.uuid4())
        self.call_control_id = call_control_id
        self.call_session_id = call_session_id or str(uuid.uuid4())
        self.from_ = from_
        self.to = to
        self.client_state = client_state
        self.custom_parameters = dict(custom_parameters or {})
        self.timeout = timeout
        self.sent: list[dict[str, Any]] = []
        """Every frame the fake sent, as JSON objects, in order."""
        self.received: list[OutboundFrame] = []
        self.received_raw: list[str | bytes] = []
        self._audio = bytearray()
        self.marks: list[str] = []
        """Names of the app's ``mark`` frames (each echoed back)."""
        self.clears = 0
        self.errors: list[MediaStreamError] = []
        self.close_code: int | None = None
        self._ws: Any = None
        self._reader: asyncio.Task[None] | None = None
        self._lock = asyncio.Lock()
        self._sequence = 0
        self._chunks = 0
        self._last_activity = 0.0
        self._closed = asyncio.Event()
        self._stopped = False
        self._replies: set[asyncio.Task[object]] = set()

    # -- connection --------------------------------------------------------------------------

    async def __aenter__(self) -> FakeMediaStream:
        await self.connect()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is None and not self._stopped and not self._closed.is_set():
            await self.stop()
        await self.aclose()

    async def connect(self) -> None:
        """Open the WebSocket, then send ``connected`` and ``start``.

        Raises:
            websockets.exceptions.InvalidStatus: the app refused the upgrade (e.g. 403
                for a wrong auth token checked on the header).
        """
        from websockets.asyncio.client import connect

        headers: dict[str, str] = {}
        if self.auth_token is not None and self.auth_token_in_header:
            headers[AUTH_TOKEN_HEADER] = self.auth_token
        self._ws = await connect(
            self.url, additional_headers=headers, open_timeout=self.timeout, max_size=None
        )
        self._last_activity = time.monotonic()
        self._reader = asyncio.get_running_loop().create_task(self._read())
        connected: dict[str, Any] = {"event": "connected", "version": "1.0.0"}
        if self.auth_token is not None:
            connected[AUTH_TOKEN_HEADER] = self.auth_token
        await self.send(connected, sequence=False)
        start: dict[str, Any] = {
            "user_id": _USER_ID,
            "call_control_id": self.call_control_id,
            "call_session_id": self.call_session_id,
            "from": self.from_,
            "to": self.to,
            "tags": [],
            "custom_parameters": self.custom_parameters,
            "media_format": {
                "encoding": self.encoding,
                "sample_rate": self.sample_rate,
                "channels": 1,
            },
        }
        if self.client_state is not None:
            start["client_state"] = self.client_state
        await self.send({"event": "start", "start": start})

    async def aclose(self) -> None:
        """Close the socket (if still open) and stop reading; idempotent."""
        if self._replies:
            await asyncio.wait(set(self._replies), timeout=self.timeout)
        if self._ws is not None:
            await self._ws.close()
            await self._wait_closed()
        if self._reader is not None:
            self._reader.cancel()
            try:
                await self._reader
            except (asyncio.CancelledError, Exception):
                pass
            self._reader = None

    async def _wait_closed(self) -> None:
        try:
            await asyncio.wait_for(self._closed.wait(), self.timeout)
        except asyncio.TimeoutError:
            pass
        if self._ws is not None and self.close_code is None:
            self.close_code = self._ws.close_code

    # -- sending -----------------------------------------------------------------------------

    async def send(self, frame: Mapping[str, Any], *, sequence: bool = True) -> dict[str, Any]:
        """Send one frame (a JSON object), adding ``sequence_number`` (the next one, as a
        string) and ``stream_id`` unless it has them or ``sequence`` is false."""
        async with self._lock:
            out = dict(frame)
            if sequence:
                if "sequence_number" not in out:
                    self._sequence += 1
                    out["sequence_number"] = str(self._sequence)
                out.setdefault("stream_id", self.stream_id)
            await self._send_text(json.dumps(out, separators=(",", ":")))
            self.sent.append(out)
            return out

    async def send_raw(self, text: str | bytes) -> None:
        """Send ``text`` as it is (malformed frames, hand-built ones)."""
        async with self._lock:
            await self._send_text(text)

    async def _send_text(self, text: str | bytes) -> None:
        if self._ws is None:
            raise RuntimeError("FakeMediaStream is not connected (use `async with`)")
        await self._ws.send(text)

    def media_frames(self, pcm: bytes, *, track: str | None = None) -> list[dict[str, Any]]:
        """The ``media`` frames for ``pcm`` (16-bit LE PCM at ``sample_rate``), one per
        ``frame_ms`` (the last one shorter), each numbered now (``sequence_number``,
        ``chunk``, ``timestamp``): send them with :meth:`send`, in any order."""
        payload = codecs.encode(self.encoding, pcm)
        bytes_per_sample = 2 if self.encoding == "L16" else 1
        step = int(_SAMPLES_PER_MS[self.sample_rate] * self.frame_ms) * bytes_per_sample
        frames: list[dict[str, Any]] = []
        for offset in range(0, len(payload), step):
            self._sequence += 1
            self._chunks += 1
            frames.append(
                {
                    "event": "media",
                    "sequence_number": str(self._sequence),
                    "media": {
                        "track": track or self.track,
                        "chunk": str(self._chunks),
                        "timestamp": str((self._chunks - 1) * self.frame_ms),
                        "payload": base64.b64encode(payload[offset : offset + step]).decode(),
                    },
                    "stream_id": self.stream_id,
                }
            )
        return frames

    async def send_media(
        self, pcm: bytes, *, track: str | None = None, order: Sequence[int] | None = None
    ) -> int:
        """Send ``pcm`` (16-bit LE PCM) as media frames; returns how many.

        ``order``: the indexes of the frames in the order to send them (``[1, 0, 2]``
        sends the second frame first), to test reordering.
        """
        frames = self.media_frames(pcm, track=track)
        for index in order if order is not None else range(len(frames)):
            await self.send(frames[index])
        return len(frames)

    async def send_dtmf(self, digits: Iterable[str]) -> None:
        """One ``dtmf`` frame per digit (``"12#"`` sends three)."""
        for digit in digits:
            await self.send({"event": "dtmf", "dtmf": {"digit": digit}})

    async def stop(self, *, settle: float = 0.2) -> None:
        """Wait until the app has sent nothing for ``settle`` seconds (at most ``timeout``),
        send ``stop``, then wait (at most ``timeout``) for the app to close the socket."""
        deadline = time.monotonic() + self.timeout
        while not self._closed.is_set() and time.monotonic() < deadline:
            quiet = time.monotonic() - self._last_activity
            if quiet >= settle:
                break
            await asyncio.sleep(settle - quiet)
        self._stopped = True
        if not self._closed.is_set():
            stop = {"user_id": _USER_ID, "call_control_id": self.call_control_id}
            try:
                await self.send({"event": "stop", "stop": stop})
            except Exception:  # the app closed meanwhile
                pass
        await self._wait_closed()

    async def play(self, pcm: bytes = b"", *, dtmf: str = "", settle: float = 0.2) -> None:
        """The whole stream: connect (``connected``, ``start``), the media frames of
        ``pcm``, one ``dtmf`` frame per digit, ``stop``; then close."""
        async with self:
            if pcm:
                await self.send_media(pcm)
            await self.send_dtmf(dtmf)
            await self.stop(settle=settle)

    # -- receiving ---------------------------------------------------------------------------

    async def _read(self) -> None:
        from websockets.exceptions import ConnectionClosed

        ws = self._ws
        try:
            async for message in ws:
                self._last_activity = time.monotonic()
                await self._record(message)
        except ConnectionClosed:
            pass
        finally:
            self.close_code = ws.close_code
            self._closed.set()

    @property
    def received_audio(self) -> bytes:
        """The decoded payloads of the app's media frames, concatenated (in the app's
        bidirectional codec: e.g. PCMU bytes)."""
        return bytes(self._audio)

    def _reply(self, frame: dict[str, Any], *, sequence: bool = True) -> None:
        """Send `frame` from a task of its own: the reader never waits on a send (the app
        may be blocked sending to us), and replies keep their order (the lock is FIFO)."""
        task = asyncio.get_running_loop().create_task(self._send_reply(frame, sequence))
        self._replies.add(task)
        task.add_done_callback(self._replies.discard)

    async def _send_reply(self, frame: dict[str, Any], sequence: bool) -> object:
        from websockets.exceptions import ConnectionClosed

        try:
            return await self.send(frame, sequence=sequence)
        except ConnectionClosed:  # the app closed before the reply went out
            return None

    async def _record(self, message: str | bytes) -> None:
        self.received_raw.append(message)
        try:
            frame = parse_outbound_frame(message)
            if isinstance(frame, OutboundMediaFrame):
                self._audio += base64.b64decode(frame.media.payload, validate=True)
        except (MediaStreamError, ValueError) as exc:
            error = exc if isinstance(exc, MediaStreamError) else MediaStreamError(str(exc))
            self.errors.append(error)
            error_frame = {
                "event": "error",
                "payload": {"code": 100003, "title": "Malformed frame", "detail": str(exc)},
                "stream_id": self.stream_id,
            }
            self._reply(error_frame, sequence=False)
            return
        self.received.append(frame)
        if isinstance(frame, OutboundMarkFrame):
            self.marks.append(frame.mark.name)
            self._reply({"event": "mark", "mark": {"name": frame.mark.name}})
        elif isinstance(frame, ClearFrame):
            self.clears += 1
        elif isinstance(frame, UnknownFrame):
            self.errors.append(MediaStreamError(f"unknown event {frame.event!r}"))
