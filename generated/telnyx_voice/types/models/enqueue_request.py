"""`EnqueueRequest` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from telnyx_voice._models import BaseModel


class EnqueueRequest(BaseModel):
    client_state: str | None = None
    """
    Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string.
    """
    command_id: str | None = None
    """
    Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`.
    """
    keep_after_hangup: bool = False
    """
    If set to true, the call will remain in the queue after hangup. In this case bridging to such call will fail with necessary information needed to re-establish the call.
    """
    max_size: int = 100
    """
    The maximum number of calls allowed in the queue at a given time. Can't be modified for an existing queue.
    """
    max_wait_time_secs: int | None = None
    """
    The number of seconds after which the call will be removed from the queue.
    """
    queue_name: str
    """
    The name of the queue the call should be put in. If a queue with a given name doesn't exist yet it will be created.
    """
