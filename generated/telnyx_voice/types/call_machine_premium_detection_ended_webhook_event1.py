"""`CallMachinePremiumDetectionEndedWebhookEvent`, the official SDK's name of our `CallMachinePremiumDetectionEndedEvent` (the same class)."""

from telnyx_voice.types.models import (
    CallMachinePremiumDetectionEndedEvent as CallMachinePremiumDetectionEndedWebhookEvent,
)

__all__ = ["CallMachinePremiumDetectionEndedWebhookEvent"]
