"""The one rule for where a webhook's event_type sits (webhooks/_event_type.py), as the
parser, the router and the generator apply it."""

from __future__ import annotations

from typing import Any, Literal

import pydantic
import pytest
from telnyx_voice.webhooks._event_type import (
    EVENT_TYPE_LOCATIONS,
    event_type_in_body,
    event_type_of_event,
    event_types_of_model,
)

from codegen import build


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ({"data": {"event_type": "call.answered"}}, "call.answered"),
        ({"event_type": "conference.floor.changed"}, "conference.floor.changed"),
        ({"data": {"event_type": "call.hangup"}, "event_type": "other"}, "call.hangup"),
        ({"data": {"event_type": 5}, "event_type": "top"}, "top"),
        ({"data": "x"}, None),
        ({"data": {"event_type": None}}, None),
        ({}, None),
    ],
)
def test_a_body_is_read_at_the_first_location_holding_a_string(
    body: dict[str, Any], expected: str | None
) -> None:
    assert event_type_in_body(body) == expected


class _Data(pydantic.BaseModel):
    event_type: Literal["call.answered"]


class _Enveloped(pydantic.BaseModel):
    data: _Data | None = None


class _TopLevel(pydantic.BaseModel):
    event_type: Literal["conference.floor.changed", "conference.floor.ended"]


def test_models_and_events_are_read_along_the_same_paths() -> None:
    assert event_types_of_model(_Enveloped) == ["call.answered"]
    assert event_types_of_model(_TopLevel) == [
        "conference.floor.changed",
        "conference.floor.ended",
    ]
    assert event_types_of_model(pydantic.BaseModel) == []
    event = _Enveloped(data=_Data(event_type="call.answered"))
    assert event_type_of_event(event) == "call.answered"
    assert event_type_of_event(_TopLevel(event_type="conference.floor.ended")) == (
        "conference.floor.ended"
    )
    assert event_type_of_event(_Enveloped()) is None


def test_the_generator_reads_the_runtime_s_locations() -> None:
    module = build._runtime_module("webhooks/_event_type.py")
    assert module.EVENT_TYPE_LOCATIONS == EVENT_TYPE_LOCATIONS
