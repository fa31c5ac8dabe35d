"""Shared fixtures: the real pinned spec, and a recording HTTP server on 127.0.0.1."""

from __future__ import annotations

import functools
import json
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from codegen import build, load, select
from codegen.config import Config, load_config
from codegen.ir import API


@pytest.fixture(scope="session")
def config() -> Config:
    return load_config()


@pytest.fixture(scope="session")
def spec(config: Config) -> load.LoadedSpec:
    """The pinned spec (../shared/spec, $TELNYX_OPENAPI_SPEC, or the download cache)."""
    return load.load(config.pin)


@functools.cache
def selected_operations() -> tuple[select.SelectedOperation, ...]:
    """The voice operations of the pinned spec, loaded once per test run (for
    `pytest_generate_tests`, which runs before fixtures exist)."""
    cfg = load_config()
    return tuple(select.select_operations(load.load(cfg.pin).document, cfg.selection))


def parametrize_operations(
    metafunc: pytest.Metafunc,
    name: str = "selected",
    keep: Callable[[select.SelectedOperation], bool] = lambda op: True,
) -> None:
    """Parametrize the argument `name` over the voice operations that `keep` accepts, each
    test id its operationId; does nothing for a test without that argument."""
    if name in metafunc.fixturenames:
        ops = [op for op in selected_operations() if keep(op)]
        metafunc.parametrize(name, ops, ids=[op.operation["operationId"] for op in ops])


@pytest.fixture(scope="session")
def api(spec: load.LoadedSpec, config: Config) -> API:
    """The IR of the pinned spec's voice surface."""
    return build.build(spec, config)


@dataclass
class Recorded:
    method: str
    path: str  # raw request target path, still percent-encoded
    query: str
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body) if self.body else None


@dataclass
class RecordingServer:
    """Answers each request with the next of `first_replies`, then with `reply` (status,
    JSON), and keeps what it received."""

    url: str
    requests: list[Recorded] = field(default_factory=list)
    reply: tuple[int, Any] = (200, {"data": {"result": "ok"}})
    first_replies: list[tuple[int, Any]] = field(default_factory=list)  # used once each, first


@contextmanager
def serve_json(respond: Callable[[Recorded], tuple[int, Any]]) -> Iterator[str]:
    """An HTTP/1.1 server on 127.0.0.1 answering each request with `respond(request)`:
    (status, JSON-able payload or `None` for an empty body). Yields its base URL (`.../v2`)
    and stops the server on exit."""

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _handle(self) -> None:
            length = int(self.headers.get("content-length") or 0)
            body = self.rfile.read(length) if length else b""
            path, _, query = self.path.partition("?")
            headers = {k.lower(): v for k, v in self.headers.items()}
            status, payload = respond(Recorded(self.command, path, query, headers, body))
            raw = b"" if payload is None else json.dumps(payload).encode()
            self.send_response(status)
            if raw:
                self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(raw)))
            self.end_headers()
            self.wfile.write(raw)

        do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _handle

        def log_message(self, format: str, *args: Any) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(
        target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/v2"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


@pytest.fixture
def recording_server() -> Iterator[RecordingServer]:
    state = RecordingServer(url="")

    def respond(request: Recorded) -> tuple[int, Any]:
        state.requests.append(request)
        return state.first_replies.pop(0) if state.first_replies else state.reply

    with serve_json(respond) as url:
        state.url = url
        yield state
