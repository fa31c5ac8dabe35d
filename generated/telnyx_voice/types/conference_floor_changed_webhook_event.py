"""`ConferenceFloorChangedWebhookEvent`, the official SDK's name of our `ConferenceFloorChangedEvent` (the same class)."""

from telnyx_voice.types.models import (
    ConferenceFloorChangedEvent as ConferenceFloorChangedWebhookEvent,
)

__all__ = ["ConferenceFloorChangedWebhookEvent"]
