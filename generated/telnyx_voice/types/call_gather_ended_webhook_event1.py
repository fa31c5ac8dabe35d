"""`CallGatherEndedWebhookEvent`, the official SDK's name of our `CallGatherEndedEvent` (the same class)."""

from telnyx_voice.types.models import CallGatherEndedEvent as CallGatherEndedWebhookEvent

__all__ = ["CallGatherEndedWebhookEvent"]
