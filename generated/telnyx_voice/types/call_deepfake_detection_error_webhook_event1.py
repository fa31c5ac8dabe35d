"""`CallDeepfakeDetectionErrorWebhookEvent`, the official SDK's name of our `CallDeepfakeDetectionErrorEvent` (the same class)."""

from telnyx_voice.types.models import (
    CallDeepfakeDetectionErrorEvent as CallDeepfakeDetectionErrorWebhookEvent,
)

__all__ = ["CallDeepfakeDetectionErrorWebhookEvent"]
