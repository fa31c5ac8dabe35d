"""`UpdateQueueRequest` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from telnyx_voice._models import BaseModel


class UpdateQueueRequest(BaseModel):
    max_size: Annotated[int, Field(ge=1)]
    """
    The maximum number of calls allowed in the queue.
    """
