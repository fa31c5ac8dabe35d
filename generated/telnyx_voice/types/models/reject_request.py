"""`RejectRequest` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from telnyx_voice._models import BaseModel, LenientEnum


class RejectRequestCause(LenientEnum):
    """
    Cause for call rejection.
    """

    CALL_REJECTED = "CALL_REJECTED"
    USER_BUSY = "USER_BUSY"


if TYPE_CHECKING:
    RejectRequestCauseLike: TypeAlias = RejectRequestCause | Literal["CALL_REJECTED", "USER_BUSY"]
else:
    RejectRequestCauseLike = RejectRequestCause


class RejectRequest(BaseModel):
    cause: RejectRequestCauseLike
    client_state: str | None = None
    """
    Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string.
    """
    command_id: str | None = None
    """
    Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`.
    """
