"""`ActionMuteParams`: the keyword arguments of `client.conferences.actions.mute`, as in the official SDK.

A `TypedDict` (`total=False`; required keys are `Required[...]`), so
`client.conferences.actions.mute(id, **params)` works as with `telnyx`.
"""

from typing import Literal

from typing_extensions import TypedDict

from telnyx_voice._types import SequenceNotStr

__all__ = ["ActionMuteParams"]


class ActionMuteParams(TypedDict, total=False):
    """The keyword arguments of `client.conferences.actions.mute(id, **params)`."""

    call_control_ids: SequenceNotStr[str]
    """Array of unique identifiers and tokens for controlling the call. When empty all participants will be muted."""

    region: Literal["Australia", "Europe", "Middle East", "US"]
    """Region where the conference data is located. Defaults to the region defined in user's data locality settings (Europe or US). Allowed values: `"Australia"`, `"Europe"`, `"Middle East"`, `"US"`."""
