"""`CallMachineGreetingEndedWebhookEvent`, the official SDK's name of our `CallMachineGreetingEndedEvent` (the same class)."""

from telnyx_voice.types.models import (
    CallMachineGreetingEndedEvent as CallMachineGreetingEndedWebhookEvent,
)

__all__ = ["CallMachineGreetingEndedWebhookEvent"]
