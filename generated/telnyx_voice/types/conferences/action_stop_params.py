"""`ActionStopParams`: the keyword arguments of `client.conferences.actions.stop`, as in the official SDK.

A `TypedDict` (`total=False`; required keys are `Required[...]`), so
`client.conferences.actions.stop(id, **params)` works as with `telnyx`.
"""

from typing import Literal

from typing_extensions import TypedDict

from telnyx_voice._types import SequenceNotStr

__all__ = ["ActionStopParams"]


class ActionStopParams(TypedDict, total=False):
    """The keyword arguments of `client.conferences.actions.stop(id, **params)`."""

    call_control_ids: SequenceNotStr[str]
    """List of call control ids identifying participants the audio file should stop be played to. If not given, the audio will be stoped to the entire conference."""

    region: Literal["Australia", "Europe", "Middle East", "US"]
    """Region where the conference data is located. Defaults to the region defined in user's data locality settings (Europe or US). Allowed values: `"Australia"`, `"Europe"`, `"Middle East"`, `"US"`."""
