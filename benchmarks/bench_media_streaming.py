"""Media streaming: inbound ``media`` frames (20 ms of PCMU, as Telnyx sends them) read
into typed frames with the audio decoded.

Row 1, CPU per frame, no socket:

(floor)    ``json.loads(text)`` + ``base64.b64decode(obj["media"]["payload"])``
(ours)     ``telnyx_voice.media_streaming.parse_frame(text).audio`` (typed ``MediaFrame``,
           payload decoded and checked)

Row 2, frames through a real WebSocket on 127.0.0.1 (a ``websockets`` server; the sender, a
``websockets`` client, runs on the same event loop and sends ``--n`` frames then ``stop``);
wall time from the first frame sent to ``stop`` received, per frame:

(floor)    ``async for text in connection``: ``json.loads`` + ``base64.b64decode``
(ours)     ``async for frame in MediaStream(connection)``: ``frame.audio`` (typed frames,
           ``sequence_number`` reordering, every 50th pair of frames swapped in both)

The official SDK has no media streaming (no official column).  Interleaved rounds,
per-frame medians and min..max, ratio of medians to the floor; frames/s is 1e6 / µs.

    python benchmarks/bench_media_streaming.py [--n FRAMES] [--rounds R] [--json PATH]
"""

from __future__ import annotations

import asyncio
import base64
import gc
import json
import time
from collections.abc import Awaitable, Callable
from typing import Any

import _common as c

PAYLOAD = base64.b64encode(bytes(range(96, 256))).decode()  # 160 bytes: 20 ms of PCMU
STREAM_ID = "32de0dea-53cb-4b21-89a4-9283b4f9ca6d"


def frames(n: int) -> list[str]:
    """``n`` media frames numbered from 2 (after ``start``), every 50th pair swapped."""
    out = []
    for i in range(n):
        j = i + 1 if i % 50 == 0 and i + 1 < n else i - 1 if i % 50 == 1 else i
        out.append(
            json.dumps(
                {
                    "event": "media",
                    "sequence_number": str(j + 2),
                    "media": {
                        "track": "inbound",
                        "chunk": str(j + 1),
                        "timestamp": str(j * 20),
                        "payload": PAYLOAD,
                    },
                    "stream_id": STREAM_ID,
                }
            )
        )
    return out


def cpu_row(args: Any, texts: list[str]) -> dict[str, Any]:
    from telnyx_voice.media_streaming import parse_frame

    def floor() -> float:
        start = time.perf_counter()
        for text in texts:
            base64.b64decode(json.loads(text)["media"]["payload"])
        return (time.perf_counter() - start) / len(texts)

    def ours() -> float:
        start = time.perf_counter()
        for text in texts:
            parse_frame(text).audio  # type: ignore[union-attr]  # noqa: B018
        return (time.perf_counter() - start) / len(texts)

    assert len(parse_frame(texts[0]).audio) == 160  # type: ignore[union-attr]
    floor(), ours()  # warm-up
    samples = c.interleave({"floor": floor, "ours": ours}, args.rounds)
    return c.row(
        "media_parse",
        "media frame: typed parse + audio decode, CPU per frame (20 ms PCMU)",
        "µs",
        samples,
        scale=1e6,
        labels={
            "floor": "json.loads + base64.b64decode",
            "ours": "media_streaming.parse_frame(text).audio",
        },
        no_official=True,
    )


Reader = Callable[[Any], Awaitable[int]]


async def _floor_reader(connection: Any) -> int:
    count = 0
    async for text in connection:
        obj = json.loads(text)
        if obj["event"] == "media":
            base64.b64decode(obj["media"]["payload"])
            count += 1
        elif obj["event"] == "stop":
            break
    return count


async def _ours_reader(connection: Any) -> int:
    from telnyx_voice.media_streaming import MediaFrame, MediaStream

    count = 0
    async for frame in MediaStream(connection):
        if isinstance(frame, MediaFrame):
            frame.audio  # noqa: B018
            count += 1
    return count


async def _through_socket(reader: Reader, texts: list[str]) -> float:
    from websockets.asyncio.client import connect
    from websockets.asyncio.server import serve

    counted: asyncio.Future[int] = asyncio.get_running_loop().create_future()

    async def handler(connection: Any) -> None:
        counted.set_result(await reader(connection))

    async with serve(handler, "127.0.0.1", 0, ping_interval=None) as server:
        port = next(iter(server.sockets)).getsockname()[1]
        async with connect(f"ws://127.0.0.1:{port}", ping_interval=None) as ws:
            await ws.send('{"event":"connected","version":"1.0.0"}')
            await ws.send(
                '{"event":"start","sequence_number":"1","start":{"media_format":{"encoding":'
                f'"PCMU","sample_rate":8000,"channels":1}}}},"stream_id":"{STREAM_ID}"}}'
            )
            gc.collect()
            start = time.perf_counter()
            for text in texts:
                await ws.send(text)
            await ws.send(f'{{"event":"stop","sequence_number":"{len(texts) + 2}","stop":{{}}}}')
            count = await asyncio.wait_for(counted, 600)
            elapsed = time.perf_counter() - start
    assert count == len(texts), (count, len(texts))
    return elapsed / len(texts)


def socket_row(args: Any, texts: list[str]) -> dict[str, Any]:
    readers: dict[str, Reader] = {"floor": _floor_reader, "ours": _ours_reader}

    async def run() -> dict[str, list[float]]:
        names = list(readers)
        samples: dict[str, list[float]] = {name: [] for name in names}
        for name in names:  # warm-up
            await _through_socket(readers[name], texts[: max(len(texts) // 10, 1)])
        for r in range(args.rounds):
            for name in names if r % 2 == 0 else reversed(names):
                samples[name].append(await _through_socket(readers[name], texts))
        return samples

    samples = asyncio.run(run())
    return c.row(
        "media_stream",
        f"media frames through a loopback WebSocket ({len(texts)} per round), wall per frame",
        "µs",
        samples,
        scale=1e6,
        labels={
            "floor": "websockets recv + json.loads + b64decode",
            "ours": "MediaStream(connection), frame.audio",
        },
        no_official=True,
    )


def main() -> int:
    args = c.parse_args(__doc__, n=20_000, rounds=5, n_help="media frames per round and side")
    texts = frames(args.n)
    rows = [cpu_row(args, texts), socket_row(args, texts)]
    c.emit("bench_media_streaming", rows, args, frame_bytes=len(texts[0]))
    for r in rows:
        ours, floor = r["ours"]["median"], r["floor"]["median"]
        print(f"  frames/s: ours {1e6 / ours:,.0f}, floor {1e6 / floor:,.0f} ({r['key']})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
