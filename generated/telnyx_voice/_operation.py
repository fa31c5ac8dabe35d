# Hand-written: copied from overlay/telnyx_voice/_operation.py by codegen; edit it there.
"""Static description of one API operation, as emitted by the generator.

Every generated resource method passes one :class:`Operation` (from the generated
``telnyx_voice._operations`` table) to the client's request machinery.  Nothing here
performs I/O; the client reads these fields to build, send, retry and parse a request.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, Literal, TypeVar

from ._deadlines import LatencyCategory

QueryStyle = Literal["form", "deepObject"]
Pagination = Literal["page_number", "cursor"]
BodyKind = Literal["json", "form", "multipart", "raw"]
ResultKind = Literal["json", "binary", "text"]

ResultT = TypeVar("ResultT")


@dataclass(frozen=True, slots=True)
class QueryParam:
    """One query parameter of an operation.

    ``name`` is the Python keyword argument; ``wire`` the name on the wire
    (``page[number]``, ``filter``); ``style``/``explode`` follow OpenAPI's
    serialization rules (``deepObject`` objects become ``filter[status]=...``).
    """

    name: str
    wire: str
    style: QueryStyle = "form"
    explode: bool = True


@dataclass(frozen=True, slots=True)
class Operation(Generic[ResultT]):
    """One OpenAPI operation of the voice surface.

    ``ResultT`` is what a call returns: the response model (``None`` for an operation
    without a response body), or for a list operation the item model of its pages. The
    generated constants carry it (``SEND_DTMF: Operation[CallControlCommandResponse]``), so
    the client's ``request``/``request_page`` return precise types and the generated
    methods need no ``cast``.

    ``request_model`` and ``response_model`` are ``"module:Class"`` strings, imported
    only when the operation is first called (importing ``telnyx_voice`` stays cheap).
    ``takes_command_id`` is true when the request body has Telnyx's ``command_id`` field,
    which makes retries of the command idempotent.  ``idempotent`` is true when the
    request can be repeated safely (GET/PUT/DELETE, or a body with ``command_id``).
    ``base64_fields`` are body fields the spec says must be standard base64
    (``client_state``): checked before sending. ``open_objects`` names the body's model
    classes that take keys the spec does not list (``additionalProperties``); in every other
    object an unknown key is an error before sending.
    ``path_arguments`` are the methods' argument names of ``path_params`` (in the same
    order) when any differs from the wire name, for error messages; else empty.
    ``latency_category`` is the spec's ``x-latency-category``, which picks the default
    timeout (:mod:`telnyx_voice._deadlines`).
    ``body_kind`` is how the body is sent: ``json``; ``form``
    (``application/x-www-form-urlencoded``, httpx ``data=``); ``multipart``
    (``multipart/form-data``: ``file_fields`` as httpx ``files=``, the other fields as
    ``data=``; ``part_types``: a part's Content-Type from the spec, unless the argument
    gives one); ``raw`` (the bytes as given, ``content=``), with ``content_type``.
    ``whole_body`` is true when the method passes the body as one value (an array, a union,
    an object without properties, raw bytes) rather than a mapping of its fields.
    ``idempotency_header`` names an optional ``Idempotency-Key`` header parameter: a call
    that gives it may be retried like an idempotent one (the key is the same on every
    attempt, so Telnyx replays rather than repeats).
    ``result_kind`` says what a 2xx body is: ``"json"`` (parsed into ``response_model``),
    ``"binary"`` (``ResultT`` is ``bytes``: the client's ``request_binary`` returns it in a
    :class:`~telnyx_voice._response.BinaryAPIResponse`) or ``"text"`` (``ResultT`` is
    ``str``: the decoded body).
    """

    operation_id: str
    method: str
    path: str
    path_params: tuple[str, ...] = ()
    path_arguments: tuple[str, ...] = ()
    query: tuple[QueryParam, ...] = ()
    request_model: str | None = None
    response_model: str | None = None
    takes_command_id: bool = False
    idempotent: bool = False
    pagination: Pagination | None = None
    base64_fields: tuple[str, ...] = ()
    open_objects: frozenset[str] = frozenset()
    latency_category: LatencyCategory = "responsive"
    body_kind: BodyKind = "json"
    content_type: str = "application/json"
    whole_body: bool = False
    file_fields: tuple[str, ...] = ()
    part_types: tuple[tuple[str, str], ...] = ()
    idempotency_header: str | None = None
    result_kind: ResultKind = "json"
