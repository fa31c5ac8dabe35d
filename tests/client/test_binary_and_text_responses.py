"""Binary and text success bodies (issue 14): a binary body comes back as the official
SDK's `BinaryAPIResponse` (async: `AsyncBinaryAPIResponse`), a `text/*` body as `str`;
`with_raw_response` / `with_streaming_response` return the binary response classes. Sent
over real HTTP to a server on 127.0.0.1 that answers with bytes of a given media type.

The voice selection has no such operation, so the resources here are written as the
generator writes them for one (`request_binary` with the `Accept` header first in
`extra_headers`; `request` for text)."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from telnyx_voice import APIResponseValidationError, AsyncTelnyx, NotFoundError, Telnyx
from telnyx_voice._operation import Operation
from telnyx_voice._resource import AsyncAPIResource, SyncAPIResource
from telnyx_voice._response import (
    AsyncBinaryAPIResponse,
    AsyncStreamedBinaryAPIResponse,
    BinaryAPIResponse,
    StreamedBinaryAPIResponse,
    async_to_custom_raw_response_wrapper,
    async_to_custom_streamed_response_wrapper,
    to_custom_raw_response_wrapper,
    to_custom_streamed_response_wrapper,
    to_raw_response_wrapper,
)
from telnyx_voice._types import Headers, RequestOptions

# bytes that are no valid UTF-8 and no JSON: a PDF's start and a few arbitrary bytes
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(256)) * 64
CSV = "id,to,from\n1,+18005550100,+18005550101\n2,caf\u00e9,x\n"

DOWNLOAD: Operation[bytes] = Operation(
    operation_id="DownloadDocument",
    method="GET",
    path="/documents/{id}/download",
    path_params=("id",),
    result_kind="binary",
    idempotent=True,
)
EXPORT: Operation[str] = Operation(
    operation_id="exportEmailBlocks",
    method="GET",
    path="/email_blocks/export",
    result_kind="text",
    idempotent=True,
)


@dataclass
class BytesServer:
    url: str = ""
    accepts: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)  # the `X-Request-Tag` header of each request
    # path -> (status, content type, body)
    routes: dict[str, tuple[int, str, bytes]] = field(default_factory=dict)


@pytest.fixture
def server() -> Iterator[BytesServer]:
    state = BytesServer()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            state.accepts.append(self.headers.get("accept", ""))
            state.tags.append(self.headers.get("x-request-tag", ""))
            path = self.path.partition("?")[0].removeprefix("/v2")
            status, kind, body = state.routes.get(
                path, (404, "application/json", b'{"errors": [{"detail": "not found"}]}')
            )
            self.send_response(status)
            self.send_header("content-type", kind)
            self.send_header("content-length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    state.url = f"http://127.0.0.1:{httpd.server_address[1]}/v2"
    state.routes["/documents/doc-1/download"] = (200, "application/pdf", PDF)
    state.routes["/email_blocks/export"] = (200, "text/csv; charset=utf-8", CSV.encode())
    try:
        yield state
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


class Documents(SyncAPIResource):
    def download(self, id: str, *, extra_headers: Headers | None = None) -> BinaryAPIResponse:
        return self._client.request_binary(
            DOWNLOAD,
            path_params={"id": id},
            options=RequestOptions({"Accept": "application/pdf", **(extra_headers or {})}),
        )

    def export(self) -> str:
        return self._client.request(EXPORT, options=RequestOptions({"Accept": "text/csv"}))


class AsyncDocuments(AsyncAPIResource):
    async def download(self, id: str) -> AsyncBinaryAPIResponse:
        return await self._client.request_binary(
            DOWNLOAD,
            path_params={"id": id},
            options=RequestOptions({"Accept": "application/pdf"}),
        )

    async def export(self) -> str:
        return await self._client.request(EXPORT, options=RequestOptions({"Accept": "text/csv"}))


def test_a_binary_body_is_a_binary_response_object(server: BytesServer, tmp_path: Path) -> None:
    with Telnyx(api_key="k", base_url=server.url, max_retries=0) as client:
        result = Documents(client).download("doc-1")
    assert isinstance(result, BinaryAPIResponse)
    assert result.status_code == 200 and result.headers["content-type"] == "application/pdf"
    assert result.read() == PDF and result.content == PDF and result.parse() == PDF
    assert b"".join(result.iter_bytes(1000)) == PDF
    assert all(len(chunk) <= 1000 for chunk in result.iter_bytes(1000))
    target = tmp_path / "loa.pdf"
    result.write_to_file(target)
    assert target.read_bytes() == PDF
    assert server.accepts == ["application/pdf"]  # the media type asked for, not JSON


def test_a_binary_operation_sends_its_header_parameters(server: BytesServer) -> None:
    """A binary operation with a header parameter (the whole API has both kinds): the
    generated method passes `headers=` to `request_binary` as it does to `request`."""
    options = RequestOptions({"Accept": "application/pdf"})
    tag = {"X-Request-Tag": "t-1"}
    with Telnyx(api_key="k", base_url=server.url, max_retries=0) as client:
        result = client.request_binary(
            DOWNLOAD, path_params={"id": "doc-1"}, headers=tag, options=options
        )
        assert result.read() == PDF

    async def main() -> bytes:
        async with AsyncTelnyx(api_key="k", base_url=server.url, max_retries=0) as aclient:
            got = await aclient.request_binary(
                DOWNLOAD, path_params={"id": "doc-1"}, headers=tag, options=options
            )
            return await got.read()

    assert asyncio.run(asyncio.wait_for(main(), 30)) == PDF
    assert server.tags == ["t-1", "t-1"]


def test_the_caller_can_override_the_accept_header(server: BytesServer) -> None:
    with Telnyx(api_key="k", base_url=server.url, max_retries=0) as client:
        Documents(client).download("doc-1", extra_headers={"Accept": "*/*"})
    assert server.accepts == ["*/*"]


def test_an_error_status_still_raises_for_a_binary_operation(server: BytesServer) -> None:
    with Telnyx(api_key="k", base_url=server.url, max_retries=0) as client:
        with pytest.raises(NotFoundError):
            Documents(client).download("missing")


def test_a_text_body_is_a_str(server: BytesServer) -> None:
    with Telnyx(api_key="k", base_url=server.url, max_retries=0) as client:
        text = Documents(client).export()
        raw = to_raw_response_wrapper(Documents(client).export)()
    assert text == CSV  # decoded with the charset of its content type
    assert raw.parse() == CSV and raw.headers["content-type"].startswith("text/csv")
    assert server.accepts == ["text/csv", "text/csv"]


def test_a_text_body_is_not_parsed_as_json_while_a_json_operation_still_is(
    server: BytesServer,
) -> None:
    as_json: Operation[object] = Operation(
        operation_id="exportEmailBlocks", method="GET", path="/email_blocks/export"
    )
    with Telnyx(api_key="k", base_url=server.url, max_retries=0) as client:
        with pytest.raises(APIResponseValidationError):
            client.request(as_json)  # the failure the text kind avoids


def test_binary_with_raw_and_streaming_response(server: BytesServer, tmp_path: Path) -> None:
    with Telnyx(api_key="k", base_url=server.url, max_retries=0) as client:
        docs = Documents(client)
        raw = to_custom_raw_response_wrapper(docs.download, BinaryAPIResponse)("doc-1")
        assert type(raw) is BinaryAPIResponse and raw.parse() == PDF
        streamed = to_custom_streamed_response_wrapper(docs.download, StreamedBinaryAPIResponse)
        with streamed("doc-1") as response:
            assert isinstance(response, StreamedBinaryAPIResponse)
            assert not response.is_closed  # nothing read yet
            response.stream_to_file(tmp_path / "streamed.pdf", chunk_size=4096)
        assert response.is_closed
    assert (tmp_path / "streamed.pdf").read_bytes() == PDF


def test_async_binary_and_text(server: BytesServer, tmp_path: Path) -> None:
    async def run() -> None:
        async with AsyncTelnyx(api_key="k", base_url=server.url, max_retries=0) as client:
            docs = AsyncDocuments(client)
            result = await docs.download("doc-1")
            assert isinstance(result, AsyncBinaryAPIResponse)
            assert await result.read() == PDF and await result.parse() == PDF
            assert b"".join([chunk async for chunk in result.aiter_bytes(512)]) == PDF
            assert b"".join([chunk async for chunk in result.iter_bytes()]) == PDF
            await result.write_to_file(tmp_path / "async.pdf")
            assert await docs.export() == CSV

            raw = await async_to_custom_raw_response_wrapper(docs.download, AsyncBinaryAPIResponse)(
                "doc-1"
            )
            assert type(raw) is AsyncBinaryAPIResponse and await raw.parse() == PDF
            streamed = async_to_custom_streamed_response_wrapper(
                docs.download, AsyncStreamedBinaryAPIResponse
            )
            async with streamed("doc-1") as response:
                assert isinstance(response, AsyncStreamedBinaryAPIResponse)
                await response.stream_to_file(tmp_path / "async-streamed.pdf")

    asyncio.run(run())
    assert (tmp_path / "async.pdf").read_bytes() == PDF
    assert (tmp_path / "async-streamed.pdf").read_bytes() == PDF
