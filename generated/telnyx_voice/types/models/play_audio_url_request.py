"""`PlayAudioUrlRequest` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from telnyx_voice._models import BaseModel, LenientEnum


class PlayAudioUrlRequestAudioType(LenientEnum):
    """
    Specifies the type of audio provided in `audio_url` or `playback_content`.
    """

    MP3 = "mp3"
    WAV = "wav"


if TYPE_CHECKING:
    PlayAudioUrlRequestAudioTypeLike: TypeAlias = (
        PlayAudioUrlRequestAudioType | Literal["mp3", "wav"]
    )
else:
    PlayAudioUrlRequestAudioTypeLike = PlayAudioUrlRequestAudioType


class PlayAudioUrlRequest(BaseModel):
    audio_type: PlayAudioUrlRequestAudioTypeLike | None = PlayAudioUrlRequestAudioType.MP3
    audio_url: str | None = None
    """
    The URL of a file to be played back on the call. The URL can point to either a WAV or MP3 file. media_name and audio_url cannot be used together in one request.
    """
    cache_audio: bool = True
    """
    Caches the audio file. Useful when playing the same audio file multiple times during the call.
    """
    client_state: str | None = None
    """
    Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string.
    """
    command_id: str | None = None
    """
    Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`.
    """
    loop: str | int = 1
    """
    The number of times the audio file should be played. If supplied, the value must be an integer between 1 and 100, or the special string `infinity` for an endless loop.
    """
    media_name: str | None = None
    """
    The media_name of a file to be played back on the call. The media_name must point to a file previously uploaded to api.telnyx.com/v2/media by the same user/organization. The file must either be a WAV or MP3 file.
    """
    overlay: bool = False
    """
    When enabled, audio will be mixed on top of any other audio that is actively being played back. Note that `overlay: true` will only work if there is another audio file already being played on the call.
    """
    playback_content: str | None = None
    """
    Allows a user to provide base64 encoded mp3 or wav. Note: when using this parameter, `media_url` and `media_name` in the `playback_started` and `playback_ended` webhooks will be empty
    """
    stop: str | None = None
    """
    When specified, it stops the current audio being played. Specify `current` to stop the current audio being played, and to play the next file in the queue. Specify `all` to stop the current audio file being played and to also clear all audio files from the queue.
    """
    target_legs: str = "self"
    """
    Specifies the leg or legs on which audio will be played. If supplied, the value must be either `self`, `opposite` or `both`.
    """
