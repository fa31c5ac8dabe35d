"""`CallRecordingTranscriptionSavedWebhookEvent`, the official SDK's name of our `CallRecordingTranscriptionSavedEvent` (the same class)."""

from telnyx_voice.types.models import (
    CallRecordingTranscriptionSavedEvent as CallRecordingTranscriptionSavedWebhookEvent,
)

__all__ = ["CallRecordingTranscriptionSavedWebhookEvent"]
