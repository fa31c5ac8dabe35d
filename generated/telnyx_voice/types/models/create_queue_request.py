"""`CreateQueueRequest` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from telnyx_voice._models import BaseModel


class CreateQueueRequest(BaseModel):
    max_size: Annotated[int, Field(ge=1)] = 300
    """
    The maximum number of calls allowed in the queue.
    """
    queue_name: Annotated[str, Field(max_length=255, min_length=1)]
    """
    The name of the queue. Must be between 1 and 255 characters.
    """
