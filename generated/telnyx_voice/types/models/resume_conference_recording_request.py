"""`ResumeConferenceRecordingRequest` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from telnyx_voice._models import BaseModel
from telnyx_voice.types.models.conference_region import ConferenceRegionLike


class ResumeConferenceRecordingRequest(BaseModel):
    command_id: str | None = None
    """
    Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`.
    """
    recording_id: str | None = None
    """
    Use this field to resume specific recording.
    """
    region: ConferenceRegionLike | None = None
