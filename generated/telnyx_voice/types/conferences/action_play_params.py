"""`ActionPlayParams`: the keyword arguments of `client.conferences.actions.play`, as in the official SDK.

A `TypedDict` (`total=False`; required keys are `Required[...]`), so
`client.conferences.actions.play(id, **params)` works as with `telnyx`.
"""

from typing import Literal

from typing_extensions import TypedDict

from telnyx_voice._types import SequenceNotStr

__all__ = ["ActionPlayParams"]


class ActionPlayParams(TypedDict, total=False):
    """The keyword arguments of `client.conferences.actions.play(id, **params)`."""

    audio_url: str
    """The URL of a file to be played back in the conference. media_name and audio_url cannot be used together in one request."""

    call_control_ids: SequenceNotStr[str]
    """List of call control ids identifying participants the audio file should be played to. If not given, the audio file will be played to the entire conference."""

    loop: str | int
    """The number of times the audio file should be played. If supplied, the value must be an integer between 1 and 100, or the special string `infinity` for an endless loop. Default: `1`."""

    media_name: str
    """The media_name of a file to be played back in the conference. The media_name must point to a file previously uploaded to api.telnyx.com/v2/media by the same user/organization. The file must either be a WAV or MP3 file."""

    region: Literal["Australia", "Europe", "Middle East", "US"]
    """Region where the conference data is located. Defaults to the region defined in user's data locality settings (Europe or US). Allowed values: `"Australia"`, `"Europe"`, `"Middle East"`, `"US"`."""
