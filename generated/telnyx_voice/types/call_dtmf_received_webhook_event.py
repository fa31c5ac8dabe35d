"""`CallDtmfReceivedWebhookEvent`, the official SDK's name of our `CallDtmfReceivedEvent` (the same class)."""

from telnyx_voice.types.models import CallDtmfReceivedEvent as CallDtmfReceivedWebhookEvent

__all__ = ["CallDtmfReceivedWebhookEvent"]
