"""Typing probes for deadlines and hedging (see requests_probe.py for the convention).

`hedge_after=` exists only on operations with `command_id`; `timeouts=` maps a category to
a timeout. Never executed.
"""

from __future__ import annotations

import httpx

from telnyx_voice import AsyncTelnyx, Telnyx

CID = "v3:probe"


def correct_usages(client: Telnyx) -> None:
    hedging = Telnyx(timeouts={"interactive": 2.0, "responsive": httpx.Timeout(10.0)}, hedge_after=0.5)
    hedging.calls.actions.speak(CID, payload="Hi", voice="female", hedge_after=None)
    client.calls.actions.send_dtmf(CID, digits="1", hedge_after=0.25, timeout=1.0)
    client.with_options(hedge_after=None, max_hedges=2, timeouts={"background": None})
    client.calls.retrieve_status(CID, timeout=3.0)


async def correct_async(client: AsyncTelnyx) -> None:
    await client.calls.actions.answer(CID, hedge_after=0.5)
    await client.with_options(hedge_after=0.5).conferences.actions.join(
        "conf", call_control_id=CID, hedge_after=None
    )


def mistakes(client: Telnyx) -> None:
    client.calls.retrieve_status(CID, hedge_after=0.5)  # type: ignore[call-arg]
    client.calls.actions.send_dtmf(CID, digits="1", hedge_after="500ms")  # type: ignore[arg-type]
    Telnyx(hedge_after="0.5")  # type: ignore[arg-type]
    Telnyx(timeouts={"interactive": "5s"})  # type: ignore[dict-item]
    client.with_options(max_hedges=1.5)  # type: ignore[arg-type]
