"""`CallAIGatherPartialResultsWebhookEvent`, the official SDK's name of our `CallAIGatherPartialResultsEvent` (the same class)."""

from telnyx_voice.types.models import (
    CallAIGatherPartialResultsEvent as CallAIGatherPartialResultsWebhookEvent,
)

__all__ = ["CallAIGatherPartialResultsWebhookEvent"]
