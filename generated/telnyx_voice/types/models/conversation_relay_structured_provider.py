"""`ConversationRelayStructuredProvider` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from pydantic import ConfigDict

from telnyx_voice._models import BaseModel


class ConversationRelayStructuredProvider(BaseModel):
    """
    Provider-specific structured voice settings. Must be supplied together with `provider`; Telnyx sends the value as the nested provider configuration for Conversation Relay.
    """

    model_config = ConfigDict(
        extra="allow",
    )
