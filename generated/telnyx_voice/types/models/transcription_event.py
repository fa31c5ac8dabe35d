"""`TranscriptionEvent` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from typing import Literal
from uuid import UUID

from pydantic import AwareDatetime

from telnyx_voice._models import BaseModel, LenientEnum, WebhookEventModel


class TranscriptionPayloadTranscriptionDataTranscriptionTrack(LenientEnum):
    """
    Indicates which leg of the call has been transcribed. This is only available when `transcription_engine` is set to `B`.
    """

    INBOUND = "inbound"
    OUTBOUND = "outbound"


class TranscriptionRecordType(LenientEnum):
    """
    Identifies the type of the resource.
    """

    EVENT = "event"


class Transcription(BaseModel):
    event_type: Literal["call.transcription"] | None = None
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
    payload: TranscriptionPayload | None = None
    record_type: TranscriptionRecordType | None = None


class TranscriptionEvent(WebhookEventModel):
    data: Transcription | None = None


class TranscriptionPayload(BaseModel):
    call_control_id: str | None = None
    """
    Unique identifier and token for controlling the call.
    """
    call_leg_id: str | None = None
    """
    ID that is unique to the call and can be used to correlate webhook events.
    """
    call_session_id: str | None = None
    """
    ID that is unique to the call session and can be used to correlate webhook events. Call session is a group of related call legs that logically belong to the same phone call, e.g. an inbound and outbound leg of a transferred call.
    """
    client_state: str | None = None
    """
    Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string.
    """
    connection_id: str | None = None
    """
    Call Control App ID (formerly Telnyx connection ID) used in the call.
    """
    transcription_data: TranscriptionPayloadTranscriptionData | None = None


class TranscriptionPayloadTranscriptionData(BaseModel):
    confidence: float | None = None
    """
    Speech recognition confidence level.
    """
    is_final: bool | None = None
    """
    When false, it means that this is an interim result.
    """
    transcript: str | None = None
    """
    Recognized text.
    """
    transcription_track: TranscriptionPayloadTranscriptionDataTranscriptionTrack | None = None
