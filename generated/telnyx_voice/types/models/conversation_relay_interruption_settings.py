"""`ConversationRelayInterruptionSettings` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from telnyx_voice._models import BaseModel
from telnyx_voice.types.models.conversation_relay_interruptible import (
    ConversationRelayInterruptible,
    ConversationRelayInterruptibleLike,
)


class ConversationRelayInterruptionSettings(BaseModel):
    """
    Settings for handling caller interruptions during Conversation Relay speech.
    """

    enable: bool | None = None
    """
    Legacy boolean form. `true` is equivalent to `interruptible=any`; `false` is equivalent to `interruptible=none`.
    """
    interruptible: ConversationRelayInterruptibleLike | None = ConversationRelayInterruptible.ANY
    interruptible_greeting: ConversationRelayInterruptibleLike | None = (
        ConversationRelayInterruptible.ANY
    )
    welcome_greeting_interruptible: ConversationRelayInterruptibleLike | None = (
        ConversationRelayInterruptible.ANY
    )
