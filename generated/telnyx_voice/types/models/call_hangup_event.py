"""`CallHangupEvent` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from typing import Annotated, Literal
from uuid import UUID

from pydantic import AwareDatetime, Field

from telnyx_voice._models import BaseModel, LenientEnum, WebhookEventModel
from telnyx_voice.types.models.custom_sip_header import CustomSipHeader
from telnyx_voice.types.models.sip_header import SipHeader


class CallHangupPayloadHangupCause(LenientEnum):
    """
    The reason the call was ended (`call_rejected`, `normal_clearing`, `originator_cancel`, `timeout`, `time_limit`, `user_busy`, `not_found`, `no_answer` or `unspecified`).
    """

    CALL_REJECTED = "call_rejected"
    NORMAL_CLEARING = "normal_clearing"
    ORIGINATOR_CANCEL = "originator_cancel"
    TIMEOUT = "timeout"
    TIME_LIMIT = "time_limit"
    USER_BUSY = "user_busy"
    NOT_FOUND = "not_found"
    NO_ANSWER = "no_answer"
    UNSPECIFIED = "unspecified"


class CallHangupPayloadHangupSource(LenientEnum):
    """
    The party who ended the call (`callee`, `caller`, `unknown`).
    """

    CALLER = "caller"
    CALLEE = "callee"
    UNKNOWN = "unknown"


class CallHangupPayloadState(LenientEnum):
    """
    State received from a command.
    """

    HANGUP = "hangup"


class CallHangupRecordType(LenientEnum):
    """
    Identifies the type of the resource.
    """

    EVENT = "event"


class CallHangup(BaseModel):
    event_type: Literal["call.hangup"] | None = None
    """
    The type of event being delivered.
    """
    id: UUID | None = None
    """
    Identifies the type of resource.
    """
    occurred_at: AwareDatetime | None = None
    """
    ISO 8601 datetime of when the event occurred.
    """
    payload: CallHangupPayload | None = None
    record_type: CallHangupRecordType | None = None


class CallHangupEvent(WebhookEventModel):
    data: CallHangup | None = None


class CallHangupPayload(BaseModel):
    call_control_id: str | None = None
    """
    Call ID used to issue commands via Call Control API.
    """
    call_leg_id: str | None = None
    """
    ID that is unique to the call and can be used to correlate webhook events.
    """
    call_quality_stats: CallHangupPayloadCallQualityStats | None = None
    call_session_id: str | None = None
    """
    ID that is unique to the call session and can be used to correlate webhook events. Call session is a group of related call legs that logically belong to the same phone call, e.g. an inbound and outbound leg of a transferred call.
    """
    client_state: str | None = None
    """
    State received from a command.
    """
    connection_id: str | None = None
    """
    Call Control App ID (formerly Telnyx connection ID) used in the call.
    """
    custom_headers: list[CustomSipHeader] | None = None
    """
    Custom headers set on answer command
    """
    from_: Annotated[str | None, Field(alias="from")] = None
    """
    Number or SIP URI placing the call.
    """
    hangup_cause: CallHangupPayloadHangupCause | None = None
    hangup_source: CallHangupPayloadHangupSource | None = None
    sip_hangup_cause: str | None = None
    """
    The reason the call was ended (SIP response code). If the SIP response is unavailable (in inbound calls for example) this is set to `unspecified`.
    """
    sip_headers: list[SipHeader] | None = None
    """
    User-to-User and Diversion headers from sip invite.
    """
    start_time: AwareDatetime | None = None
    """
    ISO 8601 datetime of when the call started.
    """
    state: CallHangupPayloadState | None = None
    tags: list[str] | None = None
    """
    Array of tags associated to number.
    """
    to: str | None = None
    """
    Destination number or SIP URI of the call.
    """


class CallHangupPayloadCallQualityStats(BaseModel):
    """
    Call quality statistics aggregated from the CHANNEL_HANGUP_COMPLETE event. Only includes metrics that are available (filters out nil values). Returns nil if no metrics are available.
    """

    inbound: CallHangupPayloadCallQualityStatsInbound | None = None
    outbound: CallHangupPayloadCallQualityStatsOutbound | None = None


class CallHangupPayloadCallQualityStatsInbound(BaseModel):
    """
    Inbound call quality statistics.
    """

    jitter_max_variance: str | None = None
    """
    Maximum jitter variance for inbound audio.
    """
    jitter_packet_count: str | None = None
    """
    Number of packets used for jitter calculation on inbound audio.
    """
    mos: str | None = None
    """
    Mean Opinion Score (MOS) for inbound audio quality.
    """
    packet_count: str | None = None
    """
    Total number of inbound audio packets.
    """
    skip_packet_count: str | None = None
    """
    Number of skipped inbound packets (packet loss).
    """


class CallHangupPayloadCallQualityStatsOutbound(BaseModel):
    """
    Outbound call quality statistics.
    """

    packet_count: str | None = None
    """
    Total number of outbound audio packets.
    """
    skip_packet_count: str | None = None
    """
    Number of skipped outbound packets (packet loss).
    """
