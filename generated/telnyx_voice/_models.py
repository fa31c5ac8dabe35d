# Hand-written: copied from overlay/telnyx_voice/_models.py by codegen; edit it there.
"""Base classes of every generated model.

Lenient by design, so that Telnyx growing its API never breaks a user:

* unknown fields in a response are kept (``model.model_extra``, attribute access);
* an enum value the SDK does not know yet becomes a member of that enum carrying the
  raw string or integer (``value == "robot"`` still works) instead of a validation error.  While a
  *request* body is validated (:func:`strict_enums`), unknown enum values are errors, so
  a typo is caught before anything is sent.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
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
