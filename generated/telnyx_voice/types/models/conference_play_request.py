"""`ConferencePlayRequest` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from telnyx_voice._models import BaseModel
from telnyx_voice.types.models.conference_region import ConferenceRegionLike


class ConferencePlayRequest(BaseModel):
    audio_url: str | None = None
    """
    The URL of a file to be played back in the conference. media_name and audio_url cannot be used together in one request.
    """
    call_control_ids: list[str] | None = None
    """
    List of call control ids identifying participants the audio file should be played to. If not given, the audio file will be played to the entire conference.
    """
    loop: str | int = 1
    """
    The number of times the audio file should be played. If supplied, the value must be an integer between 1 and 100, or the special string `infinity` for an endless loop.
    """
    media_name: str | None = None
    """
    The media_name of a file to be played back in the conference. The media_name must point to a file previously uploaded to api.telnyx.com/v2/media by the same user/organization. The file must either be a WAV or MP3 file.
    """
    region: ConferenceRegionLike | None = None
