"""`ActionRecordStartParams`: the keyword arguments of `client.conferences.actions.record_start`, as in the official SDK.

A `TypedDict` (`total=False`; required keys are `Required[...]`), so
`client.conferences.actions.record_start(id, **params)` works as with `telnyx`.
"""

from typing import Literal

from typing_extensions import Required, TypedDict

__all__ = ["ActionRecordStartParams"]


class ActionRecordStartParams(TypedDict, total=False):
    """The keyword arguments of `client.conferences.actions.record_start(id, **params)`."""

    format: Required[Literal["wav", "mp3"]]
    """The audio file format used when storing the conference recording. Can be either `mp3` or `wav`. Allowed values: `"wav"`, `"mp3"`."""

    channels: Literal["single", "dual"]
    """When `dual`, final audio file will be stereo recorded with the conference creator on the first channel, and the rest on the second channel. Allowed values: `"single"`, `"dual"`. Default: `"single"`."""

    command_id: str
    """Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `conference_id`."""

    custom_file_name: str
    """The custom recording file name to be used instead of the default `call_leg_id`. Telnyx will still add a Unix timestamp suffix."""

    play_beep: bool
    """If enabled, a beep sound will be played at the start of a recording."""

    region: Literal["Australia", "Europe", "Middle East", "US"]
    """Region where the conference data is located. Defaults to the region defined in user's data locality settings (Europe or US). Allowed values: `"Australia"`, `"Europe"`, `"Middle East"`, `"US"`."""

    trim: Literal["trim-silence"]
    """When set to `trim-silence`, silence will be removed from the beginning and end of the recording."""
