"""`ListConferencesResponse` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from telnyx_voice._models import BaseModel
from telnyx_voice.types.models.conference import Conference
from telnyx_voice.types.models.pagination_meta import PaginationMeta


class ListConferencesResponse(BaseModel):
    data: list[Conference] | None = None
    meta: PaginationMeta | None = None
