"""`ConferenceUnmuteRequest` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from telnyx_voice._models import BaseModel
from telnyx_voice.types.models.conference_region import ConferenceRegionLike


class ConferenceUnmuteRequest(BaseModel):
    call_control_ids: list[str] | None = None
    """
    List of unique identifiers and tokens for controlling the call. Enter each call control ID to be unmuted. When empty all participants will be unmuted.
    """
    region: ConferenceRegionLike | None = None
