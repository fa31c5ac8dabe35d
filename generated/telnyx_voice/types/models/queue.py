"""`Queue` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from telnyx_voice._models import BaseModel, LenientEnum


class QueueRecordType(LenientEnum):
    QUEUE = "queue"


class Queue(BaseModel):
    average_wait_time_secs: int
    """
    The average time that the calls currently in the queue have spent waiting, given in seconds.
    """
    created_at: str
    """
    ISO 8601 formatted date of when the queue was created
    """
    current_size: int
    """
    The number of calls currently in the queue
    """
    id: str
    """
    Uniquely identifies the queue
    """
    max_size: int
    """
    The maximum number of calls allowed in the queue
    """
    name: str
    """
    Name of the queue
    """
    record_type: QueueRecordType
    updated_at: str
    """
    ISO 8601 formatted date of when the queue was last updated
    """
