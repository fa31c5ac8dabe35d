"""Prism, the OpenAPI mock server the Stainless SDKs test against, run on 127.0.0.1.

`ensure_prism()` installs `@stainless-api/prism-cli` from the npm registry into a cache
directory the first time (about 10 s, 90 MB), so a fresh machine with Node and npm needs no
manual step. `write_subset()` writes the voice operations of the spec, and only the
components they reference, to a file Prism serves. `PrismServer` starts Prism, waits until
it answers, and stops it by its process group.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import time
from pathlib import Path
from typing import Any

import httpx

from codegen.config import Selection

from ..voice_subset import voice_subset

PRISM_PACKAGE = "@stainless-api/prism-cli"
PRISM_VERSION = "5.16.1"
_STARTUP_SECONDS = 60.0


class PrismUnavailable(RuntimeError):
    """Prism could not be installed or started; the message says what to do."""


def cache_dir() -> Path:
    """$TELNYX_PRISM_DIR, else ~/.cache/telnyx-voice-prism/<version>."""
    configured = os.environ.get("TELNYX_PRISM_DIR")
    if configured:
        return Path(configured)
    return Path.home() / ".cache" / "telnyx-voice-prism" / PRISM_VERSION


def ensure_prism() -> Path:
    """The `prism` executable: $PRISM_BIN, else installed with npm into `cache_dir()`."""
    configured = os.environ.get("PRISM_BIN")
    if configured:
        return Path(configured)
    target = cache_dir()
    binary = target / "node_modules" / ".bin" / "prism"
    if binary.exists():
        return binary
    npm = shutil.which("npm")
    if npm is None:
        raise PrismUnavailable(
            "the contract tests need Prism, installed with npm, but npm is not on PATH: "
            "install Node.js 20 and npm, or set PRISM_BIN to a prism executable"
        )
    target.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        [
            npm,
            "install",
            "--no-audit",
            "--no-fund",
            "--no-save",
            "--prefix",
            str(target),
            f"{PRISM_PACKAGE}@{PRISM_VERSION}",
        ],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    if done.returncode != 0 or not binary.exists():
        raise PrismUnavailable(
            f"`npm install {PRISM_PACKAGE}@{PRISM_VERSION}` into {target} failed "
            f"(exit {done.returncode}):\n{done.stderr[-2000:]}"
        )
    return binary


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class PrismServer:
    """`prism mock -h 127.0.0.1 -p PORT SPEC` in its own process group."""

    def __init__(self, binary: Path, spec_file: Path, log_file: Path) -> None:
        self.binary = binary
        self.spec_file = spec_file
        self.log_file = log_file
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        with self.log_file.open("wb") as log:
            self._process = subprocess.Popen(
                [str(self.binary), "mock", "-h", "127.0.0.1", "-p", str(self.port)]
                + [str(self.spec_file)],
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        deadline = time.monotonic() + _STARTUP_SECONDS
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise PrismUnavailable(
                    f"prism exited with {self._process.returncode} before answering:\n"
                    + self.log_file.read_text(errors="replace")[-3000:]
                )
            try:
                httpx.get(self.url + "/", timeout=1.0)  # any answer (a 404) means ready
                return
            except httpx.TransportError:
                time.sleep(0.1)
        self.stop()
        raise PrismUnavailable(f"prism did not answer on {self.url} within {_STARTUP_SECONDS} s")

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is None or process.poll() is not None:
            return
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)


def write_subset(document: dict[str, Any], selection: Selection, target: Path) -> Path:
    target.write_text(json.dumps(voice_subset(document, selection), default=str), "utf-8")
    return target
