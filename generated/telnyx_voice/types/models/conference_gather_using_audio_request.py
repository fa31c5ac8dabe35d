"""`ConferenceGatherUsingAudioRequest` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from telnyx_voice._models import BaseModel


class ConferenceGatherUsingAudioRequest(BaseModel):
    audio_url: str | None = None
    """
    The URL of the audio file to play as the gather prompt. Must be WAV or MP3 format.
    """
    call_control_id: str
    """
    Unique identifier and token for controlling the call leg that will receive the gather prompt.
    """
    client_state: str | None = None
    """
    Use this field to add state to every subsequent webhook. Must be a valid Base-64 encoded string.
    """
    gather_id: Annotated[str | None, Field(max_length=100)] = None
    """
    Identifier for this gather command. Will be included in the gather ended webhook. Maximum 100 characters.
    """
    initial_timeout_millis: int | None = None
    """
    Duration in milliseconds to wait for the first digit before timing out.
    """
    inter_digit_timeout_millis: int = 5000
    """
    Duration in milliseconds to wait between digits.
    """
    invalid_audio_url: str | None = None
    """
    URL of audio file to play when invalid input is received.
    """
    invalid_media_name: str | None = None
    """
    Name of media file to play when invalid input is received.
    """
    maximum_digits: Annotated[int, Field(ge=1)] = 128
    """
    Maximum number of digits to gather.
    """
    maximum_tries: Annotated[int, Field(ge=1)] = 3
    """
    Maximum number of times to play the prompt if no input is received.
    """
    media_name: str | None = None
    """
    The name of the media file uploaded to the Media Storage API to play as the gather prompt.
    """
    minimum_digits: Annotated[int, Field(ge=1)] = 1
    """
    Minimum number of digits to gather.
    """
    stop_playback_on_dtmf: bool = True
    """
    Whether to stop the audio playback when a DTMF digit is received.
    """
    terminating_digit: str = "#"
    """
    Digit that terminates gathering.
    """
    timeout_millis: int = 60000
    """
    Duration in milliseconds to wait for input before timing out.
    """
    valid_digits: str = "0123456789#*"
    """
    Digits that are valid for gathering. All other digits will be ignored.
    """
