"""Two uvicorn worker processes sharing one real Redis receive the same signed webhooks."""

from __future__ import annotations

import http.client
import json
import os
import random
import threading
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import redis
from telnyx_voice import testing
from telnyx_voice.webhooks import COMMAND_ID_NAMESPACE, encode_client_state

from ..conftest import RecordingServer
from .procs import Worker

PRIVATE_KEY, PUBLIC_KEY = testing.generate_keypair()
APP = "tests.webhooks.worker_app:app"


def _start(n: int, recording_server: RecordingServer, redis_url: str, **env: str) -> list[Worker]:
    workers = [
        Worker(
            APP,
            {
                "TELNYX_PUBLIC_KEY": PUBLIC_KEY,
                "TELNYX_API_KEY": "KEY_TEST",
                "TELNYX_BASE_URL": recording_server.url,
                "REDIS_URL": redis_url,
                "WORKER_NAME": f"w{i}",
                **env,
            },
        )
        for i in range(n)
    ]
    try:
        for worker in workers:
            worker.wait_ready()
    except BaseException:
        for worker in workers:
            worker.stop()
        raise
    return workers


@pytest.fixture
def workers(recording_server: RecordingServer, redis_url: str) -> Iterator[list[Worker]]:
    started = _start(2, recording_server, redis_url, HANDLER_DELAY="0.3")
    try:
        yield started
    finally:
        for worker in started:
            worker.stop()


def _initiated(
    call: str, *, attempt: int = 1, state: Any = None, event_id: str | None = None
) -> bytes:
    payload: dict[str, Any] = {
        "call_control_id": call,
        "from": "+18005550101",
        "to": "+18005550100",
    }
    if state is not None:
        payload["client_state"] = encode_client_state(state)
    overrides: dict[str, Any] = {
        "meta": {"attempt": attempt, "delivered_to": "http://127.0.0.1/webhooks"}
    }
    if event_id is not None:
        overrides["id"] = event_id
    return json.dumps(testing.build_event("call.initiated", payload, **overrides)).encode()


Signed = list[tuple[str, bytes, dict[str, str]]]


def _sign_all(deliveries: list[tuple[str, bytes]]) -> Signed:
    return [(url, body, testing.sign(body, private_key=PRIVATE_KEY)) for url, body in deliveries]


def _post_all(deliveries: list[tuple[str, bytes]], concurrency: int = 16) -> list[int]:
    return _post_signed(_sign_all(deliveries), concurrency)


def _post_signed(signed: Signed, concurrency: int) -> list[int]:
    """POST each (worker url, body, headers) from ``concurrency`` threads at once (each
    keeps one connection per worker: the stdlib client is cheap enough that the workers,
    not the load generator, set the pace); the statuses, in order."""
    local = threading.local()

    def one(item: tuple[str, bytes, dict[str, str]]) -> int:
        url, body, headers = item
        conns: dict[str, http.client.HTTPConnection] = local.__dict__.setdefault("conns", {})
        conn = conns.get(url)
        if conn is None:
            parts = urlsplit(url)
            conn = conns[url] = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
        conn.request(
            "POST", "/webhooks", body=body, headers={**headers, "content-type": "application/json"}
        )
        response = conn.getresponse()
        response.read()
        return response.status

    with ThreadPoolExecutor(max_workers=min(concurrency, len(signed))) as pool:
        return list(pool.map(one, signed))


def _cpu_seconds(worker: Worker) -> float:
    """User + system CPU time of a worker process (Linux /proc; 0 elsewhere)."""
    try:
        fields = Path(f"/proc/{worker.proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _runs(redis_url: str, key: str = "runs") -> list[str]:
    return [r.decode() for r in redis.Redis.from_url(redis_url).lrange(key, 0, -1)]


def _commands(recording_server: RecordingServer, action: str) -> list[dict[str, Any]]:
    return [
        {**r.json(), "worker": r.headers.get("x-worker"), "path": r.path}
        for r in recording_server.requests
        if r.path.endswith("/actions/" + action)
    ]


def test_same_delivery_to_both_workers_runs_its_handler_once(
    workers: list[Worker], recording_server: RecordingServer, redis_url: str
) -> None:
    rounds = 5
    for i in range(rounds):
        body = _initiated(f"v3:call-{i}")
        statuses = _post_all([(w.url, body) for w in workers])
        assert statuses == [200, 200]
    runs = _runs(redis_url)
    assert len(runs) == rounds, runs  # once per delivery, in total over both workers
    # the other worker acknowledged each one without running it, (nearly always) while the
    # first was still in progress: the concurrent path, not just a later duplicate
    duplicates = _runs(redis_url, "duplicates")
    assert len(duplicates) == rounds
    assert {d.split()[1] for d in duplicates} == {r.split()[1] for r in runs}
    assert any(d.endswith(" in-progress") for d in duplicates), duplicates
    answers, speaks = _commands(recording_server, "answer"), _commands(recording_server, "speak")
    assert len(answers) == len(speaks) == rounds
    # the commands carry command_ids derived from the event (uuid5), not random ones
    for command in answers + speaks:
        assert command["command_id"] and len(command["command_id"]) == 36


def test_without_dedupe_both_workers_send_identical_command_ids(
    recording_server: RecordingServer, redis_url: str
) -> None:
    started = _start(2, recording_server, redis_url, DEDUPE="none", HANDLER_DELAY="0.05")
    try:
        for i in range(3):
            body = _initiated(f"v3:both-{i}")
            assert (_post_all([(w.url, body) for w in started])) == [200, 200]
    finally:
        for worker in started:
            worker.stop()
    assert len(_runs(redis_url)) == 6  # both ran, every time
    for action in ("answer", "speak"):
        by_call: dict[str, list[dict[str, Any]]] = {}
        for command in _commands(recording_server, action):
            by_call.setdefault(command["path"], []).append(command)
        assert len(by_call) == 3
        for commands in by_call.values():
            assert {c["worker"] for c in commands} == {"w0", "w1"}
            ids = {c["command_id"] for c in commands}
            assert len(ids) == 1, f"{action}: workers sent different command_ids {ids}"


def test_redelivery_after_a_handler_failure_runs_again(
    workers: list[Worker], recording_server: RecordingServer, redis_url: str
) -> None:
    event_id = "5a1d1c44-6d3e-4a57-9f39-2f5a8e0f0c11"
    first = _initiated("v3:retry", attempt=1, state={"fail_first_attempt": True}, event_id=event_id)
    assert (_post_all([(workers[0].url, first)])) == [500]
    # Telnyx redelivers (attempt 2) to whichever worker; the claim was released
    again = _initiated("v3:retry", attempt=2, state={"fail_first_attempt": True}, event_id=event_id)
    assert (_post_all([(workers[1].url, again)])) == [200]
    # and a further duplicate is acknowledged without running
    assert (_post_all([(workers[0].url, again)])) == [200]
    assert _runs(redis_url) == [f"w0 {event_id}", f"w1 {event_id}"]
    answers = _commands(recording_server, "answer")
    assert [a["worker"] for a in answers] == ["w0", "w1"]
    # Telnyx executes the answer once: both carry the id derived from data.id
    expected = str(uuid.uuid5(COMMAND_ID_NAMESPACE, f"{event_id}/AnswerCall/0"))
    assert answers[0]["command_id"] == answers[1]["command_id"] == expected
    assert [s["worker"] for s in _commands(recording_server, "speak")] == ["w1"]


def test_load_2000_distinct_webhooks_with_30_percent_duplicates(
    recording_server: RecordingServer, redis_url: str, record_property: Any
) -> None:
    distinct, duplicates = 2000, 600
    bodies = [
        json.dumps(
            testing.build_event("call.dtmf.received", {"call_control_id": f"v3:{i}", "digit": "1"})
        ).encode()
        for i in range(distinct)
    ]
    rng = random.Random(12)
    deliveries = bodies + [rng.choice(bodies) for _ in range(duplicates)]
    rng.shuffle(deliveries)
    started = _start(2, recording_server, redis_url)
    try:
        plan = _sign_all([(started[i % 2].url, body) for i, body in enumerate(deliveries)])
        cpu0 = [_cpu_seconds(w) for w in started]
        t0 = time.perf_counter()
        statuses = _post_signed(plan, concurrency=16)
        elapsed = time.perf_counter() - t0
        cpu = sum(_cpu_seconds(w) - c for w, c in zip(started, cpu0, strict=True))
    finally:
        for worker in started:
            worker.stop()
    assert Counter(statuses) == {200: distinct + duplicates}
    runs = _runs(redis_url)
    handled = Counter(r.split(" ", 1)[1] for r in runs)
    ids = {json.loads(b)["data"]["id"] for b in bodies}
    assert set(handled) == ids and set(handled.values()) == {1}  # each exactly once
    assert {r.split(" ", 1)[0] for r in runs} == {"w0", "w1"}  # both workers took part
    assert len(_runs(redis_url, "duplicates")) == duplicates  # each acknowledged, not run
    rate = len(deliveries) / elapsed
    record_property("webhooks_per_second", round(rate))
    record_property("worker_cpu_ms_per_delivery", round(cpu * 1000 / len(deliveries), 2))
    print(
        f"\nload: {len(deliveries)} deliveries ({distinct} distinct, {duplicates} duplicates) "
        f"over 2 workers in {elapsed:.2f} s = {rate:.0f} webhooks/s; worker CPU "
        f"{cpu * 1000 / len(deliveries):.2f} ms per delivery (uvicorn + Starlette + SDK + Redis)"
    )
