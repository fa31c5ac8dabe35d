"""Fixtures for runtime tests: a real, scriptable HTTP server on 127.0.0.1."""

from __future__ import annotations

import asyncio
import json
import os
import socket
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest

sys.path.insert(0, os.path.dirname(__file__))

from telnyx_voice._base_client import AsyncAPIClient, SyncAPIClient  # noqa: E402

API_KEY = "KEYsupersecret0123456789"
NOW = 1_700_000_000.0


@dataclass
class Reply:
    """What the server does for one request."""

    status: int = 200
    body: Any = None  # dict/list -> JSON, str/bytes -> raw
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    drop: bool = False  # read the request, then close the socket without answering


OK = Reply(200, {"data": {"result": "ok"}})


@dataclass
class Recorded:
    method: str
    raw_path: str
    path: str
    query: list[tuple[str, str]]
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


class FaultServer:
    """Threaded HTTP/1.0 server; each request pops the next scripted Reply (default OK)."""

    def __init__(self, port: int = 0) -> None:
        self.requests: list[Recorded] = []
        self.script: deque[Reply | Callable[[Recorded], Reply]] = deque()
        self.default: Reply | Callable[[Recorded], Reply] = OK
        self._lock = threading.Lock()
        fault_server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                pass

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                split = urlsplit(self.path)
                rec = Recorded(
                    self.command,
                    self.path,
                    split.path,
                    parse_qsl(split.query, keep_blank_values=True),
                    {k.lower(): v for k, v in self.headers.items()},
                    body,
                )
                with fault_server._lock:
                    fault_server.requests.append(rec)
                    action = (
                        fault_server.script.popleft()
                        if fault_server.script
                        else fault_server.default
                    )
                reply = action(rec) if callable(action) else action
                if reply.delay:
                    time.sleep(reply.delay)
                try:
                    if reply.drop:
                        self.close_connection = True
                        self.connection.shutdown(socket.SHUT_RDWR)
                        return
                    if isinstance(reply.body, dict | list):
                        payload = json.dumps(reply.body).encode()
                        ctype = "application/json"
                    elif isinstance(reply.body, str):
                        payload = reply.body.encode()
                        ctype = "text/html"
                    else:
                        payload = reply.body or b""
                        ctype = "application/json"
                    self.send_response(reply.status)
                    headers = {"Content-Type": ctype, **reply.headers}
                    for k, v in headers.items():
                        self.send_header(k, v)
                    if reply.status != 204:
                        self.send_header("Content-Length", str(len(payload)))
                    self.end_headers()
                    if reply.status != 204:
                        self.wfile.write(payload)
                except OSError:
                    pass

            do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _handle

        self.httpd = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}/v2"
        self._thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True
        )
        self._thread.start()

    def add(self, *replies: Reply | Callable[[Recorded], Reply]) -> None:
        self.script.extend(replies)

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self._thread.join(timeout=5)


@pytest.fixture
def fault_server() -> Iterator[FaultServer]:
    srv = FaultServer()
    try:
        yield srv
    finally:
        srv.stop()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Harness:
    """Runs one call through a fresh sync or async client, recording injected sleeps."""

    def __init__(self, kind: str, base_url: str) -> None:
        self.kind = kind
        self.base_url = base_url
        self.sleeps: list[float] = []
        self.on_sleep: Callable[[float], None] | None = None

    def _sleep(self, delay: float) -> None:
        self.sleeps.append(delay)
        if self.on_sleep is not None:
            self.on_sleep(delay)

    def kwargs(self, overrides: dict[str, Any]) -> dict[str, Any]:
        return {"base_url": self.base_url, "_clock": lambda: NOW, **overrides}

    def call(self, op: Any, client: dict[str, Any] | None = None, **request: Any) -> Any:
        kw = self.kwargs(client or {})
        if self.kind == "sync":
            with SyncAPIClient(API_KEY, _sleep=self._sleep, **kw) as c:
                return c.request(op, **request)

        async def asleep(delay: float) -> None:
            self._sleep(delay)

        async def go() -> Any:
            if self.kind == "aiohttp":  # the fast path straight to aiohttp (_http_clients)
                from telnyx_voice import DefaultAioHttpClient

                async with DefaultAioHttpClient() as http:
                    async with AsyncAPIClient(API_KEY, _sleep=asleep, http_client=http, **kw) as c:
                        return await c.request(op, **request)
            async with AsyncAPIClient(API_KEY, _sleep=asleep, **kw) as c:
                return await c.request(op, **request)

        return asyncio.run(go())


@pytest.fixture(params=["sync", "async", "aiohttp"])
def harness(request: pytest.FixtureRequest, fault_server: FaultServer) -> Harness:
    return Harness(request.param, fault_server.url)
