"""`ConferenceStopRequest` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from telnyx_voice._models import BaseModel
from telnyx_voice.types.models.conference_region import ConferenceRegionLike


class ConferenceStopRequest(BaseModel):
    call_control_ids: list[str] | None = None
    """
    List of call control ids identifying participants the audio file should stop be played to. If not given, the audio will be stoped to the entire conference.
    """
    region: ConferenceRegionLike | None = None
