"""`CallDeepfakeDetectionResultWebhookEvent`, the official SDK's name of our `CallDeepfakeDetectionResultEvent` (the same class)."""

from telnyx_voice.types.models import (
    CallDeepfakeDetectionResultEvent as CallDeepfakeDetectionResultWebhookEvent,
)

__all__ = ["CallDeepfakeDetectionResultWebhookEvent"]
