"""Stage: stable class names for every schema (codegen/schemas.py), on tiny documents."""

from __future__ import annotations

import re
from typing import Any

import pytest

from codegen.errors import SpecError
from codegen.models import render_models
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


# -- what datamodel-code-generator would otherwise name (and number) itself -----------------


def test_constrained_values_without_a_field_of_their_own_are_named_by_position() -> None:
    pattern = {"type": "string", "pattern": "^[A-Z]{2}$"}
    n = namer(
        {
            "Profile": {
                "type": "object",
                "properties": {
                    "code": pattern,  # a property holds its own constraints: stays inline
                    "destinations": {"type": "array", "items": pattern},
                    "limits": {"type": "object", "additionalProperties": {"maximum": 5}},
                    "stop": {"oneOf": [{"type": "string"}, {"type": "array", "maxItems": 4}]},
                },
            }
        }
    )
    n.component("Profile", "#")
    props = n.models["Profile"].schema["properties"]
    assert props["code"] == pattern
    assert props["destinations"]["items"] == {
        "$ref": "#/components/schemas/ProfileDestinationsItem"
    }
    assert n.models["ProfileDestinationsItem"].schema == pattern
    assert props["limits"]["additionalProperties"] == {
        "$ref": "#/components/schemas/ProfileLimitsValue"
    }
    assert props["stop"]["oneOf"] == [
        {"type": "string"},
        {"$ref": "#/components/schemas/ProfileStopArray"},
    ]


def test_an_enum_listing_null_is_the_enum_of_its_values_and_nullable() -> None:
    n = namer(
        {
            "Dkim": {
                "type": "object",
                "properties": {
                    "algorithm": {"type": "string", "enum": ["rsa-sha256", None], "nullable": True}
                },
            }
        }
    )
    n.component("Dkim", "#")
    assert n.models["Dkim"].schema["properties"]["algorithm"] == {
        "$ref": "#/components/schemas/DkimAlgorithm",
        "nullable": True,
    }
    assert n.models["DkimAlgorithm"].schema == {"type": "string", "enum": ["rsa-sha256"]}


def test_union_members_that_only_forbid_properties_are_documented_not_classes() -> None:
    n = namer(
        {
            "Call": {
                "type": "object",
                "properties": {"Url": {"type": "string"}, "Texml": {"type": "string"}},
                "oneOf": [
                    {
                        "title": "With URL",
                        "required": ["Url"],
                        "properties": {"Texml": {"not": {}}},
                    },
                    {"title": "Default", "properties": {"Texml": {"not": {}}, "Url": {"not": {}}}},
                ],
            }
        }
    )
    n.component("Call", "#")
    assert set(n.models) == {"Call"}
    call = n.models["Call"].schema
    assert "oneOf" not in call
    assert (
        call["description"] == "Requires exactly one of: `Url`, no `Texml`; no `Texml`, no `Url`."
    )


def test_an_all_of_whose_members_clash_is_one_object() -> None:
    n = namer(
        {
            "Assignment": {
                "type": "object",
                "properties": {
                    "ip_id": {"type": "string", "format": "uuid"},
                    "n": {"type": "integer"},
                },
            },
            "Same": {
                "type": "object",
                "properties": {"n": {"type": "integer", "description": "d"}},
            },
            "Kept": {
                "allOf": [
                    {"$ref": "#/components/schemas/Assignment"},
                    {"$ref": "#/components/schemas/Same"},
                ]
            },
            "Update": {
                "allOf": [
                    {"$ref": "#/components/schemas/Assignment"},
                    {"type": "object", "properties": {"ip_id": {"type": "string"}}},
                ]
            },
        }
    )
    n.component("Kept", "#")
    n.component("Update", "#")
    assert "allOf" in n.models["Kept"].schema  # only documentation differs: still inherits
    update = n.models["Update"].schema
    assert "allOf" not in update and update["type"] == "object"
    assert update["properties"] == {"ip_id": {"type": "string"}, "n": {"type": "integer"}}


def test_defaults_that_no_python_value_of_the_type_can_hold_are_dropped() -> None:
    n = namer(
        {
            "Room": {
                "type": "object",
                "properties": {
                    "webhook_url": {"type": "string", "format": "uri", "default": ""},
                    "kinds": {"items": {"type": "string"}, "default": ""},
                    "count": {"type": "integer", "default": 1},
                    "run": {"$ref": "#/components/schemas/Run", "default": {}},
                },
            },
            "Run": {"type": "object", "properties": {"input": {"type": "object"}}},
        }
    )
    n.component("Room", "#")
    props = n.models["Room"].schema["properties"]
    assert props["webhook_url"] == {"type": "string", "default": ""}  # a str, as its default
    assert props["kinds"] == {"items": {"type": "string"}}
    assert props["count"] == {"type": "integer", "default": 1}
    assert props["run"] == {"$ref": "#/components/schemas/Run"}


def test_datamodel_code_generator_gets_a_name_for_every_class_it_writes() -> None:
    pattern = {"type": "string", "maxLength": 64}
    n = namer(
        {
            "CallReason": {"type": "object", "properties": {"a": {"type": "string"}}},
            "Dir": {
                "type": "object",
                "properties": {
                    "call_reasons": {"type": "array", "items": pattern},
                    "algorithm": {"type": "string", "enum": ["rsa", None], "nullable": True},
                    "mix": {"anyOf": [pattern, {"type": "integer"}]},
                },
            },
        }
    )
    n.component("CallReason", "#")
    n.component("Dir", "#")
    module = render_models(list(n.models.values()))
    written = set(re.findall(r"^class (\w+)\(", module, re.MULTILINE))
    assert written == set(n.models)  # no `CallReason1`, no `DirAlgorithmEnum`
