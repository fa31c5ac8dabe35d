"""`CallPlaybackEndedWebhookEvent`, the official SDK's name of our `CallPlaybackEndedEvent` (the same class)."""

from telnyx_voice.types.models import CallPlaybackEndedEvent as CallPlaybackEndedWebhookEvent

__all__ = ["CallPlaybackEndedWebhookEvent"]
