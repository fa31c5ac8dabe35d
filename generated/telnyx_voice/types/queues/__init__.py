"""The official SDK's type names of `telnyx.types.queues`: aliases of our
models (`...Response`) and TypedDicts of the methods' arguments (`...Params`).

Names are imported on first use.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from telnyx_voice.types.models import (
        QueueCall,
    )
    from telnyx_voice.types.models import (
        QueueCallResponse as CallRetrieveResponse,
    )
    from telnyx_voice.types.queues.call_list_params import (
        CallListParams,
    )
    from telnyx_voice.types.queues.call_update_params import (
        CallUpdateParams,
    )

__all__ = [
    "CallListParams",
    "CallRetrieveResponse",
    "CallUpdateParams",
    "QueueCall",
]

_EXPORTS: dict[str, tuple[str, str]] = {
    "CallListParams": ("telnyx_voice.types.queues.call_list_params", "CallListParams"),
    "CallRetrieveResponse": ("telnyx_voice.types.models", "QueueCallResponse"),
    "CallUpdateParams": ("telnyx_voice.types.queues.call_update_params", "CallUpdateParams"),
    "QueueCall": ("telnyx_voice.types.models", "QueueCall"),
}


if not TYPE_CHECKING:  # type checkers see the imports above: a misspelled name is an error

    def __getattr__(name: str) -> Any:
        try:
            module, attr = _EXPORTS[name]
        except KeyError:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
        value = getattr(importlib.import_module(module), attr)
        globals()[name] = value
        return value
