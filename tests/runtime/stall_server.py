"""A uvicorn server on 127.0.0.1 (in a thread) that stalls chosen requests.

Each request is recorded with its body's ``command_id``; ``stall(record)`` (set by the
test) says how many seconds to hold it before answering ``200 {"data":{"result":"ok"}}``.
While a request is held the app listens for the client going away (``http.disconnect``)
and records it, so a test can see that a losing hedge was cancelled and its connection
closed.
"""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import uvicorn

BODY = b'{"data":{"result":"ok"}}'


@dataclass
class Seen:
    index: int  # order of arrival, from 0
    path: str
    command_id: str | None
    headers: dict[str, str]
    stalled: float = 0.0
    disconnected: bool = False  # the client closed the connection while it was held
    answered: bool = False


class StallServer:
    def __init__(self) -> None:
        self.seen: list[Seen] = []
        self.stall: Callable[[Seen], float] = lambda seen: 0.0
        self.url = ""
        self._lock = threading.Lock()

    def by_command_id(self, command_id: str) -> list[Seen]:
        return [s for s in self.seen if s.command_id == command_id]

    def wait_until(self, predicate: Callable[[], bool], timeout: float = 10.0) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if predicate():
                return True
            time.sleep(0.01)
        return predicate()

    async def app(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        chunks = []
        more = True
        while more:
            message = await receive()
            chunks.append(message.get("body", b""))
            more = message.get("more_body", False)
        raw = b"".join(chunks)
        body = json.loads(raw) if raw else {}
        headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]}
        with self._lock:
            seen = Seen(len(self.seen), scope["path"], body.get("command_id"), headers)
            self.seen.append(seen)
        seen.stalled = self.stall(seen)
        if seen.stalled > 0:
            try:
                message = await asyncio.wait_for(receive(), seen.stalled)
            except asyncio.TimeoutError:
                pass
            else:
                if message["type"] == "http.disconnect":
                    seen.disconnected = True
                    return
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [(b"content-type", b"application/json")],
            }
        )
        await send({"type": "http.response.body", "body": BODY})
        seen.answered = True


@contextmanager
def stall_server() -> Iterator[StallServer]:
    state = StallServer()
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    sock.listen(128)
    config = uvicorn.Config(
        state.app, interface="asgi3", lifespan="off", access_log=False, log_level="warning"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.01)
    assert server.started, "uvicorn did not start"
    state.url = f"http://127.0.0.1:{sock.getsockname()[1]}"
    try:
        yield state
    finally:
        server.should_exit = True
        server.force_exit = True
        thread.join(10)
        sock.close()
