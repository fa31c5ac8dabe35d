"""`ConferenceRecordingSavedWebhookEvent`, the official SDK's name of our `ConferenceRecordingSavedEvent` (the same class)."""

from telnyx_voice.types.models import (
    ConferenceRecordingSavedEvent as ConferenceRecordingSavedWebhookEvent,
)

__all__ = ["ConferenceRecordingSavedWebhookEvent"]
