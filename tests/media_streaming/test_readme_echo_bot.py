"""The README's echo bot (`<!-- example: echo-bot -->`), run as written: uvicorn on
loopback, a signed `call.initiated` webhook answered with `stream_url` and
`stream_bidirectional_mode="rtp"` (to the recording server standing in for Telnyx's API),
then FakeMediaStream playing a call into its WebSocket; and the README's test snippet
(`<!-- example: echo-bot-test -->`) against it."""

from __future__ import annotations

import json
import re
import types
from pathlib import Path
from typing import Any

import httpx
import pytest
from telnyx_voice import testing
from telnyx_voice.media_streaming import codecs

from .conftest import bounded, serve_asgi

README = Path(__file__).resolve().parents[2] / "README.md"
CALL_CONTROL_ID = "v3:echo-bot-call"
STREAM_URL = "wss://bot.example.com/media"


def readme_example(name: str) -> str:
    """The ```python block right after `<!-- example: NAME -->` in README.md."""
    text = README.read_text(encoding="utf-8")
    found = re.search(
        rf"^<!-- example: {re.escape(name)} -->\n```python\n(.*?)^```$", text, re.M | re.S
    )
    assert found, f"README.md has no `<!-- example: {name} -->` before a ```python block"
    return found.group(1)


def _load(name: str, code: str) -> types.ModuleType:
    module = types.ModuleType(name)
    exec(compile(code, f"README.md:{name}", "exec"), module.__dict__)
    return module


async def test_the_readme_echo_bot_answers_with_rtp_streaming_and_echoes(
    recording_server: Any, monkeypatch: pytest.MonkeyPatch, pcm_tone: bytes
) -> None:
    private_key, public_key = testing.generate_keypair()
    monkeypatch.setenv("TELNYX_API_KEY", "KEY-test")
    monkeypatch.setenv("TELNYX_BASE_URL", recording_server.url)
    monkeypatch.setenv("TELNYX_PUBLIC_KEY", public_key)
    monkeypatch.setenv("STREAM_URL", STREAM_URL)
    bot = _load("echo_bot", readme_example("echo-bot"))
    snippet = _load("echo_bot_test", readme_example("echo-bot-test"))

    event = testing.build_event(
        "call.initiated",
        {"call_control_id": CALL_CONTROL_ID, "direction": "incoming", "state": "parked"},
    )
    body = json.dumps(event).encode()
    async with serve_asgi(bot.app) as base:
        async with bounded(30):
            http = base.replace("ws://", "http://")
            async with httpx.AsyncClient() as client:
                reply = await client.post(
                    f"{http}/webhooks",
                    content=body,
                    headers=testing.sign(body, private_key=private_key),
                )
                unsigned = await client.post(f"{http}/webhooks", content=body)
            assert reply.status_code == 200
            assert unsigned.status_code == 400  # unverified: the bot does not answer

            telnyx = testing.FakeMediaStream(f"{base}/media", call_control_id=CALL_CONTROL_ID)
            await telnyx.play(pcm_tone, dtmf="1")
            await snippet.check_echo(f"{base}/media")
        await bot.client.close()

    (answer,) = recording_server.requests
    assert answer.method == "POST"
    assert answer.path == "/v2/calls/v3%3Aecho-bot-call/actions/answer"
    sent = answer.json()
    assert sent["stream_url"] == STREAM_URL
    assert sent["stream_bidirectional_mode"] == "rtp"
    assert sent["stream_bidirectional_codec"] == sent["stream_codec"] == "PCMU"
    assert telnyx.received_audio == codecs.encode_pcmu(pcm_tone)  # 1 s echoed
    assert len(telnyx.received) == 50 and telnyx.errors == []
    assert telnyx.close_code == 1000
