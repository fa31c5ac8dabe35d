"""`ConferenceEndedWebhookEvent`, the official SDK's name of our `ConferenceEndedEvent` (the same class)."""

from telnyx_voice.types.models import ConferenceEndedEvent as ConferenceEndedWebhookEvent

__all__ = ["ConferenceEndedWebhookEvent"]
