"""`ConferenceHoldRequest` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from telnyx_voice._models import BaseModel
from telnyx_voice.types.models.conference_region import ConferenceRegionLike


class ConferenceHoldRequest(BaseModel):
    audio_url: str | None = None
    """
    The URL of a file to be played to the participants when they are put on hold. media_name and audio_url cannot be used together in one request.
    """
    call_control_ids: list[str] | None = None
    """
    List of unique identifiers and tokens for controlling the call. When empty all participants will be placed on hold.
    """
    media_name: str | None = None
    """
    The media_name of a file to be played to the participants when they are put on hold. The media_name must point to a file previously uploaded to api.telnyx.com/v2/media by the same user/organization. The file must either be a WAV or MP3 file.
    """
    region: ConferenceRegionLike | None = None
