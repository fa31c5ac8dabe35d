"""Loopback HTTP server for the benchmarks: uvicorn serving a bare ASGI app.

Every request (any method, any path) is answered ``200`` with Telnyx's call-command
response ``{"data":{"result":"ok"}}``, after reading the request body.  No framework, no
logging: the server should cost as little as possible so that the clients' differences
show.  uvicorn uses httptools when it is installed (the ``bench`` session installs it).

With ``--stall-every N --stall-seconds S`` every N-th request to arrive is held S
seconds before its answer (the latency benchmark: N=20 is 5 %), and each request's body
``command_id`` is recorded under its ``X-Bench-Call`` header: ``GET /__stats`` answers
``{"command_ids": {call: number of distinct command_ids}, "connections": distinct client
(host, port) pairs, i.e. TCP connections that sent a request, "requests": n}`` (and
forgets them).

Prints ``PORT <n>`` once the socket listens; exits on SIGTERM or when stdin closes (its
parent died).  Run by :func:`_common.loopback_server`.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import sys
import threading
from typing import Any

import uvicorn

BODY = b'{"data":{"result":"ok"}}'
HEADERS = [
    (b"content-type", b"application/json"),
    (b"content-length", str(len(BODY)).encode()),
]


async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    if scope["type"] != "http":
        return
    more = True
    while more:
        message = await receive()
        more = message.get("more_body", False)
    await send({"type": "http.response.start", "status": 200, "headers": HEADERS})
    await send({"type": "http.response.body", "body": BODY})


class StallingApp:
    """Holds every ``every``-th request ``seconds`` long; counts command_ids per call."""

    def __init__(self, every: int, seconds: float) -> None:
        self.every = every
        self.seconds = seconds
        self.count = 0
        self.calls: dict[str, set[str]] = {}
        self.clients: set[tuple[str, int]] = set()  # (host, port): one per TCP connection
        self.requests = 0

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        chunks = []
        more = True
        while more:
            message = await receive()
            chunks.append(message.get("body", b""))
            more = message.get("more_body", False)
        if scope["path"] == "/__stats":
            stats = json.dumps(
                {
                    "command_ids": {k: len(v) for k, v in self.calls.items()},
                    "connections": len(self.clients),
                    "requests": self.requests,
                }
            ).encode()
            self.calls.clear()
            self.clients.clear()
            self.requests = 0
            await send({"type": "http.response.start", "status": 200, "headers": []})
            await send({"type": "http.response.body", "body": stats})
            return
        raw = b"".join(chunks)
        call = dict(scope["headers"]).get(b"x-bench-call", b"").decode()
        command_id = json.loads(raw).get("command_id") if raw else None
        ids = self.calls.setdefault(call, set())
        self.requests += 1
        if scope.get("client"):
            self.clients.add(tuple(scope["client"]))
        if command_id is not None:
            ids.add(command_id)
        self.count += 1
        if self.count % self.every == 0:
            try:  # held; a client that gives up (cancelled hedge) disconnects
                message = await asyncio.wait_for(receive(), self.seconds)
                if message["type"] == "http.disconnect":
                    return
            except asyncio.TimeoutError:
                pass
        await send({"type": "http.response.start", "status": 200, "headers": HEADERS})
        await send({"type": "http.response.body", "body": BODY})


def _exit_when_parent_goes() -> None:
    sys.stdin.read()
    os._exit(0)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--stall-every", type=int, default=0)
    parser.add_argument("--stall-seconds", type=float, default=3.0)
    args = parser.parse_args()
    # proto=IPPROTO_TCP: asyncio sets TCP_NODELAY on accepted sockets only then (a socket
    # made with proto 0 answers keep-alive requests ~40 ms late: Nagle + delayed ACK).
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    sock.listen(1024)  # connections queue until uvicorn accepts them
    config = uvicorn.Config(
        StallingApp(args.stall_every, args.stall_seconds) if args.stall_every else app,
        lifespan="off",
        access_log=False,
        log_level="warning",
        timeout_keep_alive=600,  # idle sides keep their connections between rounds
    )
    threading.Thread(target=_exit_when_parent_goes, daemon=True).start()
    print(f"PORT {sock.getsockname()[1]}", flush=True)
    uvicorn.Server(config).run(sockets=[sock])


if __name__ == "__main__":
    main()
