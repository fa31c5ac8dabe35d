"""`StartConferenceRecordingRequest` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Literal, TypeAlias

from pydantic import Field

from telnyx_voice._models import BaseModel, LenientEnum
from telnyx_voice.types.models.conference_region import ConferenceRegionLike


class StartConferenceRecordingRequestChannels(LenientEnum):
    """
    When `dual`, final audio file will be stereo recorded with the conference creator on the first channel, and the rest on the second channel.
    """

    SINGLE = "single"
    DUAL = "dual"


class StartConferenceRecordingRequestFormat(LenientEnum):
    """
    The audio file format used when storing the conference recording. Can be either `mp3` or `wav`.
    """

    WAV = "wav"
    MP3 = "mp3"


class StartConferenceRecordingRequestTrim(LenientEnum):
    """
    When set to `trim-silence`, silence will be removed from the beginning and end of the recording.
    """

    TRIM_SILENCE = "trim-silence"


if TYPE_CHECKING:
    StartConferenceRecordingRequestChannelsLike: TypeAlias = (
        StartConferenceRecordingRequestChannels | Literal["single", "dual"]
    )
    StartConferenceRecordingRequestFormatLike: TypeAlias = (
        StartConferenceRecordingRequestFormat | Literal["wav", "mp3"]
    )
    StartConferenceRecordingRequestTrimLike: TypeAlias = (
        StartConferenceRecordingRequestTrim | Literal["trim-silence"]
    )
else:
    StartConferenceRecordingRequestChannelsLike = StartConferenceRecordingRequestChannels
    StartConferenceRecordingRequestFormatLike = StartConferenceRecordingRequestFormat
    StartConferenceRecordingRequestTrimLike = StartConferenceRecordingRequestTrim


class StartConferenceRecordingRequest(BaseModel):
    channels: StartConferenceRecordingRequestChannelsLike | None = (
        StartConferenceRecordingRequestChannels.SINGLE
    )
    command_id: str | None = None
    """
    Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `conference_id`.
    """
    custom_file_name: Annotated[str | None, Field(max_length=40, min_length=1)] = None
    """
    The custom recording file name to be used instead of the default `call_leg_id`. Telnyx will still add a Unix timestamp suffix.
    """
    format: StartConferenceRecordingRequestFormatLike
    play_beep: bool | None = None
    """
    If enabled, a beep sound will be played at the start of a recording.
    """
    region: ConferenceRegionLike | None = None
    trim: StartConferenceRecordingRequestTrimLike | None = None
