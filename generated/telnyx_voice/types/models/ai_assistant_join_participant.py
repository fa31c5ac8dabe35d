"""`AIAssistantJoinParticipant` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from telnyx_voice._models import BaseModel, LenientEnum


class AIAssistantJoinParticipantOnHangup(LenientEnum):
    """
    Determines what happens to the conversation when this participant hangs up.
    """

    CONTINUE_CONVERSATION = "continue_conversation"
    END_CONVERSATION = "end_conversation"


class AIAssistantJoinParticipantRole(LenientEnum):
    """
    The role of the participant in the conversation.
    """

    USER = "user"


if TYPE_CHECKING:
    _AIAssistantJoinParticipantOnHangupValue: TypeAlias = (
        AIAssistantJoinParticipantOnHangup | Literal["continue_conversation", "end_conversation"]
    )
    _AIAssistantJoinParticipantRoleValue: TypeAlias = (
        AIAssistantJoinParticipantRole | Literal["user"]
    )
else:
    _AIAssistantJoinParticipantOnHangupValue = AIAssistantJoinParticipantOnHangup
    _AIAssistantJoinParticipantRoleValue = AIAssistantJoinParticipantRole


class AIAssistantJoinParticipant(BaseModel):
    id: str
    """
    The call_control_id of the participant to add to the conversation.
    """
    name: str | None = None
    """
    Display name for the participant.
    """
    on_hangup: _AIAssistantJoinParticipantOnHangupValue | None = (
        AIAssistantJoinParticipantOnHangup.CONTINUE_CONVERSATION
    )
    role: _AIAssistantJoinParticipantRoleValue
