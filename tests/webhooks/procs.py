"""Real servers for the webhook tests: redis-server and uvicorn workers, each started on a
free port of 127.0.0.1 and stopped by PID."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]
REDIS_INSTALL_HINT = "apt-get install -y redis-server (.ci/run installs it when missing)"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _stop(proc: subprocess.Popen[bytes], timeout: float = 10) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=timeout)


class RedisServer:
    """``redis-server`` on a free loopback port, data in a temporary directory, no
    persistence; ``stop()`` ends it by PID and removes the directory."""

    def __init__(self) -> None:
        binary = shutil.which("redis-server")
        if binary is None:
            raise RuntimeError(f"redis-server is not installed: {REDIS_INSTALL_HINT}")
        self.port = free_port()
        self.dir = tempfile.mkdtemp(prefix="telnyx-voice-redis-")
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.proc = subprocess.Popen(
            [
                binary,
                "--port", str(self.port),
                "--bind", "127.0.0.1",
                "--dir", self.dir,
                "--save", "",
                "--appendonly", "no",
                "--daemonize", "no",
                "--protected-mode", "yes",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )  # fmt: skip
        import redis

        deadline = time.monotonic() + 10
        while True:
            try:
                redis.Redis.from_url(self.url, socket_timeout=1).ping()
                break
            except redis.ConnectionError:
                if self.proc.poll() is not None or time.monotonic() > deadline:
                    self.stop()
                    raise RuntimeError("redis-server did not start") from None
                time.sleep(0.05)

    def stop(self) -> None:
        _stop(self.proc)
        shutil.rmtree(self.dir, ignore_errors=True)


class Worker:
    """One uvicorn process serving ``app`` ("module:attr") on a free port of 127.0.0.1, or
    a script (``app`` ending in ``.py``, run as ``python app`` with ``PORT`` set) that
    starts uvicorn itself."""

    def __init__(self, app: str, env: Mapping[str, str], *, cwd: Path = ROOT) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = tempfile.TemporaryFile()
        if app.endswith(".py"):
            argv = [sys.executable, app]
        else:
            argv = [
                sys.executable, "-m", "uvicorn", app,
                "--host", "127.0.0.1", "--port", str(self.port),
                "--log-level", "warning", "--no-access-log", "--lifespan", "on",
            ]  # fmt: skip
        self.proc = subprocess.Popen(
            argv,
            cwd=cwd,
            env={**os.environ, **env, "PORT": str(self.port)},
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )  # fmt: skip

    def wait_ready(self, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while True:
            try:
                httpx.get(self.url + "/health", timeout=1)
                return
            except httpx.TransportError:
                if self.proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"worker did not start:\n{self.output()}") from None
                time.sleep(0.05)

    def output(self) -> str:
        self.log.seek(0)
        return self.log.read().decode(errors="replace")

    def stop(self) -> None:
        _stop(self.proc)
        self.log.close()
