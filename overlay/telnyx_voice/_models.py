"""Base classes of every generated model.

Lenient by design, so that Telnyx growing its API never breaks a user:

* unknown fields in a response are kept (``model.model_extra``, attribute access);
* an enum value the SDK does not know yet becomes a member of that enum carrying the
  raw string or integer (``value == "robot"`` still works) instead of a validation error.  While a
  *request* body is validated (:func:`strict_enums`), unknown enum values are errors, so
  a typo is caught before anything is sent;
* every webhook event model derives from :class:`WebhookEventModel`: a typed ``meta``
  (:class:`WebhookMeta`) and ``parse_errors`` (fields of a signed delivery that no longer
  match the spec, kept raw; see :func:`telnyx_voice.webhooks.parse`).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from enum import Enum, IntEnum
from typing import Any

import pydantic

__all__ = ["BaseModel", "LenientEnum", "LenientIntEnum", "strict_enums"]

_STRICT_ENUMS: ContextVar[bool] = ContextVar("telnyx_voice_strict_enums", default=False)


@contextmanager
def strict_enums() -> Iterator[None]:
    """Within this block, enum values unknown to the SDK fail validation."""
    token = _STRICT_ENUMS.set(True)
    try:
        yield
    finally:
        _STRICT_ENUMS.reset(token)


class BaseModel(pydantic.BaseModel):
    """Base of all generated models: extra fields kept, fields settable by name or alias."""

    model_config = pydantic.ConfigDict(extra="allow", populate_by_name=True, defer_build=True)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-compatible data with the wire (alias) names, unset fields omitted."""
        return self.model_dump(mode="json", by_alias=True, exclude_unset=True)


class LenientEnum(str, Enum):
    """A string enum that keeps unknown values instead of raising (see module docs)."""

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, str) or _STRICT_ENUMS.get():
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)


class LenientIntEnum(IntEnum):
    """An integer enum that keeps unknown values instead of raising (see module docs)."""

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, int) or isinstance(value, bool) or _STRICT_ENUMS.get():
            return None
        member = int.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member


@dataclass(frozen=True, slots=True)
class ParseIssue:
    """One field of a webhook that failed validation and was kept raw.

    Attributes:
        path: dotted JSON path in the body, e.g. ``"data.occurred_at"`` (list indices as
            numbers: ``"data.payload.custom_headers.0"``).
        value: the raw JSON value received there (``str``, ``int``, ``dict``, ...).
        message: pydantic's message, e.g. ``"Input should be a valid datetime"``.
        type: pydantic's error type, e.g. ``"datetime_from_date_parsing"``; ``"missing"``
            when a required member was absent (``value`` is then the object lacking it).
    """

    path: str
    value: Any
    message: str
    type: str


class WebhookMeta(BaseModel):
    """The ``meta`` object Telnyx adds to a webhook delivery (not in the OpenAPI spec).

    Attributes:
        attempt: delivery attempt, 1 for the first delivery, 2+ for redeliveries.
        delivered_to: the URL the delivery was sent to.
    """

    attempt: int | None = None
    delivered_to: str | None = None


class WebhookEventModel(BaseModel):
    """Base of every generated webhook event model.

    Adds to the fields from the spec:

    * ``meta``: :class:`WebhookMeta` when Telnyx sends one, else ``None``;
    * ``parse_errors``: the fields that did not match the spec (empty for a body that
      validated as it is); each is kept raw on the model and listed as a :class:`ParseIssue`.
    """

    meta: WebhookMeta | None = None

    # No pydantic private attribute: declaring one makes pydantic initialise it on every
    # validation (~8 µs per webhook); the rare drifted event stores its issues in
    # ``__pydantic_private__`` itself (see ``set_parse_errors``).

    @property
    def parse_errors(self) -> tuple[ParseIssue, ...]:
        """Fields of this delivery kept raw because they failed validation (see class docs)."""
        private = self.__pydantic_private__
        found = private.get("parse_errors", ()) if private else ()
        return tuple(found)

    def set_parse_errors(self, issues: tuple[ParseIssue, ...]) -> None:
        """Record the fields kept raw (called by the parser on a drifted delivery)."""
        object.__setattr__(self, "__pydantic_private__", {"parse_errors": issues})
