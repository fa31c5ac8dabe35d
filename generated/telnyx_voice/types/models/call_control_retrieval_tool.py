"""`CallControlRetrievalTool` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from telnyx_voice._models import BaseModel


class CallControlBucketIds(BaseModel):
    bucket_ids: Annotated[list[str], Field(title="Bucket Ids")]
    max_num_results: int | None = None
    """
    The maximum number of results to retrieve as context for the language model.
    """


class CallControlRetrievalTool(BaseModel):
    retrieval: CallControlBucketIds
    type: Literal["retrieval"]
