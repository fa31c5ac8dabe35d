"""`CallStreamingFailedWebhookEvent`, the official SDK's name of our `CallStreamingFailedEvent` (the same class)."""

from telnyx_voice.types.models import CallStreamingFailedEvent as CallStreamingFailedWebhookEvent

__all__ = ["CallStreamingFailedWebhookEvent"]
