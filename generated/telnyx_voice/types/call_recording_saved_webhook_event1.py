"""`CallRecordingSavedWebhookEvent`, the official SDK's name of our `CallRecordingSavedEvent` (the same class)."""

from telnyx_voice.types.models import CallRecordingSavedEvent as CallRecordingSavedWebhookEvent

__all__ = ["CallRecordingSavedWebhookEvent"]
