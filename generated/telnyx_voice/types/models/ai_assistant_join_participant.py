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
    AIAssistantJoinParticipantOnHangupLike: TypeAlias = (
        AIAssistantJoinParticipantOnHangup | Literal["continue_conversation", "end_conversation"]
    )
    AIAssistantJoinParticipantRoleLike: TypeAlias = AIAssistantJoinParticipantRole | Literal["user"]
else:
    AIAssistantJoinParticipantOnHangupLike = AIAssistantJoinParticipantOnHangup
    AIAssistantJoinParticipantRoleLike = AIAssistantJoinParticipantRole


class AIAssistantJoinParticipant(BaseModel):
    id: str
    """
    The call_control_id of the participant to add to the conversation.
    """
    name: str | None = None
    """
    Display name for the participant.
    """
    on_hangup: AIAssistantJoinParticipantOnHangupLike | None = (
        AIAssistantJoinParticipantOnHangup.CONTINUE_CONVERSATION
    )
    role: AIAssistantJoinParticipantRoleLike
