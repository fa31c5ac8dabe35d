"""`DialogflowConfig` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from telnyx_voice._models import BaseModel


class DialogflowConfig(BaseModel):
    analyze_sentiment: bool = False
    """
    Enable sentiment analysis from Dialogflow.
    """
    partial_automated_agent_reply: bool = False
    """
    Enable partial automated agent reply from Dialogflow.
    """
