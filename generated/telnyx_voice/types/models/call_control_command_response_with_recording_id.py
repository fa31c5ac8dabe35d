"""`CallControlCommandResponseWithRecordingID` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from uuid import UUID

from telnyx_voice._models import BaseModel


class CallControlCommandResponseWithRecordingID(BaseModel):
    data: CallControlCommandResultWithRecordingId | None = None


class CallControlCommandResultWithRecordingId(BaseModel):
    recording_id: UUID | None = None
    """
    The ID of the recording. Only present when the record parameter is set to record-from-answer.
    """
    result: str | None = None
