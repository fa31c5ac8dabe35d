"""`TranscriptionWebhookEvent`, the official SDK's name of our `TranscriptionEvent` (the same class)."""

from telnyx_voice.types.models import TranscriptionEvent as TranscriptionWebhookEvent

__all__ = ["TranscriptionWebhookEvent"]
