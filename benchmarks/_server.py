"""Loopback HTTP server for the benchmarks: uvicorn serving a bare ASGI app.

Every request (any method, any path) is answered ``200`` with Telnyx's call-command
response ``{"data":{"result":"ok"}}``, after reading the request body.  No framework, no
logging: the server should cost as little as possible so that the clients' differences
show.  uvicorn uses httptools when it is installed (the ``bench`` session installs it).

Prints ``PORT <n>`` once the socket listens; exits on SIGTERM or when stdin closes (its
parent died).  Run by :func:`_common.loopback_server`.
"""

from __future__ import annotations

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


def _exit_when_parent_goes() -> None:
    sys.stdin.read()
    os._exit(0)


def main() -> None:
    # proto=IPPROTO_TCP: asyncio sets TCP_NODELAY on accepted sockets only then (a socket
    # made with proto 0 answers keep-alive requests ~40 ms late: Nagle + delayed ACK).
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    sock.listen(1024)  # connections queue until uvicorn accepts them
    config = uvicorn.Config(
        app,
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
