"""Tiny pydantic models and Operations standing in for generated code in runtime tests."""

from __future__ import annotations

from pydantic import Field
from telnyx_voice._models import BaseModel, LenientEnum
from telnyx_voice._operation import Operation, QueryParam

M = "telnyx_rt_models"


class DtmfMode(LenientEnum):
    RFC2833 = "rfc2833"
    INBAND = "inband"


class SendDtmfRequest(BaseModel):
    digits: str
    duration_millis: int | None = None
    client_state: str | None = None
    command_id: str | None = None
    mode: DtmfMode | None = None


class DialRequest(BaseModel):
    to: str
    from_: str = Field(alias="from")
    connection_id: str


class CommandResult(BaseModel):
    result: str


class CommandResponse(BaseModel):
    data: CommandResult | None = None


class Call(BaseModel):
    call_control_id: str


class CallResponse(BaseModel):
    data: Call


class Conference(BaseModel):
    id: str


class PageMeta(BaseModel):
    page_number: int
    total_pages: int
    page_size: int | None = None


class ConferenceList(BaseModel):
    data: list[Conference]
    meta: PageMeta | None = None


class Cursors(BaseModel):
    after: str | None = None
    before: str | None = None


class CursorMeta(BaseModel):
    cursors: Cursors | None = None


class RecordingList(BaseModel):
    data: list[Conference]
    meta: CursorMeta | None = None


SEND_DTMF = Operation(
    operation_id="send_dtmf",
    method="POST",
    path="/calls/{call_control_id}/actions/send_dtmf",
    path_params=("call_control_id",),
    request_model=f"{M}:SendDtmfRequest",
    response_model=f"{M}:CommandResponse",
    takes_command_id=True,
    idempotent=True,
)
DIAL = Operation(
    operation_id="dial",
    method="POST",
    path="/calls",
    request_model=f"{M}:DialRequest",
    response_model=f"{M}:CallResponse",
)
GET_CALL = Operation(
    operation_id="retrieve_call_status",
    method="GET",
    path="/calls/{call_control_id}",
    path_params=("call_control_id",),
    response_model=f"{M}:CallResponse",
    idempotent=True,
)
LIST_CONFERENCES = Operation(
    operation_id="list_conferences",
    method="GET",
    path="/conferences",
    query=(
        QueryParam("filter", "filter", "deepObject"),
        QueryParam("page", "page", "deepObject"),
        QueryParam("tags", "tags"),
        QueryParam("active", "active"),
    ),
    response_model=f"{M}:ConferenceList",
    idempotent=True,
    pagination="page_number",
)
LIST_RECORDINGS = Operation(
    operation_id="list_recordings",
    method="GET",
    path="/recordings",
    query=(QueryParam("page", "page", "deepObject"),),
    response_model=f"{M}:RecordingList",
    idempotent=True,
    pagination="cursor",
)
