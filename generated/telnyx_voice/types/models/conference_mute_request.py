"""`ConferenceMuteRequest` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from telnyx_voice._models import BaseModel
from telnyx_voice.types.models.conference_region import ConferenceRegionLike


class ConferenceMuteRequest(BaseModel):
    call_control_ids: list[str] | None = None
    """
    Array of unique identifiers and tokens for controlling the call. When empty all participants will be muted.
    """
    region: ConferenceRegionLike | None = None
