"""`CallCostWebhookEvent`, the official SDK's name of our `CallCostEvent` (the same class)."""

from telnyx_voice.types.models import CallCostEvent as CallCostWebhookEvent

__all__ = ["CallCostWebhookEvent"]
