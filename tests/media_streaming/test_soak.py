"""An hour of 20 ms media frames (180,000) through MediaStream over a real loopback
WebSocket, with no memory growth; no timing is asserted.

Two bounds: the number of live objects (``gc.get_objects()``) after 10,000 frames and at
the end of the hour, over the whole run; and tracemalloc over the last 30,000 frames
(tracing the whole hour would take minutes: tracemalloc slows allocation ~4x; a leak per
frame shows in any stretch of 30,000 frames as ~30,000 live allocations)."""

from __future__ import annotations

import asyncio
import gc
import sys
import tracemalloc
from pathlib import Path
from typing import Any

from telnyx_voice.media_streaming import MediaFrame, MediaStream, StopFrame

from .conftest import serve_websockets

FRAMES = 180_000  # 3600 s / 20 ms
WARM_UP = 10_000  # frames before the live objects are counted
TRACED = 30_000  # the last frames, under tracemalloc
GROWTH_BOUND = 64 * 1024  # bytes allocated while tracing and still alive at the end
OBJECTS_BOUND = 500  # live objects more at the end than after the warm-up
SENDER = Path(__file__).with_name("_sender.py")


async def test_an_hour_of_frames_without_memory_growth() -> None:
    result: dict[str, Any] = {"media": 0, "order_ok": True, "last": 1}

    async def handler(connection: Any) -> None:
        stream = MediaStream(connection)
        async for frame in stream:
            if isinstance(frame, MediaFrame):
                seq = int(frame.sequence_number or 0)
                result["order_ok"] &= seq == result["last"] + 1 and len(frame.audio) == 160
                result["last"] = seq
                result["media"] += 1
                if result["media"] == WARM_UP:
                    gc.collect()
                    result["objects"] = len(gc.get_objects())
                elif result["media"] == FRAMES - TRACED:
                    gc.collect()
                    tracemalloc.start()
                    result["baseline"] = tracemalloc.get_traced_memory()[0]
            elif isinstance(frame, StopFrame):
                gc.collect()
                result["current"], result["peak"] = tracemalloc.get_traced_memory()
                top = tracemalloc.take_snapshot().statistics("lineno")[:5]
                result["top"] = "\n".join(str(line) for line in top)  # shown on failure
                tracemalloc.stop()
                result["objects"] = len(gc.get_objects()) - result["objects"]
        result["late"] = stream.late_frames

    async with serve_websockets(handler, ping_interval=None) as url:
        sender = await asyncio.create_subprocess_exec(sys.executable, str(SENDER), url, str(FRAMES))
        try:
            code = await asyncio.wait_for(sender.wait(), 600)
        finally:
            if sender.returncode is None:
                sender.kill()
                await sender.wait()
    if tracemalloc.is_tracing():
        tracemalloc.stop()
    assert code == 0
    assert result["media"] == FRAMES and result["order_ok"] and result["late"] == 0
    growth = result["current"] - result["baseline"]
    print(
        f"\n{FRAMES} frames: {result['objects']} more live objects than after {WARM_UP}; "
        f"over the last {TRACED}: {growth} bytes still allocated (peak {result['peak']})"
    )
    assert growth < GROWTH_BOUND, f"{growth} bytes; largest:\n{result['top']}"
    assert result["objects"] < OBJECTS_BOUND, result["objects"]
