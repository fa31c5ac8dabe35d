"""Loopback servers for the media streaming tests: uvicorn serving a Starlette app, and a
`websockets` server, each on 127.0.0.1:<free port>, started and stopped by the test."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any

import pytest

STOP_TIMEOUT = 10.0


@asynccontextmanager
async def bounded(seconds: float) -> AsyncIterator[None]:
    """Fail the test with TimeoutError when the block takes more than `seconds` (what
    `asyncio.timeout` does from Python 3.11; this works on 3.10 too)."""
    task = asyncio.current_task()
    assert task is not None
    fired = False

    def fire() -> None:
        nonlocal fired
        fired = True
        task.cancel()

    handle = asyncio.get_running_loop().call_later(seconds, fire)
    try:
        yield
    except asyncio.CancelledError:
        if fired:
            raise TimeoutError(f"the block took more than {seconds} s") from None
        raise
    finally:
        handle.cancel()


@asynccontextmanager
async def serve_asgi(app: Any) -> AsyncIterator[str]:
    """Serve `app` with uvicorn (websockets-sansio protocol) on loopback; yields its
    `ws://127.0.0.1:PORT` base URL; stops the server (bounded) on exit."""
    import uvicorn

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(
        app, ws="websockets-sansio", log_level="warning", lifespan="off", ws_max_size=1 << 24
    )
    server = uvicorn.Server(config)
    task = asyncio.get_running_loop().create_task(server.serve(sockets=[sock]))
    try:
        for _ in range(500):
            if server.started or task.done():
                break
            await asyncio.sleep(0.01)
        assert server.started, "uvicorn did not start"
        yield f"ws://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        try:
            await asyncio.wait_for(task, STOP_TIMEOUT)
        finally:
            sock.close()


@asynccontextmanager
async def serve_websockets(
    handler: Callable[[Any], Awaitable[None]], **options: Any
) -> AsyncIterator[str]:
    """A `websockets` server calling `handler(connection)` on loopback; yields its URL.
    `options` go to `websockets.asyncio.server.serve` (e.g. ``ping_interval=None``)."""
    from websockets.asyncio.server import serve

    async with serve(handler, "127.0.0.1", 0, max_size=None, **options) as server:
        port = next(iter(server.sockets)).getsockname()[1]
        yield f"ws://127.0.0.1:{port}"


@pytest.fixture
def pcm_tone() -> bytes:
    """One second of a 440 Hz-ish square wave, 16-bit LE PCM at 8000 Hz (8000 samples)."""
    samples = [(8000 if (i // 9) % 2 else -8000) for i in range(8000)]
    return b"".join(s.to_bytes(2, "little", signed=True) for s in samples)
