"""`CallPlaybackStartedWebhookEvent`, the official SDK's name of our `CallPlaybackStartedEvent` (the same class)."""

from telnyx_voice.types.models import CallPlaybackStartedEvent as CallPlaybackStartedWebhookEvent

__all__ = ["CallPlaybackStartedWebhookEvent"]
