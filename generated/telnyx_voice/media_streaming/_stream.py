# Hand-written: copied from overlay/telnyx_voice/media_streaming/_stream.py by codegen; edit it there.
"""`MediaStream`: one Telnyx media stream over a Starlette/ASGI or `websockets` socket."""

from __future__ import annotations

import heapq
import hmac
from collections import deque
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Protocol

from ._errors import MediaStreamAuthError, MediaStreamClosedError, MediaStreamError
from ._parse import InboundFrame, clear_frame, mark_frame, media_frame, parse_frame
from .models import ConnectedFrame, MediaFrame, StartFrame, StopFrame

if TYPE_CHECKING:
    from .models import MediaFormat

__all__ = ["AUTH_TOKEN_HEADER", "DEFAULT_REORDER_WINDOW", "MediaStream"]

AUTH_TOKEN_HEADER = "x-telnyx-streaming-auth-token"
"""Where Telnyx puts the command's ``stream_auth_token``: an HTTP header of the WebSocket
upgrade request, and a field of the ``connected`` frame."""
DEFAULT_REORDER_WINDOW = 10
"""Media frames held back at most while waiting for a missing ``sequence_number``
(10 frames of 20 ms: 200 ms of audio)."""
POLICY_VIOLATION = 1008  # WebSocket close code (RFC 6455) for a wrong auth token


class _Transport(Protocol):
    headers: Mapping[str, str]

    async def open(self) -> None: ...
    async def receive(self) -> str | bytes | None: ...  # None: the peer has gone
    async def send(self, text: str) -> None: ...
    async def close(self, code: int, reason: str) -> None: ...


class _Starlette:
    """A Starlette (ASGI) ``WebSocket``: accepted on open unless the app already did."""

    def __init__(self, websocket: Any) -> None:
        self._ws = websocket
        self.headers: Mapping[str, str] = websocket.headers

    async def open(self) -> None:
        from starlette.websockets import WebSocketState

        if self._ws.client_state == WebSocketState.CONNECTING:
            await self._ws.accept()

    async def receive(self) -> str | bytes | None:
        from starlette.websockets import WebSocketState

        if self._ws.client_state == WebSocketState.DISCONNECTED:
            return None
        message = await self._ws.receive()
        if message["type"] == "websocket.disconnect":
            return None
        text = message.get("text")
        return text if text is not None else message.get("bytes") or b""

    async def send(self, text: str) -> None:
        try:
            await self._ws.send_text(text)
        except Exception as exc:  # WebSocketDisconnect, RuntimeError, the server's own
            raise MediaStreamClosedError(f"cannot send: the stream is closed ({exc!r})") from exc

    async def close(self, code: int, reason: str) -> None:
        from starlette.websockets import WebSocketState

        gone = WebSocketState.DISCONNECTED
        if self._ws.application_state != gone and self._ws.client_state != gone:
            try:
                await self._ws.close(code=code, reason=reason)
            except Exception:  # the peer went first: nothing left to close
                pass


class _Websockets:
    """A connection of the ``websockets`` library (a server handler's ``ServerConnection``;
    the legacy ``WebSocketServerProtocol`` too): already open."""

    def __init__(self, connection: Any) -> None:
        self._ws = connection
        request = getattr(connection, "request", None)
        headers = getattr(request, "headers", None)
        if headers is None:
            headers = getattr(connection, "request_headers", None)
        self.headers: Mapping[str, str] = headers if headers is not None else {}

    async def open(self) -> None:
        return None

    async def receive(self) -> str | bytes | None:
        from websockets.exceptions import ConnectionClosed

        try:
            message: str | bytes = await self._ws.recv()
        except ConnectionClosed:
            return None
        return message

    async def send(self, text: str) -> None:
        from websockets.exceptions import ConnectionClosed

        try:
            await self._ws.send(text)
        except ConnectionClosed as exc:
            raise MediaStreamClosedError(f"cannot send: the stream is closed ({exc})") from exc

    async def close(self, code: int, reason: str) -> None:
        await self._ws.close(code, reason)


def _transport(websocket: Any) -> _Transport:
    if hasattr(websocket, "send_text") and hasattr(websocket, "receive"):
        return _Starlette(websocket)
    if hasattr(websocket, "recv") and hasattr(websocket, "send"):
        return _Websockets(websocket)
    raise TypeError(
        "MediaStream wraps a Starlette WebSocket or a `websockets` connection, "
        f"not {type(websocket).__name__}"
    )


def _sequence(frame: InboundFrame) -> int | None:
    value = getattr(frame, "sequence_number", None)
    return int(value) if isinstance(value, str) and value.isdigit() else None


class MediaStream:
    """One Telnyx media stream, over the WebSocket Telnyx opened to your ``stream_url``.

    ``websocket``: a Starlette ``WebSocket`` (accepted here unless you already did) or a
    ``websockets`` server connection.  ``async for frame in stream`` yields the typed
    frames (see :func:`parse_frame`) in order:

    * ``media`` frames are put in ``sequence_number`` order: a frame that arrives early is
      held back until the ones before it arrive, at most ``reorder_window`` frames (default
      10, 200 ms of 20 ms frames; 0 turns reordering off); then the gap is given up and the
      held frames go on in order (a frame arriving after its place was given up is yielded
      when it comes, counted in ``late_frames``);
    * other frames are yielded as they arrive;
    * a ``stop`` frame first releases every held media frame, is yielded, and ends the
      iteration (the socket is then closed normally, code 1000); so does the socket
      closing (without a ``stop``).

    After the ``start`` frame, ``stream_id``, ``call_control_id`` and ``media_format``
    (``encoding``, ``sample_rate``, ``channels``) are set.

    ``expected_auth_token``: the ``stream_auth_token`` you gave Telnyx.  The token of the
    upgrade request's ``x-telnyx-streaming-auth-token`` header, or else of the
    ``connected`` frame, must equal it (compared in constant time): otherwise the socket
    is closed with code 1008 and iteration raises :class:`MediaStreamAuthError`.

    A malformed frame raises :class:`MediaStreamError` from the iteration; the stream
    stays usable (iterate again to go on).  Sending after the socket closed raises
    :class:`MediaStreamClosedError`.

    Source: Telnyx, "Stream call media over WebSocket" (spec/media-streaming.yaml).
    """

    def __init__(
        self,
        websocket: Any,
        *,
        expected_auth_token: str | None = None,
        reorder_window: int = DEFAULT_REORDER_WINDOW,
    ) -> None:
        if reorder_window < 0:
            raise ValueError("reorder_window is a number of frames >= 0")
        self._transport = _transport(websocket)
        self._expected_token = expected_auth_token
        self._window = reorder_window
        self._opened = False
        self._authenticated = expected_auth_token is None
        self._ended = False
        self._closed = False
        self._ready: deque[InboundFrame] = deque()
        self._held: list[tuple[int, int, InboundFrame]] = []  # heap of (sequence, arrival, frame)
        self._arrivals = 0
        self._next: int | None = None  # the sequence number due next
        self._passed: set[int] = set()  # numbers above _next taken by non-media frames
        self.connected: ConnectedFrame | None = None
        """The ``connected`` frame, once received."""
        self.start: StartFrame | None = None
        """The ``start`` frame, once received."""
        self.late_frames = 0
        """Media frames that arrived after their place in the order was given up."""

    # -- what `start` told ------------------------------------------------------------------

    @property
    def stream_id(self) -> str | None:
        """The stream's id (from the ``start`` frame), ``None`` before it."""
        return self.start.stream_id if self.start is not None else None

    @property
    def call_control_id(self) -> str | None:
        """The call's ``call_control_id`` (``start.start.call_control_id``)."""
        return self.start.start.call_control_id if self.start is not None else None

    @property
    def media_format(self) -> MediaFormat | None:
        """``encoding`` (``PCMU``, ``PCMA``, ``L16``, ...), ``sample_rate`` (Hz) and
        ``channels`` of the inbound ``media`` payloads, from the ``start`` frame."""
        return self.start.start.media_format if self.start is not None else None

    # -- receiving -------------------------------------------------------------------------

    async def _open(self) -> None:
        if self._opened:
            return
        self._opened = True
        token = self._transport.headers.get(AUTH_TOKEN_HEADER)
        if self._expected_token is not None and token is not None:
            await self._check_token(token, "the upgrade request's header")
        await self._transport.open()

    async def _check_token(self, token: str | None, where: str) -> None:
        expected = self._expected_token
        assert expected is not None
        if token is not None and hmac.compare_digest(token.encode(), expected.encode()):
            self._authenticated = True
            return
        await self.close(POLICY_VIOLATION, "stream auth token mismatch")
        what = "missing" if token is None else "wrong"
        raise MediaStreamAuthError(f"{AUTH_TOKEN_HEADER} is {what} in {where}")

    def __aiter__(self) -> MediaStream:
        return self

    async def __anext__(self) -> InboundFrame:
        while not self._ready:
            if self._ended:
                if not self._closed:  # after `stop` (or a disconnect): a normal closure
                    await self.close()
                raise StopAsyncIteration
            await self._receive()
        return self._ready.popleft()

    async def _receive(self) -> None:
        await self._open()
        if self._ended:
            return
        data = await self._transport.receive()
        if data is None:
            self._end()
            return
        if self._authenticated:
            frame = parse_frame(data)
        else:
            try:
                frame = parse_frame(data)
            except MediaStreamError:
                await self._check_token(None, "the first frame (malformed)")
                raise
            token = (
                frame.x_telnyx_streaming_auth_token if isinstance(frame, ConnectedFrame) else None
            )
            await self._check_token(token, f"the first frame ({getattr(frame, 'event', '?')})")
        if isinstance(frame, MediaFrame):
            self._hold(frame)
            return
        if isinstance(frame, StopFrame):
            self._end()
            self._ready.append(frame)
            return
        if isinstance(frame, ConnectedFrame):
            self.connected = frame
        elif isinstance(frame, StartFrame):
            self.start = frame
        self._ready.append(frame)
        self._taken(_sequence(frame))

    def _end(self) -> None:
        self._ended = True
        while self._held:
            self._ready.append(heapq.heappop(self._held)[2])

    def _taken(self, seq: int | None) -> None:
        """A non-media frame used sequence number `seq`: media need not wait for it."""
        if seq is None:
            return
        if self._next is None or seq == self._next:
            self._next = seq + 1
        elif seq > self._next:
            self._passed.add(seq)
        self._release()

    def _hold(self, frame: InboundFrame) -> None:
        seq = _sequence(frame)
        if seq is None:
            self._ready.append(frame)
            return
        if self._next is None:
            self._next = seq
        elif seq < self._next:
            self.late_frames += 1
            self._ready.append(frame)
            return
        self._arrivals += 1
        heapq.heappush(self._held, (seq, self._arrivals, frame))
        self._release()

    def _release(self) -> None:
        held, passed = self._held, self._passed
        while held:
            nxt = self._next
            assert nxt is not None
            while nxt in passed:
                passed.discard(nxt)
                nxt += 1
            seq = held[0][0]
            if seq > nxt and len(held) <= self._window:
                self._next = nxt
                return
            self._ready.append(heapq.heappop(held)[2])
            self._next = max(nxt, seq + 1)
            if passed and seq > nxt:  # a gap given up: forget the numbers inside it
                self._passed = passed = {n for n in passed if n >= self._next}

    # -- sending ---------------------------------------------------------------------------

    async def send_audio(self, audio: bytes) -> None:
        """Send ``audio`` for Telnyx to play into the call (a ``media`` frame).

        Needs bidirectional streaming.  With ``stream_bidirectional_mode="rtp"``,
        ``audio`` is raw audio in ``stream_bidirectional_codec`` (default PCMU) at
        ``stream_bidirectional_sampling_rate``, 20 ms to 30 s of it (PCMU at 8000 Hz: 160
        bytes per 20 ms; see :mod:`telnyx_voice.media_streaming.codecs`); with the default
        ``mp3`` mode, MP3 data, at most one frame per second.

        Raises:
            TypeError, ValueError: ``audio`` is not bytes, or empty (nothing is sent).
            MediaStreamClosedError: the socket has closed.
        """
        await self._send(media_frame(audio))

    async def mark(self, name: str) -> None:
        """Send a ``mark`` frame: Telnyx sends a ``MarkFrame`` with this ``name`` back once
        the audio sent before it has played.

        Raises:
            TypeError, ValueError: ``name`` is not a non-empty ``str``.
            MediaStreamClosedError: the socket has closed.
        """
        await self._send(mark_frame(name))

    async def clear(self) -> None:
        """Send a ``clear`` frame: stop the audio playing now and drop the queued audio
        (e.g. when the caller starts talking over the bot).

        Raises:
            MediaStreamClosedError: the socket has closed.
        """
        await self._send(clear_frame())

    async def _send(self, text: str) -> None:
        await self._open()
        if not self._authenticated and self._ended:
            raise MediaStreamClosedError("the stream was closed: its auth token did not match")
        await self._transport.send(text)

    async def close(self, code: int = 1000, reason: str = "") -> None:
        """Close the socket (code 1000, normal closure, by default) and end the iteration.

        The iteration does this itself when the stream ends (``stop``, or the peer gone)."""
        self._ended = True
        if not self._closed:
            self._closed = True
            await self._transport.close(code, reason)
