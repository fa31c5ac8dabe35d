"""`StopForkingRequest` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from telnyx_voice._models import BaseModel, LenientEnum


class StopForkingRequestStreamType(LenientEnum):
    """
    Optionally specify a `stream_type`. This should match the `stream_type` that was used in `fork_start` command to properly stop the fork.
    """

    RAW = "raw"
    DECRYPTED = "decrypted"


if TYPE_CHECKING:
    StopForkingRequestStreamTypeLike: TypeAlias = (
        StopForkingRequestStreamType | Literal["raw", "decrypted"]
    )
else:
    StopForkingRequestStreamTypeLike = StopForkingRequestStreamType


class StopForkingRequest(BaseModel):
    client_state: str | None = None
    """
    Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string.
    """
    command_id: str | None = None
    """
    Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`.
    """
    stream_type: StopForkingRequestStreamTypeLike | None = StopForkingRequestStreamType.RAW
