"""`ActionUnholdParams`: the keyword arguments of `client.conferences.actions.unhold`, as in the official SDK.

A `TypedDict` (`total=False`; required keys are `Required[...]`), so
`client.conferences.actions.unhold(id, **params)` works as with `telnyx`.
"""

from typing import Literal

from typing_extensions import Required, TypedDict

from telnyx_voice._types import SequenceNotStr

__all__ = ["ActionUnholdParams"]


class ActionUnholdParams(TypedDict, total=False):
    """The keyword arguments of `client.conferences.actions.unhold(id, **params)`."""

    call_control_ids: Required[SequenceNotStr[str]]
    """List of unique identifiers and tokens for controlling the call. Enter each call control ID to be unheld."""

    region: Literal["Australia", "Europe", "Middle East", "US"]
    """Region where the conference data is located. Defaults to the region defined in user's data locality settings (Europe or US). Allowed values: `"Australia"`, `"Europe"`, `"Middle East"`, `"US"`."""
