"""`CallStreamingStartedWebhookEvent`, the official SDK's name of our `CallStreamingStartedEvent` (the same class)."""

from telnyx_voice.types.models import CallStreamingStartedEvent as CallStreamingStartedWebhookEvent

__all__ = ["CallStreamingStartedWebhookEvent"]
