"""`CallMachinePremiumGreetingEndedWebhookEvent`, the official SDK's name of our `CallMachinePremiumGreetingEndedEvent` (the same class)."""

from telnyx_voice.types.models import (
    CallMachinePremiumGreetingEndedEvent as CallMachinePremiumGreetingEndedWebhookEvent,
)

__all__ = ["CallMachinePremiumGreetingEndedWebhookEvent"]
