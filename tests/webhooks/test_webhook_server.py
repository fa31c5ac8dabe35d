"""End to end: a Starlette receiver served by uvicorn, real signed HTTP requests."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import uvicorn
from telnyx_voice import testing
from telnyx_voice.webhooks import WebhookRouter

from .wh_app import create_app
from .wh_models import REGISTRY, CallDtmfReceivedEvent

PRIVATE_KEY, PUBLIC_KEY = testing.generate_keypair()
OTHER_PRIVATE_KEY, _ = testing.generate_keypair()

CALLS: list[tuple[str, Any]] = []
router = WebhookRouter()


@router.on(CallDtmfReceivedEvent)
async def on_dtmf(event: CallDtmfReceivedEvent) -> str:
    CALLS.append(("dtmf", event.data.payload.digit))
    return "dtmf"


@router.fallback
def on_other(event: Any) -> str:
    CALLS.append(("fallback", event))
    return "fallback"


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    app = create_app(router, public_key=PUBLIC_KEY, registry=REGISTRY)
    config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.01)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        assert not thread.is_alive()


@pytest.fixture(autouse=True)
def _reset_calls() -> None:
    CALLS.clear()


def _dtmf_body(digit: str = "3") -> bytes:
    event = testing.build_event("call.dtmf.received", {"call_control_id": "v3:e2e", "digit": digit})
    return json.dumps(event).encode()


def _post(base_url: str, body: bytes, headers: dict[str, str]) -> httpx.Response:
    headers = {**headers, "content-type": "application/json"}
    return httpx.post(f"{base_url}/webhooks", content=body, headers=headers, timeout=10)


def test_valid_webhook_runs_handler(base_url: str) -> None:
    body = _dtmf_body("3")
    headers = {k.title(): v for k, v in testing.sign(body, private_key=PRIVATE_KEY).items()}
    response = _post(base_url, body, headers)
    assert response.status_code == 200, response.text
    assert response.json() == {"handled": "dtmf"}
    assert CALLS == [("dtmf", "3")]


def test_unknown_event_goes_to_fallback(base_url: str) -> None:
    body = json.dumps(testing.build_event("call.teleported", {"to": "mars"})).encode()
    response = _post(base_url, body, testing.sign(body, private_key=PRIVATE_KEY))
    assert response.status_code == 200, response.text
    assert response.json() == {"handled": "fallback"}
    assert CALLS[0][1].event_type == "call.teleported"


@pytest.mark.parametrize("attack", ["tampered", "stale", "future", "wrong-key", "no-headers"])
def test_forged_webhooks_are_rejected(base_url: str, attack: str) -> None:
    body = _dtmf_body("4")
    if attack == "tampered":
        headers = testing.sign(body, private_key=PRIVATE_KEY)
        body = body.replace(b'"4"', b'"5"')
    elif attack == "stale":
        headers = testing.sign(body, private_key=PRIVATE_KEY, timestamp=int(time.time()) - 600)
    elif attack == "future":
        headers = testing.sign(body, private_key=PRIVATE_KEY, timestamp=int(time.time()) + 600)
    elif attack == "wrong-key":
        headers = testing.sign(body, private_key=OTHER_PRIVATE_KEY)
    else:
        headers = {}
    response = _post(base_url, body, headers)
    assert response.status_code == 400, response.text
    assert CALLS == []


def test_signed_but_malformed_event_is_422(base_url: str) -> None:
    body = json.dumps(testing.build_event("call.dtmf.received", {"call_control_id": "x"})).encode()
    response = _post(base_url, body, testing.sign(body, private_key=PRIVATE_KEY))
    assert response.status_code == 422
    assert "data.payload.digit" in response.text
    assert CALLS == []
