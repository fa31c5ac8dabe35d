"""The README's webhook receiver (`<!-- example: webhook-receiver -->`), run as written:
its own process (uvicorn), signed deliveries, commands to a loopback recording server."""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from telnyx_voice import testing
from telnyx_voice.webhooks import COMMAND_ID_NAMESPACE, decode_client_state

from ..conftest import RecordingServer
from .procs import ROOT, Worker

MARKER = "<!-- example: webhook-receiver -->"
PRIVATE_KEY, PUBLIC_KEY = testing.generate_keypair()


def readme_example(name: str = "webhook-receiver") -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    match = re.search(
        rf"^<!-- example: {re.escape(name)} -->\n```python\n(.*?)^```$", text, re.S | re.M
    )
    assert match, f"README.md has no ```python block marked <!-- example: {name} -->"
    return match.group(1)


@pytest.fixture
def receiver(recording_server: RecordingServer, tmp_path: Path) -> Iterator[Worker]:
    (tmp_path / "receiver.py").write_text(readme_example(), encoding="utf-8")
    worker = Worker(
        "receiver.py",  # as the README says: `python receiver.py`
        {
            "TELNYX_API_KEY": "KEY_TEST",
            "TELNYX_BASE_URL": recording_server.url,
            "TELNYX_PUBLIC_KEY": PUBLIC_KEY,
        },
        cwd=tmp_path,
    )
    try:
        worker.wait_ready()
        yield worker
    finally:
        worker.stop()


def _deliver(receiver: Worker, body: dict[str, Any], *, signed: bool = True) -> int:
    raw = json.dumps(body).encode()
    headers = testing.sign(raw, private_key=PRIVATE_KEY) if signed else {}
    return httpx.post(
        receiver.url + "/webhooks", content=raw, headers=headers, timeout=10
    ).status_code


def test_the_readme_receiver_runs_the_ivr_once_per_delivery(
    receiver: Worker, recording_server: RecordingServer
) -> None:
    cid = "v3:readme-call"
    initiated = testing.build_event(
        "call.initiated", {"call_control_id": cid, "direction": "incoming"}
    )
    assert _deliver(receiver, initiated) == 204
    assert _deliver(receiver, initiated) == 204  # a redelivery: acknowledged, not run again
    answered = testing.build_event("call.answered", {"call_control_id": cid})
    assert _deliver(receiver, answered) == 204
    menu_state = recording_server.requests[-1].json()["client_state"]
    # drift: digits arrive as a number; still a CallGatherEndedEvent, still handled
    gathered = testing.build_event(
        "call.gather.ended",
        {"call_control_id": cid, "digits": 1, "status": "valid", "client_state": menu_state},
    )
    assert _deliver(receiver, gathered) == 204
    assert _deliver(receiver, {**gathered, "meta": {"attempt": 2}}) == 204
    assert _deliver(receiver, gathered, signed=False) == 400  # forged: refused

    actions = [r.path.rsplit("/", 1)[-1] for r in recording_server.requests]
    assert actions == ["answer", "gather_using_speak", "speak"]
    answer, gather, speak = (r.json() for r in recording_server.requests)
    assert all(
        r.path.startswith(f"/v2/calls/{quote(cid, safe='')}/actions/")
        for r in recording_server.requests
    )
    assert decode_client_state(answer["client_state"]) == {"step": "menu"}
    assert (
        gather["payload"] == "Press 1 for sales, 2 for support." and gather["maximum_digits"] == 1
    )
    assert speak["payload"] == "Connecting you to sales."
    assert decode_client_state(speak["client_state"]) == {"step": "sales", "tries": 1}
    # command_ids derived from each event's data.id
    for event, command, operation in (
        (initiated, answer, "AnswerCall"),
        (answered, gather, "GatherUsingSpeak"),
        (gathered, speak, "SpeakCall"),
    ):
        expected = uuid.uuid5(COMMAND_ID_NAMESPACE, f"{event['data']['id']}/{operation}/0")
        assert command["command_id"] == str(expected)
