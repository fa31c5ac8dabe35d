"""`CallStreamingStoppedWebhookEvent`, the official SDK's name of our `CallStreamingStoppedEvent` (the same class)."""

from telnyx_voice.types.models import CallStreamingStoppedEvent as CallStreamingStoppedWebhookEvent

__all__ = ["CallStreamingStoppedWebhookEvent"]
