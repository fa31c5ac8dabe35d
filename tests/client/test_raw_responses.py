"""`with_raw_response` on the generated resources, list methods included."""

from __future__ import annotations

import asyncio

from telnyx_voice import AsyncTelnyx, Telnyx
from telnyx_voice._pagination import AsyncPage, SyncPage
from telnyx_voice._response import APIResponse, AsyncAPIResponse

from ..conftest import RecordingServer

PAGE = {
    "data": [
        {
            "record_type": "queue",
            "id": "q1",
            "name": "support",
            "average_wait_time_secs": 12,
            "current_size": 1,
            "max_size": 10,
            "created_at": "2026-01-01T00:00:00Z",
            "updated_at": "2026-01-01T00:00:00Z",
        }
    ],
    "meta": {"page_number": 1, "total_pages": 1, "page_size": 20, "total_results": 1},
}


def test_sync_list_with_raw_response(recording_server: RecordingServer) -> None:
    recording_server.reply = (200, PAGE)
    with Telnyx(api_key="k", base_url=recording_server.url, max_retries=0) as client:
        raw = client.queues.with_raw_response.list(page_size=20)
        assert isinstance(raw, APIResponse)
        assert raw.status_code == 200 and raw.json() == PAGE
        assert (
            len(recording_server.requests) == 1
        )  # nothing parsed or fetched yet beyond the first page
        page = raw.parse()
    assert isinstance(page, SyncPage)
    assert [q.name for q in page.data] == ["support"]
    assert recording_server.requests[0].query == "page%5Bsize%5D=20"


def test_async_list_with_raw_response(recording_server: RecordingServer) -> None:
    recording_server.reply = (200, PAGE)

    async def run() -> AsyncAPIResponse[AsyncPage[object]]:
        async with AsyncTelnyx(api_key="k", base_url=recording_server.url, max_retries=0) as client:
            return await client.queues.with_raw_response.list()  # type: ignore[return-value]

    raw = asyncio.run(run())
    assert isinstance(raw, AsyncAPIResponse) and raw.status_code == 200
    page = asyncio.run(raw.parse())
    assert isinstance(page, AsyncPage)
    assert [q.name for q in page.data] == ["support"]  # type: ignore[attr-defined]
    assert len(recording_server.requests) == 1
