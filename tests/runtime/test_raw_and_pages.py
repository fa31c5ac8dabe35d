"""Raw-response wrappers and pagination (page-number and cursor), sync and async."""

from __future__ import annotations

from typing import Any

import pytest
from telnyx_rt_models import LIST_CONFERENCES, LIST_RECORDINGS, SEND_DTMF, CommandResponse
from telnyx_voice._base_client import AsyncAPIClient, SyncAPIClient
from telnyx_voice._exceptions import UnprocessableEntityError
from telnyx_voice._pagination import AsyncPage, AsyncPaginator, SyncPage
from telnyx_voice._response import (
    APIResponse,
    AsyncAPIResponse,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from telnyx_voice._types import RequestOptions

from .conftest import API_KEY, FaultServer, Recorded, Reply


class Actions:
    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def send_dtmf(self, call_control_id: str, *, digits: str) -> CommandResponse:
        result: CommandResponse = self._client.request(
            SEND_DTMF,
            path_params={"call_control_id": call_control_id},
            body={"digits": digits},
            options=RequestOptions(),
        )
        return result

    def list(self, **query: Any) -> SyncPage[Any]:
        return self._client.request_page(LIST_CONFERENCES, query=query)


class AsyncActions:
    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def send_dtmf(self, call_control_id: str, *, digits: str) -> CommandResponse:
        result: CommandResponse = await self._client.request(
            SEND_DTMF, path_params={"call_control_id": call_control_id}, body={"digits": digits}
        )
        return result

    def list(self, **query: Any) -> AsyncPaginator[Any]:
        return self._client.request_page(LIST_CONFERENCES, query=query)


OK_WITH_ID = Reply(200, {"data": {"result": "ok"}}, {"x-request-id": "rid-1"})


def test_raw_response_sync(fault_server: FaultServer) -> None:
    fault_server.add(OK_WITH_ID)
    with SyncAPIClient(API_KEY, base_url=fault_server.url) as client:
        raw = to_raw_response_wrapper(Actions(client).send_dtmf)("v3:x", digits="1")
        assert isinstance(raw, APIResponse)
        assert raw.status_code == 200 and raw.request_id == "rid-1"
        assert raw.headers["content-type"] == "application/json"
        assert raw.json() == {"data": {"result": "ok"}}
        parsed = raw.parse()
        assert isinstance(parsed, CommandResponse) and parsed is raw.parse()
        # not raw outside the wrapper
        assert isinstance(Actions(client).send_dtmf("v3:x", digits="1"), CommandResponse)
    assert len(fault_server.requests) == 2


def test_raw_response_error_still_raises(fault_server: FaultServer) -> None:
    fault_server.add(Reply(422, {"errors": [{"code": "90018", "title": "Call has already ended"}]}))
    with SyncAPIClient(API_KEY, base_url=fault_server.url) as client:
        with pytest.raises(UnprocessableEntityError):
            to_raw_response_wrapper(Actions(client).send_dtmf)("v3:x", digits="1")


async def test_raw_response_async(fault_server: FaultServer) -> None:
    fault_server.add(OK_WITH_ID, PAGES(3))
    async with AsyncAPIClient(API_KEY, base_url=fault_server.url) as client:
        raw = await async_to_raw_response_wrapper(AsyncActions(client).send_dtmf)(
            "v3:x", digits="1"
        )
        assert isinstance(raw, AsyncAPIResponse) and raw.request_id == "rid-1"
        parsed = await raw.parse()
        assert isinstance(parsed, CommandResponse)
        raw_page = await async_to_raw_response_wrapper(AsyncActions(client).list)()
        page = await raw_page.parse()
        assert isinstance(page, AsyncPage) and [c.id for c in page.data] == ["c1a", "c1b"]
    assert len(fault_server.requests) == 2


def PAGES(total: int) -> Any:
    def reply(rec: Recorded) -> Reply:
        number = int(dict(rec.query).get("page[number]", "1"))
        return Reply(
            200,
            {
                "data": [{"id": f"c{number}a"}, {"id": f"c{number}b"}],
                "meta": {"page_number": number, "total_pages": total, "page_size": 2},
            },
        )

    return reply


def CURSORS(rec: Recorded) -> Reply:
    after = dict(rec.query).get("page[after]")
    nxt = {None: "k1", "k1": "k2", "k2": None}[after]
    return Reply(
        200,
        {"data": [{"id": f"r-{after}"}], "meta": {"cursors": {"after": nxt, "before": "b"}}},
    )


ALL_PAGES = ["c1a", "c1b", "c2a", "c2b", "c3a", "c3b"]


def test_page_number_sync(fault_server: FaultServer) -> None:
    fault_server.default = PAGES(3)
    with SyncAPIClient(API_KEY, base_url=fault_server.url) as client:
        page = Actions(client).list(page={"size": 2}, filter={"status": "x"})
        assert isinstance(page, SyncPage) and page.has_next_page()
        assert [c.id for c in page] == ALL_PAGES
        assert [p.meta.page_number for p in page.iter_pages()] == [1, 2, 3]
        last = page.get_next_page().get_next_page()
        assert not last.has_next_page()
        with pytest.raises(RuntimeError):
            last.get_next_page()
    first, second, third = fault_server.requests[:3]
    assert ("page[size]", "2") in second.query and ("filter[status]", "x") in third.query
    assert dict(second.query)["page[number]"] == "2" and dict(third.query)["page[number]"] == "3"
    assert "page[number]" not in dict(first.query)


async def test_page_number_async(fault_server: FaultServer) -> None:
    fault_server.default = PAGES(3)
    async with AsyncAPIClient(API_KEY, base_url=fault_server.url) as client:
        paginator = AsyncActions(client).list(page={"size": 2})
        assert fault_server.requests == []  # nothing until awaited
        assert [c.id async for c in paginator] == ALL_PAGES
        page = await paginator
        assert isinstance(page, AsyncPage) and page.meta.page_number == 1
        assert [c.id async for c in page] == ALL_PAGES
        pages = [p async for p in page.iter_pages()]
        assert len(pages) == 3
        assert not (await (await page.get_next_page()).get_next_page()).has_next_page()
    assert len(fault_server.requests) == 3 + 1 + 2 + 2 + 2


def test_cursor_sync(fault_server: FaultServer) -> None:
    fault_server.default = CURSORS
    with SyncAPIClient(API_KEY, base_url=fault_server.url) as client:
        page = client.request_page(LIST_RECORDINGS, query={"page": {"size": 1, "before": "z"}})
        assert [r.id for r in page] == ["r-None", "r-k1", "r-k2"]
    assert [dict(r.query).get("page[after]") for r in fault_server.requests] == [None, "k1", "k2"]
    assert "page[before]" not in dict(fault_server.requests[1].query)
    assert dict(fault_server.requests[2].query)["page[size]"] == "1"


async def test_cursor_async(fault_server: FaultServer) -> None:
    fault_server.default = CURSORS
    async with AsyncAPIClient(API_KEY, base_url=fault_server.url) as client:
        items = [r.id async for r in client.request_page(LIST_RECORDINGS)]
    assert items == ["r-None", "r-k1", "r-k2"]
    assert len(fault_server.requests) == 3


def test_stalled_pagination_stops(fault_server: FaultServer) -> None:
    fault_server.default = Reply(
        200, {"data": [{"id": "same"}], "meta": {"page_number": 1, "total_pages": 5}}
    )
    with SyncAPIClient(API_KEY, base_url=fault_server.url) as client:
        assert [c.id for c in client.request_page(LIST_CONFERENCES)] == ["same", "same"]
    assert len(fault_server.requests) == 2


def test_retry_during_pagination(fault_server: FaultServer) -> None:
    pages = PAGES(2)
    fault_server.add(pages, Reply(503), pages)
    sleeps: list[float] = []
    with SyncAPIClient(API_KEY, base_url=fault_server.url, _sleep=sleeps.append) as client:
        assert len(list(client.request_page(LIST_CONFERENCES))) == 4
    assert len(sleeps) == 1 and len(fault_server.requests) == 3
