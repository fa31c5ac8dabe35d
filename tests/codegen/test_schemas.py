"""Stage: stable class names for every schema (codegen/schemas.py), on tiny documents."""

from __future__ import annotations

from typing import Any

import pytest

from codegen.errors import SpecError
from codegen.schemas import SchemaRegistry, pascal
from codegen.select import RefResolver


def namer(components: dict[str, Any]) -> SchemaRegistry:
    document = {"components": {"schemas": components}}
    return SchemaRegistry(document, RefResolver(document))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("call-control_Error", "CallControlError"),
        ("answering_machine", "AnsweringMachine"),
        ("10dlc", "N10dlc"),
        ("", "Unnamed"),
    ],
)
def test_pascal(text: str, name: str) -> None:
    assert pascal(text) == name


def test_inline_objects_and_enums_are_named_after_where_they_sit() -> None:
    n = namer(
        {
            "Call": {
                "type": "object",
                "properties": {
                    "amd": {"type": "object", "properties": {"mode": {"enum": ["a", "b"]}}},
                    "headers": {
                        "type": "array",
                        "items": {"type": "object", "properties": {"name": {"type": "string"}}},
                    },
                    "policies": {
                        "type": "object",
                        "additionalProperties": {
                            "type": "object",
                            "properties": {"retries": {"type": "integer"}},
                        },
                    },
                },
            }
        }
    )
    assert n.component("Call", "#") == "Call"
    assert set(n.models) == {
        "Call",
        "CallAmd",
        "CallAmdMode",
        "CallHeadersItem",
        "CallPoliciesValue",
    }
    assert (
        n.models["CallHeadersItem"].pointer == "#/components/schemas/Call/properties/headers/items"
    )
    call = n.models["Call"].schema["properties"]
    assert call["amd"] == {"$ref": "#/components/schemas/CallAmd"}


def test_a_role_schema_is_named_by_its_hint_and_shared_when_identical() -> None:
    n = namer({})
    shape = {"type": "object", "properties": {"result": {"type": "string"}}}
    assert n.named("SpeakResponse", shape, "#/paths/a") == "SpeakResponse"
    assert n.named("SpeakResponse", dict(shape), "#/paths/b") == "SpeakResponse"  # same shape


def test_a_taken_name_gets_inline_then_a_located_error() -> None:
    components = {
        "A": {"type": "object", "properties": {"b": {"type": "object", "properties": {"x": {}}}}},
        "AB": {"type": "object", "properties": {"y": {"type": "string"}}},
    }
    n = namer(components)
    n.component("A", "#")
    assert "ABInline" in n.models  # `A` + `b` is the component `AB`
    components["ABInline"] = {"type": "object"}
    with pytest.raises(SpecError, match="#/components/schemas/A/properties/b"):
        namer(components).component("A", "#")


def test_constraint_only_members_are_documented_not_typed() -> None:
    n = namer(
        {
            "Q": {
                "type": "object",
                "properties": {"a": {"type": "string"}, "b": {"type": "string"}},
                "anyOf": [{"required": ["a"]}, {"required": ["b"]}],
            }
        }
    )
    n.component("Q", "#")
    schema = n.models["Q"].schema
    assert "anyOf" not in schema
    assert "Requires at least one of: `a`; `b`." in schema["description"]


def test_event_type_is_a_const_and_a_dangling_ref_is_located() -> None:
    n = namer(
        {
            "E": {
                "type": "object",
                "properties": {
                    "event_type": {"type": "string", "enum": ["call.tested"]},
                    "other": {"$ref": "#/components/schemas/Missing"},
                },
            }
        }
    )
    with pytest.raises(SpecError, match="E/properties/other"):
        n.component("E", "#")
    n2 = namer({"E": {"type": "object", "properties": {"event_type": {"enum": ["call.x"]}}}})
    n2.component("E", "#")
    assert n2.models["E"].schema["properties"]["event_type"] == {"const": "call.x"}


def test_two_components_with_one_class_name_are_an_error() -> None:
    n = namer({"call_error": {"type": "object"}, "CallError": {"type": "object"}})
    n.component("call_error", "#")
    with pytest.raises(SpecError, match="stay distinct"):
        n.component("CallError", "#")


def test_union_members_that_would_share_a_name_are_named_by_their_own_literal() -> None:
    def member(tag: str) -> dict[str, Any]:
        return {"type": "object", "properties": {"type": {"enum": [tag]}, "value": {}}}

    n = namer(
        {
            "Settings": {
                "type": "object",
                "properties": {
                    "audio": {"oneOf": [member("predefined_media"), member("media_url")]},
                    "single": {"oneOf": [member("only"), {"type": "string"}]},
                },
            }
        }
    )
    n.component("Settings", "#")
    # both would be `SettingsAudioWithType`
    assert {"SettingsAudioPredefinedMedia", "SettingsAudioMediaUrl"} <= set(n.models)
    assert "SettingsSingleWithType" in n.models  # no clash: the usual name


def test_an_email_field_is_a_plain_str_and_needs_no_email_validator() -> None:
    from codegen.models import render_models

    n = namer(
        {
            "Contact": {
                "type": "object",
                "properties": {
                    "email": {"type": "string", "format": "email"},
                    "cc": {"type": "array", "items": {"type": "string", "format": "email"}},
                },
            }
        }
    )
    n.component("Contact", "#")
    assert n.models["Contact"].schema["properties"]["email"] == {"type": "string"}
    module = render_models(list(n.models.values()))
    assert "EmailStr" not in module and "email_validator" not in module
    assert "email: str | None" in module and "cc: list[str] | None" in module
    namespace: dict[str, Any] = {}
    exec(compile(module, "<models>", "exec"), namespace)  # no ImportError on first use
    contact = namespace["Contact"].model_validate({"email": "ops@example.com", "cc": ["a@b.c"]})
    assert contact.email == "ops@example.com"
