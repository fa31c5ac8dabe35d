"""`CallRecordingErrorWebhookEvent`, the official SDK's name of our `CallRecordingErrorEvent` (the same class)."""

from telnyx_voice.types.models import CallRecordingErrorEvent as CallRecordingErrorWebhookEvent

__all__ = ["CallRecordingErrorWebhookEvent"]
