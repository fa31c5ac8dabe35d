"""`SwitchSupervisorRoleRequest` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from telnyx_voice._models import BaseModel, LenientEnum


class SwitchSupervisorRoleRequestRole(LenientEnum):
    """
    The supervisor role to switch to. 'barge' allows speaking to both parties, 'whisper' allows speaking to caller only, 'monitor' allows listening only.
    """

    BARGE = "barge"
    WHISPER = "whisper"
    MONITOR = "monitor"


if TYPE_CHECKING:
    SwitchSupervisorRoleRequestRoleLike: TypeAlias = (
        SwitchSupervisorRoleRequestRole | Literal["barge", "whisper", "monitor"]
    )
else:
    SwitchSupervisorRoleRequestRoleLike = SwitchSupervisorRoleRequestRole


class SwitchSupervisorRoleRequest(BaseModel):
    role: SwitchSupervisorRoleRequestRoleLike
