"""A webhook worker as deployed: Starlette app, router deduplicating in a shared Redis,
commands sent with the async client.  Configured by environment (for uvicorn processes):

* ``TELNYX_PUBLIC_KEY``, ``TELNYX_BASE_URL`` (the tests' recording server), ``TELNYX_API_KEY``;
* ``REDIS_URL``; ``DEDUPE``: ``redis`` (default) or ``none``;
* ``WORKER_NAME``: sent as ``x-worker`` with every command;
* ``HANDLER_DELAY``: seconds the ``call.initiated`` handler waits between its commands.

Handlers record each run in the Redis list ``runs`` (``"<worker> <data.id>"``); a delivery
the router acknowledged as a duplicate is recorded in ``duplicates`` with the state its
dedupe key had right after (``"<worker> <data.id> in-progress|done"``).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
from collections.abc import AsyncIterator

import redis.asyncio as aioredis
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route
from telnyx_voice import AsyncTelnyx
from telnyx_voice.types.models import CallDtmfReceivedEvent, CallInitiatedEvent
from telnyx_voice.webhooks import (
    RedisDedupeStore,
    WebhookParseError,
    WebhookRouter,
    WebhookVerificationError,
    decode_client_state,
    event_id_of,
)

WORKER = os.environ.get("WORKER_NAME", "worker")
DELAY = float(os.environ.get("HANDLER_DELAY", "0"))

redis_client = aioredis.Redis.from_url(os.environ["REDIS_URL"])
client = AsyncTelnyx(default_headers={"x-worker": WORKER}, max_retries=0)
router = WebhookRouter(
    dedupe=RedisDedupeStore(redis_client) if os.environ.get("DEDUPE", "redis") == "redis" else None
)


@router.on("call.initiated")
async def on_initiated(event: CallInitiatedEvent) -> str:
    assert event.data is not None and event.data.payload is not None
    cid = event.data.payload.call_control_id or ""
    await redis_client.rpush("runs", f"{WORKER} {event.data.id}")
    await client.calls.actions.answer(cid)
    await asyncio.sleep(DELAY)
    state = decode_client_state(event) or {}
    attempt = event.meta.attempt if event.meta is not None else None
    if state.get("fail_first_attempt") and attempt == 1:
        raise RuntimeError("handler failed on the first delivery")
    await client.calls.actions.speak(cid, payload="Welcome", voice="female")
    return "ran"


@router.on(CallDtmfReceivedEvent)
async def on_dtmf(event: CallDtmfReceivedEvent) -> str:
    # the load test's handler: record the run only
    assert event.data is not None
    await redis_client.rpush("runs", f"{WORKER} {event.data.id}")
    return "ran"


async def webhooks(request: Request) -> Response:
    body = await request.body()
    try:
        event = client.webhooks.unwrap(body, request.headers)
    except WebhookVerificationError:
        return PlainTextResponse("invalid signature", status_code=400)
    except WebhookParseError as exc:
        return PlainTextResponse(str(exc), status_code=422)
    try:
        result = await router.dispatch_async(event)
    except Exception as exc:
        return PlainTextResponse(f"handler failed: {exc}", status_code=500)
    if result is None and isinstance(router.dedupe, RedisDedupeStore):
        event_id = event_id_of(event)
        state = await redis_client.get(router.dedupe.prefix + str(event_id))
        kind = "done" if state == b"done" else "in-progress"
        await redis_client.rpush("duplicates", f"{WORKER} {event_id} {kind}")
    return PlainTextResponse("ok")


async def health(request: Request) -> Response:
    return PlainTextResponse(WORKER)


@contextlib.asynccontextmanager
async def lifespan(app: Starlette) -> AsyncIterator[None]:
    yield
    await client.aclose()
    await redis_client.aclose()


app = Starlette(
    routes=[Route("/webhooks", webhooks, methods=["POST"]), Route("/health", health)],
    lifespan=lifespan,
)
