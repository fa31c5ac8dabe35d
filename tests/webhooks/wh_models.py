"""A small hand-written event registry standing in for the generated one in tests."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

import pydantic
from telnyx_voice._models import BaseModel, LenientEnum


class Meta(BaseModel):
    attempt: int | None = None
    delivered_to: str | None = None


class DtmfPayload(BaseModel):
    call_control_id: str
    digit: str
    client_state: str | None = None
    from_: str | None = pydantic.Field(default=None, alias="from")


class CallDtmfReceivedData(BaseModel):
    record_type: Literal["event"] | None = None
    event_type: Literal["call.dtmf.received"]
    id: str | None = None
    occurred_at: datetime | None = None
    payload: DtmfPayload


class CallDtmfReceivedEvent(BaseModel):
    data: CallDtmfReceivedData
    meta: Meta | None = None


class MachineDetectionResult(LenientEnum):
    human = "human"
    machine = "machine"
    not_sure = "not_sure"


class MachineDetectionPayload(BaseModel):
    call_control_id: str
    result: MachineDetectionResult | None = None


class CallMachineDetectionEndedData(BaseModel):
    record_type: Literal["event"] | None = None
    event_type: Literal["call.machine.detection.ended"]
    id: str | None = None
    occurred_at: datetime | None = None
    payload: MachineDetectionPayload


class CallMachineDetectionEndedEvent(BaseModel):
    data: CallMachineDetectionEndedData
    meta: Meta | None = None


class HangupPayload(BaseModel):
    call_control_id: str
    hangup_cause: str | None = None


class CallHangupData(BaseModel):
    event_type: Literal["call.hangup"] | None = None
    payload: HangupPayload | None = None


class CallHangupEvent(BaseModel):
    data: CallHangupData | None = None


REGISTRY: dict[str, type[pydantic.BaseModel]] = {
    "call.dtmf.received": CallDtmfReceivedEvent,
    "call.machine.detection.ended": CallMachineDetectionEndedEvent,
    "call.hangup": CallHangupEvent,
}


class FloorChangedPayload(BaseModel):
    conference_id: str


class ConferenceFloorChangedEvent(BaseModel):
    """An event without a ``data`` envelope: ``event_type`` at the top level."""

    event_type: Literal["conference.floor.changed"] | None = None
    id: str | None = None
    payload: FloorChangedPayload | None = None


REGISTRY["conference.floor.changed"] = ConferenceFloorChangedEvent
