"""Request-side TypedDicts (`...Param`) and signature types, decided in the IR
(`codegen.build.TypeSpeller`), on the pinned spec."""

from __future__ import annotations

import re

from codegen.ir import API, ParamType


def _param(api: API, name: str) -> ParamType:
    return next(p for p in api.params if p.name == name)


def test_a_union_member_param_has_its_literal_discriminator_and_optional_keys(api: API) -> None:
    eleven = _param(api, "ElevenLabsVoiceSettingsParam")
    keys = {k.wire: k for k in eleven.keys}
    assert keys["type"].annotation == 'Required[Literal["elevenlabs"]]'
    assert keys["api_key_ref"].annotation == "str"
    assert not eleven.functional


def test_signatures_take_the_model_or_its_param(api: API) -> None:
    speak = next(op for op in api.operations if op.operation_id == "SpeakCall")
    voice_settings = next(f for f in speak.body_fields if f.wire == "voice_settings")
    members = voice_settings.py_type.split(" | ")
    assert "ElevenLabsVoiceSettings" in members and "ElevenLabsVoiceSettingsParam" in members
    assert "Mapping[str, Any]" not in members
    dial = next(op for op in api.operations if op.operation_id == "DialCall")
    to = next(f for f in dial.body_fields if f.wire == "to")
    assert to.py_type == "str | SequenceNotStr[str]"  # a str is no list of numbers


def test_every_object_a_request_can_contain_has_a_param(api: API) -> None:
    names = {p.name for p in api.params}
    models = {m.name: m.schema for m in api.models}
    mentioned = {
        word
        for op in api.operations
        for f in op.body_fields
        for word in re.findall(r"\b[A-Z]\w*", f.py_type)
        if word in models and "properties" in models[word]
    }
    assert mentioned and {m + "Param" for m in mentioned} <= names
    for param in api.params:  # and every Param it mentions is defined
        for key in param.keys:
            assert set(re.findall(r"\b\w+Param\b", key.py_type)) <= names, (param.name, key)


def test_query_objects_are_typed_and_keys_that_are_keywords_use_the_functional_form(
    api: API,
) -> None:
    conferences = next(op for op in api.operations if op.operation_id == "ListConferences")
    by_name = {f.name: f for f in conferences.query_params}
    assert by_name["filter"].py_type == "ListConferencesFilterParam"
    assert by_name["page_number"].wire == "page[number]"
    assert by_name["page_size"].wire == "page[size]"
    listed = _param(api, "ListConferencesFilterParam")
    assert listed.functional  # "from" is a key
    assert {k.wire for k in listed.keys} >= {"from", "status", "occurred_at"}


def test_every_list_operation_has_flat_page_keywords(api: API) -> None:
    lists = [op for op in api.operations if op.pagination]
    assert len(lists) == 5
    for op in lists:
        assert {"page_number", "page_size"} <= {f.name for f in op.query_params}, op.operation_id


def test_no_param_name_is_numbered(api: API) -> None:
    assert [p.name for p in api.params if re.search(r"(Param\d+|\d+Param)$", p.name)] == []


def test_client_state_is_checked_as_base64_and_open_objects_are_listed(api: API) -> None:
    speak = next(op for op in api.operations if op.operation_id == "SpeakCall")
    assert speak.base64_fields == ("client_state",)
    models = {m.name: m.schema for m in api.models}
    relay = [op for op in api.operations if "ConversationRelayAssistant" in op.open_objects]
    assert relay, "additionalProperties: true makes an object open"
    assert models["ConversationRelayAssistant"]["additionalProperties"] is True
    for op in api.operations:
        assert "ElevenLabsVoiceSettings" not in op.open_objects
        for name in op.open_objects:  # open: declared so, or no properties to check against
            schema = models[name]
            assert schema.get("additionalProperties") or not schema.get("properties"), name
