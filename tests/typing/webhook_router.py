"""Typing probes for the webhook router (checked by mypy --strict and pyright strict).

Each deliberate mistake ends with `# type: ignore[<mypy code>]`: both checkers must report
an error on that line (an unused ignore is an error). Correct usages carry no comment.
"""

from __future__ import annotations

from telnyx_voice.types.models import CallDtmfReceivedEvent, CallGatherEndedEvent
from telnyx_voice.webhooks import ParsedEvent, UnknownEvent, WebhookRouter

router = WebhookRouter()


# -- correct usages ---------------------------------------------------------------------


@router.on("call.gather.ended")
def on_gather(event: CallGatherEndedEvent) -> str:
    assert event.data is not None and event.data.payload is not None
    return event.data.payload.digits or ""


@router.on(CallDtmfReceivedEvent)
async def on_dtmf(event: CallDtmfReceivedEvent) -> None:
    assert event.data is not None


@router.on("call.teleported", allow_unknown=True)
def on_future(event: UnknownEvent) -> None: ...


@router.fallback
def on_other(event: ParsedEvent) -> None: ...


digits: str = on_gather(CallGatherEndedEvent())  # the decorator keeps the handler's type


# -- mistakes ---------------------------------------------------------------------------


def takes_dtmf(event: CallDtmfReceivedEvent) -> None: ...


router.on("call.gather.endd")  # type: ignore[call-overload]
router.on("call.gather.ended")(takes_dtmf)  # type: ignore[arg-type]
router.on(CallGatherEndedEvent)(takes_dtmf)  # type: ignore[arg-type]


@router.on("call.gather.ended")  # type: ignore[arg-type]
def wrong(event: CallDtmfReceivedEvent) -> None: ...


wrong_result: int = on_gather(CallGatherEndedEvent())  # type: ignore[assignment]
