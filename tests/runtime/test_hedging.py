"""Hedged commands against a real loopback server (uvicorn) that stalls chosen requests.

What is asserted is counted at the server (requests, their ``command_id``s, which were
disconnected); time only appears as generous upper bounds far below the stalls.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import time
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import httpx
import pytest
from telnyx_voice import AsyncTelnyx, DefaultAioHttpClient, Telnyx
from telnyx_voice.types.models import CallControlCommandResponse

from .stall_server import Seen, StallServer, stall_server

API_KEY = "KEYhedging0123"
CALL = "v3:hedge-call"
STALL = 3.0  # seconds a stalled request is held (the call must end long before)


def stall_first(seconds: float = STALL) -> Callable[[Seen], float]:
    """Hold the first request to arrive; answer the others at once."""
    return lambda seen: seconds if seen.index == 0 else 0.0


@pytest.fixture
def stalling_server() -> Iterator[StallServer]:
    with stall_server() as state:
        yield state


def _sync(stalling_server: StallServer, **kwargs: Any) -> Telnyx:
    return Telnyx(api_key=API_KEY, base_url=stalling_server.url, max_retries=0, **kwargs)


def _one_command_id(stalling_server: StallServer) -> str:
    ids = {s.command_id for s in stalling_server.seen}
    assert len(ids) == 1 and None not in ids, ids
    return str(ids.pop())


# -- sync ------------------------------------------------------------------------------------


def test_sync_hedge_is_sent_with_the_same_command_id_and_wins(
    stalling_server: StallServer, caplog: pytest.LogCaptureFixture
) -> None:
    stalling_server.stall = stall_first()
    with (
        caplog.at_level(logging.INFO, logger="telnyx_voice"),
        _sync(stalling_server, hedge_after=0.2) as c,
    ):
        started = time.monotonic()
        result = c.calls.actions.send_dtmf(CALL, digits="12", client_state="YQ==")
        elapsed = time.monotonic() - started
    assert isinstance(result, CallControlCommandResponse) and result.data is not None
    assert elapsed < STALL - 0.5  # the hedge answered; the stalled request did not hold us
    assert len(stalling_server.seen) == 2
    command_id = _one_command_id(stalling_server)
    first, hedge = stalling_server.seen
    assert first.path == hedge.path == f"/calls/{CALL}/actions/send_dtmf"
    # the server marks a request answered just after its response left: wait for that
    assert stalling_server.wait_until(lambda: hedge.answered, 5.0) and not first.answered
    hedges = [r for r in caplog.records if r.getMessage().startswith("Hedging POST")]
    assert len(hedges) == 1 and command_id in hedges[0].getMessage()
    # the abandoned request is not retried: it ends (answered late) and nothing follows it
    assert stalling_server.wait_until(lambda: first.answered or first.disconnected)
    time.sleep(0.2)
    assert len(stalling_server.seen) == 2


def test_sync_no_hedge_when_the_answer_comes_in_time(stalling_server: StallServer) -> None:
    with _sync(stalling_server, hedge_after=2.0) as c:
        c.calls.actions.send_dtmf(CALL, digits="1")
        c.calls.actions.send_dtmf(CALL, digits="2")
    assert len(stalling_server.seen) == 2 and len({s.command_id for s in stalling_server.seen}) == 2


def test_sync_max_hedges_is_respected(stalling_server: StallServer) -> None:
    stalling_server.stall = lambda seen: 1.5  # every request is slow: the original and 2 hedges
    with _sync(stalling_server, hedge_after=0.1, max_hedges=2) as c:
        c.calls.actions.speak(CALL, payload="hello", voice="female")
    assert len(stalling_server.seen) == 3
    _one_command_id(stalling_server)


def test_sync_operation_without_command_id_is_never_hedged(stalling_server: StallServer) -> None:
    stalling_server.stall = lambda seen: 0.6
    with _sync(stalling_server, hedge_after=0.1, max_hedges=3) as c:
        c.calls.retrieve_status(CALL)
    assert len(stalling_server.seen) == 1 and stalling_server.seen[0].command_id is None
    method = Telnyx(api_key=API_KEY).calls.retrieve_status
    assert "hedge_after" not in inspect.signature(method).parameters


def test_sync_hedging_per_call_and_with_options(stalling_server: StallServer) -> None:
    stalling_server.stall = lambda seen: 1.0 if seen.headers.get("x-stall") == "1" else 0.0
    stall = {"X-Stall": "1"}
    with _sync(stalling_server) as c:  # off by default
        c.calls.actions.send_dtmf(CALL, digits="1", extra_headers=stall)
        assert len(stalling_server.seen) == 1
        c.calls.actions.send_dtmf(CALL, digits="1", extra_headers=stall, hedge_after=0.1)
        assert len(stalling_server.seen) == 3
        hedging = c.with_options(hedge_after=0.1)
        hedging.calls.actions.send_dtmf(CALL, digits="1", extra_headers=stall)
        assert len(stalling_server.seen) == 5
        hedging.calls.actions.send_dtmf(CALL, digits="1", extra_headers=stall, hedge_after=None)
        assert len(stalling_server.seen) == 6
        hedging.with_options(max_hedges=0).calls.actions.send_dtmf(
            CALL, digits="1", extra_headers=stall
        )
        assert len(stalling_server.seen) == 7
    # each logical call kept one command_id across its original and hedge
    per_call = [s.command_id for s in stalling_server.seen]
    assert per_call[1] == per_call[2] and per_call[3] == per_call[4]
    assert len(set(per_call)) == 5


def test_hedge_after_must_be_positive() -> None:
    with pytest.raises(ValueError, match="hedge_after"):
        Telnyx(api_key=API_KEY, hedge_after=0)
    with pytest.raises(ValueError, match="max_hedges"):
        AsyncTelnyx(api_key=API_KEY, max_hedges=-1)
    with (
        Telnyx(api_key=API_KEY, base_url="http://127.0.0.1:9") as c,
        pytest.raises(ValueError, match="hedge_after"),
    ):
        c.calls.actions.send_dtmf(CALL, digits="1", hedge_after=-1.0)


# -- async -----------------------------------------------------------------------------------

HTTP_CLIENTS: dict[str, Callable[[], httpx.AsyncClient] | None] = {
    "httpx": None,
    "aiohttp": DefaultAioHttpClient,
}


@pytest.fixture(params=list(HTTP_CLIENTS))
async def aclient(
    request: pytest.FixtureRequest, stalling_server: StallServer
) -> AsyncIterator[AsyncTelnyx]:
    factory = HTTP_CLIENTS[request.param]
    extra = {} if factory is None else {"http_client": factory()}
    async with AsyncTelnyx(
        api_key=API_KEY, base_url=stalling_server.url, max_retries=0, **extra
    ) as c:
        yield c
    if factory is not None:
        await extra["http_client"].aclose()


async def test_async_hedge_wins_and_the_stalled_request_is_cancelled(
    aclient: AsyncTelnyx, stalling_server: StallServer, caplog: pytest.LogCaptureFixture
) -> None:
    stalling_server.stall = stall_first()
    with caplog.at_level(logging.INFO, logger="telnyx_voice"):
        started = time.monotonic()
        result = await aclient.with_options(hedge_after=0.2).calls.actions.send_dtmf(
            CALL, digits="12"
        )
        elapsed = time.monotonic() - started
    assert isinstance(result, CallControlCommandResponse)
    assert elapsed < STALL - 0.5
    assert len(stalling_server.seen) == 2
    _one_command_id(stalling_server)
    first, hedge = stalling_server.seen
    assert await asyncio.to_thread(stalling_server.wait_until, lambda: hedge.answered, 5.0)
    # the loser's task was cancelled: its connection closed while the server held it
    assert await asyncio.to_thread(stalling_server.wait_until, lambda: first.disconnected, STALL)
    assert not first.answered
    assert sum("Hedging POST" in r.getMessage() for r in caplog.records) == 1


async def test_async_max_hedges_and_concurrent_calls(
    aclient: AsyncTelnyx, stalling_server: StallServer
) -> None:
    stalling_server.stall = lambda seen: 1.5 if seen.headers.get("x-stall") == "1" else 0.0
    hedging = aclient.with_options(hedge_after=0.1, max_hedges=2)
    await hedging.calls.actions.speak(
        CALL, payload="hi", voice="female", extra_headers={"X-Stall": "1"}
    )
    assert len(stalling_server.seen) == 3
    _one_command_id(stalling_server)
    # 20 concurrent fast commands: no hedges, 20 distinct command_ids (a generous
    # hedge_after: 20 new connections on a loaded machine can take over 100 ms)
    patient = aclient.with_options(hedge_after=2.0)
    await asyncio.gather(*(patient.calls.actions.send_dtmf(CALL, digits="1") for _ in range(20)))
    assert len(stalling_server.seen) == 23
    assert len({s.command_id for s in stalling_server.seen[3:]}) == 20


async def test_async_operation_without_command_id_is_never_hedged(
    aclient: AsyncTelnyx, stalling_server: StallServer
) -> None:
    stalling_server.stall = lambda seen: 0.6
    await aclient.with_options(hedge_after=0.1, max_hedges=3).calls.retrieve_status(CALL)
    assert len(stalling_server.seen) == 1
    method = AsyncTelnyx(api_key=API_KEY).calls.retrieve_status
    assert "hedge_after" not in inspect.signature(method).parameters


async def test_async_per_call_hedge_after(
    aclient: AsyncTelnyx, stalling_server: StallServer
) -> None:
    stalling_server.stall = stall_first(1.5)
    await aclient.calls.actions.send_dtmf(CALL, digits="1", hedge_after=0.1)
    assert len(stalling_server.seen) == 2
    _one_command_id(stalling_server)


def test_sync_raw_and_streamed_responses_hedge_too(stalling_server: StallServer) -> None:
    stalling_server.stall = lambda seen: 1.5 if seen.headers.get("x-stall") == "1" else 0.0
    stall = {"X-Stall": "1"}
    with _sync(stalling_server, hedge_after=0.1) as c:
        raw = c.calls.actions.with_raw_response.send_dtmf(CALL, digits="1", extra_headers=stall)
        assert raw.status_code == 200 and raw.parse().data is not None
        assert len(stalling_server.seen) == 2
        with c.calls.actions.with_streaming_response.send_dtmf(
            CALL, digits="1", extra_headers=stall
        ) as streamed:
            assert streamed.json() == {"data": {"result": "ok"}}
        assert len(stalling_server.seen) == 4
    assert stalling_server.seen[0].command_id == stalling_server.seen[1].command_id
    assert stalling_server.seen[2].command_id == stalling_server.seen[3].command_id


async def test_async_streamed_response_hedges(
    aclient: AsyncTelnyx, stalling_server: StallServer
) -> None:
    stalling_server.stall = stall_first(1.5)
    hedging = aclient.with_options(hedge_after=0.1)
    async with hedging.calls.actions.with_streaming_response.send_dtmf(CALL, digits="1") as r:
        assert await r.json() == {"data": {"result": "ok"}}
    assert len(stalling_server.seen) == 2
    _one_command_id(stalling_server)


def test_settle_prefers_a_success_then_an_error_answer_then_a_transport_error() -> None:
    from telnyx_voice._base_client import _settle
    from telnyx_voice._exceptions import make_status_error

    request = httpx.Request("POST", "http://127.0.0.1/x")
    ok = [httpx.Response(200, request=request) for _ in range(2)]
    refused = make_status_error(httpx.Response(422, json={"errors": []}, request=request))
    timed_out = httpx.ReadTimeout("slow", request=request)

    both = _settle([timed_out, (ok[0], 0), refused, (ok[1], 1)])
    assert both.winner == (ok[0], 0) and both.surplus == [ok[1]]
    answered = _settle([timed_out, refused])
    assert answered.winner is None and answered.answer_error is refused
    lost = _settle([timed_out])
    assert lost.winner is None and lost.answer_error is None and lost.failure is timed_out


async def test_async_hedge_after_counts_from_when_the_request_got_a_connection(
    stalling_server: StallServer, caplog: pytest.LogCaptureFixture
) -> None:
    """A hedged command queued behind a slow request for the pool's only connection is not
    hedged while it waits: its hedge_after starts when it gets the connection (httpcore's
    trace), and then it is answered at once.  Counting from the start would have sent a
    copy at 0.2 s, which would only have queued behind it."""
    stalling_server.stall = lambda seen: 1.0 if seen.index == 0 else 0.0
    async with (
        httpx.AsyncClient(limits=httpx.Limits(max_connections=1)) as http,
        AsyncTelnyx(
            api_key=API_KEY, base_url=stalling_server.url, max_retries=0, http_client=http
        ) as c,
    ):
        with caplog.at_level(logging.INFO, logger="telnyx_voice"):
            slow = asyncio.ensure_future(c.calls.actions.send_dtmf(CALL, digits="1"))
            while not stalling_server.seen:  # the slow request holds the connection
                await asyncio.sleep(0.01)
            await c.calls.actions.send_dtmf(CALL, digits="2", hedge_after=0.2)
            await slow
    assert not [r for r in caplog.records if r.getMessage().startswith("Hedging")]
    assert len(stalling_server.seen) == 2  # no copy was sent
    # and once it has its connection, a stalled command is hedged as before
    stalling_server.stall = lambda seen: STALL if seen.index == 2 else 0.0
    async with AsyncTelnyx(
        api_key=API_KEY, base_url=stalling_server.url, max_retries=0, hedge_after=0.2
    ) as c:
        started = time.monotonic()
        await c.calls.actions.send_dtmf(CALL, digits="3")
        assert time.monotonic() - started < STALL - 0.5
    assert len(stalling_server.seen) == 4
    assert stalling_server.seen[2].command_id == stalling_server.seen[3].command_id
