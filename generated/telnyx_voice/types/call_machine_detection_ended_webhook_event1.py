"""`CallMachineDetectionEndedWebhookEvent`, the official SDK's name of our `CallMachineDetectionEndedEvent` (the same class)."""

from telnyx_voice.types.models import (
    CallMachineDetectionEndedEvent as CallMachineDetectionEndedWebhookEvent,
)

__all__ = ["CallMachineDetectionEndedWebhookEvent"]
