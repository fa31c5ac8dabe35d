"""`CallRecordingSavedEvent` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from typing import Literal
from uuid import UUID

from pydantic import AwareDatetime

from telnyx_voice._models import BaseModel, LenientEnum, WebhookEventModel


class CallRecordingSavedPayloadChannels(LenientEnum):
    """
    Whether recording was recorded in `single` or `dual` channel.
    """

    SINGLE = "single"
    DUAL = "dual"


class CallRecordingSavedRecordType(LenientEnum):
    """
    Identifies the type of the resource.
    """

    EVENT = "event"


class CallRecordingSaved(BaseModel):
    event_type: Literal["call.recording.saved"] | None = None
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
    payload: CallRecordingSavedPayload | None = None
    record_type: CallRecordingSavedRecordType | None = None


class CallRecordingSavedEvent(WebhookEventModel):
    data: CallRecordingSaved | None = None


class CallRecordingSavedPayload(BaseModel):
    call_leg_id: str | None = None
    """
    ID that is unique to the call and can be used to correlate webhook events.
    """
    call_session_id: str | None = None
    """
    ID that is unique to the call session and can be used to correlate webhook events. Call session is a group of related call legs that logically belong to the same phone call, e.g. an inbound and outbound leg of a transferred call.
    """
    channels: CallRecordingSavedPayloadChannels | None = None
    client_state: str | None = None
    """
    State received from a command.
    """
    connection_id: str | None = None
    """
    Call Control App ID (formerly Telnyx connection ID) used in the call.
    """
    public_recording_urls: CallRecordingSavedPayloadPublicRecordingUrls | None = None
    recording_ended_at: AwareDatetime | None = None
    """
    ISO 8601 datetime of when recording ended.
    """
    recording_started_at: AwareDatetime | None = None
    """
    ISO 8601 datetime of when recording started.
    """
    recording_urls: CallRecordingSavedPayloadRecordingUrls | None = None


class CallRecordingSavedPayloadPublicRecordingUrls(BaseModel):
    """
    Recording URLs in requested format. The URL is valid for as long as the file exists. For security purposes, this feature is activated on a per request basis.  Please contact customer support with your Account ID to request activation.
    """

    mp3: str | None = None
    """
    Recording URL in requested `mp3` format.
    """
    wav: str | None = None
    """
    Recording URL in requested `wav` format.
    """


class CallRecordingSavedPayloadRecordingUrls(BaseModel):
    """
    Recording URLs in requested format. These URLs are valid for 10 minutes. After 10 minutes, you may retrieve recordings via API using Reports -> Call Recordings documentation, or via Mission Control under Reporting -> Recordings.
    """

    mp3: str | None = None
    """
    Recording URL in requested `mp3` format.
    """
    wav: str | None = None
    """
    Recording URL in requested `wav` format.
    """
