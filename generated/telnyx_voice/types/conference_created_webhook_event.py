"""`ConferenceCreatedWebhookEvent`, the official SDK's name of our `ConferenceCreatedEvent` (the same class)."""

from telnyx_voice.types.models import ConferenceCreatedEvent as ConferenceCreatedWebhookEvent

__all__ = ["ConferenceCreatedWebhookEvent"]
