"""Typing probes for what the whole API adds (binary responses, file arguments, header
parameters): checked by `nox -s typecheck` (mypy --strict and pyright strict).

The voice surface has no binary operation, so the probes call the client's
`request_binary` as a generated method does. Each deliberate mistake ends with
`# type: ignore[<mypy code>]`: both checkers must report it (an unused ignore is an error).
Never executed.
"""

from __future__ import annotations

from pathlib import Path

from telnyx_voice import (
    AsyncBinaryAPIResponse,
    AsyncTelnyx,
    BinaryAPIResponse,
    Telnyx,
)
from telnyx_voice._operation import Operation
from telnyx_voice._types import BinaryTypes, FileContent, FileTypes

DOWNLOAD: Operation[bytes] = Operation("Download", "GET", "/d/{id}", path_params=("id",))
EXPORT: Operation[str] = Operation("Export", "GET", "/e", result_kind="text")


def correct_usages(client: Telnyx, path: Path) -> None:
    got: BinaryAPIResponse = client.request_binary(
        DOWNLOAD, path_params={"id": "1"}, headers={"Idempotency-Key": "k"}
    )
    data: bytes = got.read()
    chunks: list[bytes] = list(got.iter_bytes(1024))
    got.write_to_file(path)
    text: str = client.request(EXPORT)
    upload: FileTypes = ("loa.pdf", b"%PDF", "application/pdf")
    content: FileContent = path
    raw: BinaryTypes = [b"a", b"b"]
    print(data, chunks, text, upload, content, raw)


async def correct_async_usages(client: AsyncTelnyx, path: Path) -> None:
    got: AsyncBinaryAPIResponse = await client.request_binary(DOWNLOAD, path_params={"id": "1"})
    data: bytes = await got.read()
    async for chunk in got.iter_bytes():
        print(chunk)
    await got.write_to_file(path)
    print(data)


def mistakes(client: Telnyx, path: Path) -> None:
    got = client.request_binary(DOWNLOAD, path_params={"id": "1"})
    as_text: str = got.read()  # type: ignore[assignment]
    client.request_binary(EXPORT)  # type: ignore[arg-type]
    got.write_to_file(42)  # type: ignore[arg-type]
    upload: FileTypes = 42  # type: ignore[assignment]
    raw: BinaryTypes = "not bytes"  # type: ignore[assignment]
    client.request_binary(DOWNLOAD, headers=["Idempotency-Key"])  # type: ignore[arg-type]
    print(as_text, upload, raw, path)


async def async_mistakes(client: AsyncTelnyx) -> None:
    got = await client.request_binary(DOWNLOAD)
    data: str = await got.read()  # type: ignore[assignment]
    not_awaited: bytes = got.read()  # type: ignore[assignment]
    print(data, not_awaited)
