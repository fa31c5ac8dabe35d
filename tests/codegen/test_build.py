"""Stage: the selected spec -> the IR (codegen/build.py), on tiny specs."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from codegen import build, cli, media_streaming, render, select
from codegen.config import Config, load_selection
from codegen.errors import GeneratorError, SpecError
from codegen.ir import MODELS_MODULE, PARAMS_MODULE, OperationIR, Resource, TypeRef, import_lines
from codegen.paths import GENERATED_DIR, SPEC_DIR
from codegen.schemas import SchemaRegistry

from .conftest import SpecFactory

STR = {"type": "string"}
STATE = {"type": "string", "description": "It must be a valid Base-64 encoded string."}
PAGE = {
    "name": "page",
    "in": "query",
    "style": "deepObject",
    "schema": {
        "type": "object",
        "properties": {"number": {"type": "integer"}, "size": {"type": "integer"}},
    },
}


def test_an_operation_becomes_a_method_with_its_arguments(
    tiny: SpecFactory, config: Config
) -> None:
    spec = tiny(
        {"payload": STR, "command_id": STR, "client_state": STATE, "from": STR},
        ("payload",),
        query=(PAGE,),
    )
    api = build.build(spec, config)
    (op,) = api.operations
    assert (op.resource, op.name, op.const_name) == (
        ("calls", "actions"),
        "speak",
        "CALLS_ACTIONS_SPEAK",
    )
    assert [f.name for f in op.positional_params] == ["call_control_id"]
    assert [f.name for f in op.body_fields] == ["payload", "client_state", "command_id", "from_"]
    assert op.body_fields[0].required and not op.body_fields[1].required
    assert op.takes_command_id and op.idempotent  # a command_id makes retries safe
    assert op.base64_fields == ("client_state",)
    page_args = {f.name: f.wire for f in op.query_params}
    assert page_args == {"page": "page", "page_number": "page[number]", "page_size": "page[size]"}
    derived = [f for f in op.query_params if f.name.startswith("page_")]
    assert all(f.source is None for f in derived)  # compared through `page` in the changelog


def test_the_ir_keeps_the_spec_schemas_and_pointers_it_was_built_from(
    tiny: SpecFactory, config: Config
) -> None:
    api = build.build(tiny({"payload": STR}, payload={"digits": STR}), config)
    (op,) = api.operations
    assert op.pointer == "#/paths/~1calls~1{call_control_id}~1actions~1speak/post"
    assert op.request_schema is not None
    assert op.request_schema.schema == {"$ref": "#/components/schemas/Speak"}
    assert op.request_schema.pointer == op.pointer + "/requestBody/content/application~1json/schema"
    assert op.response_schema is not None and op.response_schema.pointer.startswith(op.pointer)
    (path_param,) = op.path_params
    assert path_param.source is not None and path_param.source.pointer.endswith(
        "/parameters/0/schema"
    )
    (event,) = api.webhooks
    assert (event.event_type, event.model) == ("call.tested", "CallTestedEvent")
    assert event.payload is not None and event.payload.pointer.startswith("#/webhooks/callTested")


def test_a_body_field_and_a_path_parameter_with_one_name_stay_distinct(
    tiny: SpecFactory, config: Config
) -> None:
    (op,) = build.build(tiny({"call_control_id": STR}), config).operations
    assert [f.name for f in op.fields] == ["call_control_id_path", "call_control_id"]


def test_request_side_objects_get_param_typeddicts(tiny: SpecFactory, config: Config) -> None:
    nested = {
        "type": "object",
        "properties": {"kind": {"enum": ["a", "b"]}, "n": {"type": "integer"}},
    }
    api = build.build(tiny({"settings": nested, "tags": {"type": "array", "items": STR}}), config)
    (op,) = api.operations
    types = {f.name: f.py_type for f in op.body_fields}
    assert types["settings"] == "SpeakSettings | SpeakSettingsParam"
    assert types["tags"] == "SequenceNotStr[str]"
    (param,) = api.params
    assert param.name == "SpeakSettingsParam"
    assert [(k.wire, k.annotation) for k in param.keys] == [
        ("kind", 'Literal["a", "b"]'),
        ("n", "int"),
    ]
    assert "SpeakSettings" in api.request_models


def test_imports_come_from_what_the_annotations_mention(tiny: SpecFactory, config: Config) -> None:
    nested = {"type": "object", "properties": {"kind": {"enum": ["a", "b"]}}}
    api = build.build(tiny({"settings": nested, "tags": {"type": "array", "items": STR}}), config)
    (op,) = api.operations
    by_name = {f.name: f.spelling for f in op.body_fields}
    assert by_name["tags"].refs == {TypeRef("telnyx_voice._types", "SequenceNotStr")}
    assert by_name["settings"].refs == {
        TypeRef(MODELS_MODULE, "SpeakSettings"),
        TypeRef(PARAMS_MODULE, "SpeakSettingsParam"),
    }
    (param,) = api.params
    assert param.keys[0].spelling.refs == {TypeRef("typing", "Literal")}

    (res,) = api.resources[0].children  # calls.actions
    runtime = {line.module: line.names for line in res.imports}
    later = {line.module: line.names for line in res.type_checking_imports}
    assert "SequenceNotStr" in runtime["telnyx_voice._types"]
    assert runtime["typing"] == ("TYPE_CHECKING",)  # no Literal: the enum is in the TypedDict
    assert "collections.abc" in runtime and "Sequence" not in runtime["collections.abc"]
    assert later[MODELS_MODULE] == ("SpeakResponse", "SpeakSettings")
    assert later[PARAMS_MODULE] == ("SpeakSettingsParam",)
    # the TypedDicts' own module imports what their keys mention, not themselves
    assert {line.module: line.names for line in api.params_imports} == {
        "typing": ("Literal",),
        "typing_extensions": ("TypedDict",),
    }


def test_import_lines_group_by_module_and_skip_the_module_itself() -> None:
    refs = {
        TypeRef("typing", "Literal"),
        TypeRef("typing", "Any"),
        TypeRef(PARAMS_MODULE, "AParam"),
        TypeRef(MODELS_MODULE, "A"),
    }
    lines = import_lines(refs, within=PARAMS_MODULE)
    assert [(line.module, line.names) for line in lines] == [
        (MODELS_MODULE, ("A",)),
        ("typing", ("Any", "Literal")),
    ]
    assert [line.one_per_line for line in lines] == [True, False]


def test_an_event_type_at_the_top_level_is_found_where_the_runtime_looks(
    tiny: SpecFactory, config: Config
) -> None:
    spec = tiny({"payload": STR}, payload={"digits": STR})
    hook = spec.document["webhooks"]["callTested"]["post"]["requestBody"]["content"]
    envelope = hook["application/json"]["schema"]
    envelope["properties"] = envelope["properties"]["data"]["properties"]  # no `data`
    api = build.build(spec, config)
    assert [w.event_type for w in api.webhooks] == ["call.tested"]


def test_a_path_parameter_the_path_does_not_declare_is_a_located_error(
    tiny: SpecFactory, config: Config
) -> None:
    spec = tiny({"payload": STR})
    operation = next(iter(spec.document["paths"].values()))["post"]
    operation["parameters"][0]["name"] = "call_id"
    with pytest.raises(SpecError, match="/parameters"):
        build.build(spec, config)


def test_selections_pick_the_surface(tmp_path: Path) -> None:
    voice = load_selection(SPEC_DIR / "selections" / "voice.yaml")
    whole = load_selection(SPEC_DIR / "selections" / "whole-api.yaml")
    assert voice.takes(["Call Commands"]) and not voice.takes(["Messaging"])
    assert not voice.takes(None) and not voice.takes([])
    assert whole.takes(["Messaging"]) and whole.takes(None)  # every tag, and untagged
    bad = tmp_path / "bad.yaml"
    bad.write_text("operations: {tags: 5}\nwebhooks: {key_pattern: x}\n", encoding="utf-8")
    with pytest.raises(GeneratorError, match="operations.tags"):
        load_selection(bad)


def test_the_committed_package_is_always_the_voice_selection() -> None:
    with pytest.raises(GeneratorError, match="--out"):
        cli.generate(None, GENERATED_DIR, selection=SPEC_DIR / "selections" / "whole-api.yaml")


# -- request bodies that are not a JSON object with properties, and header parameters --------

REF_SPEAK = {"$ref": "#/components/schemas/Speak"}


def _body(media_type: str, schema: object, **extra: object) -> dict[str, object]:
    return {"content": {media_type: {"schema": schema}}, **extra}


@pytest.mark.parametrize(
    ("content", "kind", "media_type"),
    [
        (
            {"application/x-www-form-urlencoded": REF_SPEAK},
            "form",
            "application/x-www-form-urlencoded",
        ),
        ({"multipart/form-data": REF_SPEAK}, "multipart", "multipart/form-data"),
        # JSON next to another media type: JSON, as the official SDK sends those bodies
        (
            {"multipart/form-data": REF_SPEAK, "application/json": REF_SPEAK},
            "json",
            "application/json",
        ),
        ({"*/*": REF_SPEAK}, "json", "application/json"),  # an object of any media type
    ],
)
def test_the_media_type_decides_how_an_object_body_is_sent(
    tiny: SpecFactory, config: Config, content: dict[str, object], kind: str, media_type: str
) -> None:
    spec = tiny(
        {"Payload": STR, "voice": STR},
        ("Payload",),
        request_body={"content": {k: {"schema": v} for k, v in content.items()}},
    )
    (op,) = build.build(spec, config).operations
    assert op.body is not None and (op.body.kind, op.body.media_type) == (kind, media_type)
    assert not op.body.whole and op.request_model == "Speak"
    assert [(f.name, f.wire, f.required) for f in op.body_fields] == [
        ("Payload", "Payload", True),
        ("voice", "voice", False),
    ]


def test_a_multipart_file_part_is_a_file_argument(tiny: SpecFactory, config: Config) -> None:
    audio = {"type": "string", "format": "binary", "description": "The audio."}
    api = build.build(
        tiny(
            {"audio": audio, "name": STR},
            ("audio",),
            request_body=_body("multipart/form-data", REF_SPEAK),
        ),
        config,
    )
    (op,) = api.operations
    assert op.body is not None and op.body.file_fields == ("audio",)
    types = {f.name: f.py_type for f in op.body_fields}
    assert types == {"audio": "FileTypes", "name": "str"}  # the official SDK's FileTypes
    (resource,) = api.resources[0].children
    runtime = {line.module: line.names for line in resource.imports}
    assert "FileTypes" in runtime["telnyx_voice._types"]  # imported at run time


def test_a_multipart_encoding_gives_a_part_its_content_type(
    tiny: SpecFactory, config: Config
) -> None:
    encoding = {
        "loa": {"contentType": "application/pdf"},
        "photo": {"contentType": "image/png, image/jpeg"},  # a choice: left to the caller
    }
    body = {"content": {"multipart/form-data": {"schema": REF_SPEAK, "encoding": encoding}}}
    binary = {"type": "string", "format": "binary"}
    (op,) = build.build(
        tiny({"loa": binary, "photo": binary}, request_body=body), config
    ).operations
    assert op.body is not None and op.body.file_fields == ("loa", "photo")
    assert op.body.part_types == (("loa", "application/pdf"),)


def test_an_all_of_body_takes_the_members_properties(tiny: SpecFactory, config: Config) -> None:
    schemas = {
        "Base": {"type": "object", "properties": {"name": STR}, "required": ["name"]},
        "Both": {"allOf": [{"$ref": "#/components/schemas/Base"}, REF_SPEAK]},
    }
    spec = tiny(
        {"voice": STR},
        request_body=_body("application/json", {"$ref": "#/components/schemas/Both"}),
        schemas=schemas,
    )
    (op,) = build.build(spec, config).operations
    assert op.request_model == "Both" and op.body is not None and not op.body.whole
    assert [(f.name, f.required) for f in op.body_fields] == [("name", True), ("voice", False)]


@pytest.mark.parametrize(
    ("schema", "argument", "py_type"),
    [
        # a union component: one argument named after it (the official `voice_clone_request`)
        (
            {"$ref": "#/components/schemas/Either"},
            "either",
            "Speak | SpeakParam | Other | OtherParam",
        ),
        # an inline union, an array, an object without properties: `body`
        (
            {"oneOf": [REF_SPEAK, {"$ref": "#/components/schemas/Other"}]},
            "body",
            "Speak | SpeakParam | Other | OtherParam",
        ),
        ({"type": "array", "items": STR, "maxItems": 3}, "body", "SequenceNotStr[str]"),
        ({"type": "object", "additionalProperties": True}, "body", "Mapping[str, Any]"),
    ],
)
def test_a_body_that_is_no_object_with_properties_is_one_argument(
    tiny: SpecFactory, config: Config, schema: dict[str, object], argument: str, py_type: str
) -> None:
    schemas = {
        "Other": {"type": "object", "properties": {"text": STR}},
        "Either": {"oneOf": [REF_SPEAK, {"$ref": "#/components/schemas/Other"}]},
    }
    spec = tiny(
        {"voice": STR},
        request_body=_body("application/json", schema, required=True),
        schemas=schemas,
    )
    (op,) = build.build(spec, config).operations
    assert op.body is not None and op.body.argument == argument and op.body.kind == "json"
    (field,) = op.body_fields
    assert (field.name, field.py_type, field.required) == (argument, py_type, True)
    assert op.request_model is not None  # validated against its model before sending


def test_a_ref_with_sibling_keys_is_the_referenced_component(
    tiny: SpecFactory, config: Config
) -> None:
    sibling = {**REF_SPEAK, "title": "Request", "default": {}, "description": "Run it."}
    (op,) = build.build(
        tiny({"voice": STR}, request_body=_body("application/json", sibling)), config
    ).operations
    assert op.request_model == "Speak"
    assert [f.name for f in op.body_fields] == ["voice"]
    assert op.request_schema is not None and op.request_schema.schema == sibling


@pytest.mark.parametrize(
    ("media_type", "content_type"),
    [
        ("application/octet-stream", "application/octet-stream"),
        ("*/*", "application/octet-stream"),
        ("audio/wav", "audio/wav"),
    ],
)
def test_a_binary_body_is_one_raw_content_argument(
    tiny: SpecFactory, config: Config, media_type: str, content_type: str
) -> None:
    binary = {"type": "string", "format": "binary"}
    spec = tiny(
        {"voice": STR},
        request_body=_body(media_type, binary, required=True, description="The value."),
    )
    api = build.build(spec, config)
    (op,) = api.operations
    assert op.body is not None
    assert (op.body.kind, op.body.media_type, op.body.argument) == ("raw", content_type, "body")
    assert op.request_model is None  # bytes are sent as given
    (field,) = op.body_fields
    assert (field.py_type, field.required, field.doc) == (
        "FileContent | BinaryTypes",
        True,
        "The value.",
    )
    (resource,) = api.resources[0].children
    runtime = {line.module: line.names for line in resource.imports}
    assert {"BinaryTypes", "FileContent"} <= set(runtime["telnyx_voice._types"])


def test_header_parameters_are_keyword_arguments(tiny: SpecFactory, config: Config) -> None:
    headers = (
        {"name": "Idempotency-Key", "required": True, "schema": STR, "description": "Once."},
        {"name": "Accept", "schema": {"enum": ["application/json", "text/csv"]}},
        {"name": "voice", "schema": STR},  # a body field has this name too
        # the client's own headers are no arguments
        {"name": "Authorization", "schema": STR},
        {"name": "content-type", "schema": STR},
    )
    (op,) = build.build(tiny({"voice": STR}, headers=headers), config).operations
    assert [(f.name, f.wire, f.required, f.location) for f in op.header_params] == [
        ("idempotency_key", "Idempotency-Key", True, "header"),
        ("accept", "Accept", False, "header"),
        ("header_voice", "voice", False, "header"),  # as the official `header_payment_signature`
    ]
    assert op.header_params[1].py_type == 'Literal["application/json", "text/csv"]'
    assert op.keyword_params[-3:] == op.header_params
    assert "idempotency_key (header, required, sent as 'Idempotency-Key'): Once." in op.docstring
    # a required Idempotency-Key (the same on every attempt) makes retries safe
    assert op.idempotent and op.idempotency_header == "Idempotency-Key"
    assert "every attempt sends the same `idempotency_key`" in " ".join(op.docstring.split())


def test_an_optional_idempotency_key_makes_a_call_that_gives_it_retryable(
    tiny: SpecFactory, config: Config
) -> None:
    headers = ({"name": "idempotency-key", "schema": STR},)
    (op,) = build.build(tiny({"voice": STR}, headers=headers), config).operations
    assert not op.idempotent and op.idempotency_header == "idempotency-key"
    assert "or `idempotency_key` (header `idempotency-key`" in " ".join(op.docstring.split())


# -- non-JSON success bodies ----------------------------------------------------------------

BINARY = {"type": "string", "format": "binary"}


@pytest.mark.parametrize(
    ("content", "kind", "accept"),
    [
        ({"application/pdf": {"schema": BINARY}}, "binary", "application/pdf"),
        ({"audio/wav": {"schema": BINARY}}, "binary", "audio/wav"),
        ({"*": {"schema": BINARY}}, "binary", "*/*"),
        # text/* is text even when the schema says `format: binary` (as the official SDK)
        ({"text/csv": {"schema": BINARY}}, "text", "text/csv"),
        ({"text/plain": {"schema": STR}}, "text", "text/plain"),
    ],
)
def test_a_non_json_success_body_is_decided_in_the_ir(
    tiny: SpecFactory, config: Config, content: dict[str, object], kind: str, accept: str
) -> None:
    api = build.build(tiny({"payload": STR}, content=content), config)
    (op,) = api.operations
    assert (op.response_kind, op.accept, op.response_model) == (kind, accept, None)
    assert op.headers_argument == f'{{"Accept": "{accept}", **(extra_headers or {{}})}}'
    assert api.result_models == []  # nothing to import from the models for it
    (resource,) = api.resources[0].children
    runtime = {line.module: line.names for line in resource.imports}
    response_imports = list(runtime["telnyx_voice._response"])
    if kind == "binary":
        assert (op.result, op.client_call) == ("bytes", "request_binary")
        assert (op.returns(False), op.returns(True)) == (
            "BinaryAPIResponse",
            "AsyncBinaryAPIResponse",
        )
        assert op.wrapper(True, False) == (
            "to_custom_streamed_response_wrapper(resource.speak, StreamedBinaryAPIResponse)"
        )
        assert op.wrapper(False, True) == (
            "async_to_custom_raw_response_wrapper(resource.speak, AsyncBinaryAPIResponse)"
        )
        assert "to_raw_response_wrapper" not in response_imports  # no dead import
        assert "StreamedBinaryAPIResponse" in response_imports
        assert "BinaryAPIResponse" in op.docstring and "write_to_file" in op.docstring
    else:
        assert (op.result, op.returns(True), op.client_call) == ("str", "str", "request")
        assert response_imports == [
            "async_to_raw_response_wrapper",
            "async_to_streamed_response_wrapper",
            "to_raw_response_wrapper",
            "to_streamed_response_wrapper",
        ]


def test_binary_and_text_operations_render_their_client_call_and_kind(
    tiny: SpecFactory, config: Config
) -> None:
    api = build.build(tiny({"payload": STR}, content={"image/png": {"schema": BINARY}}), config)
    assert config.media_streaming is not None
    media = media_streaming.build(*media_streaming.load(config.media_streaming, SPEC_DIR))
    files = render.render(api, media)
    (module,) = [text for path, text in files.items() if path.endswith("calls_actions.py")]
    assert "self._client.request_binary(" in module
    assert '{"Accept": "image/png", **(extra_headers or {})}' in module
    assert "def speak(" in module and ") -> AsyncBinaryAPIResponse:" in module
    (operations,) = [text for path, text in files.items() if path.endswith("/_operations.py")]
    assert "CALLS_ACTIONS_SPEAK: Operation[bytes] = Operation(" in operations
    assert 'result_kind="binary"' in operations


def test_json_beside_other_media_types_stays_json(tiny: SpecFactory, config: Config) -> None:
    json_content = tiny({"payload": STR}).document["paths"]
    content = next(iter(json_content.values()))["post"]["responses"]["200"]["content"]
    both = {**content, "text/csv": {"schema": STR}}
    (op,) = build.build(tiny({"payload": STR}, content=both), config).operations
    assert (op.response_kind, op.accept) == ("json", None)
    assert op.response_model is not None and op.result == op.response_model


def test_several_non_json_media_types_are_a_located_error(
    tiny: SpecFactory, config: Config
) -> None:
    content = {"application/pdf": {"schema": BINARY}, "image/png": {"schema": BINARY}}
    with pytest.raises(SpecError, match=r"responses/200/content.*application/pdf"):
        build.build(tiny({"payload": STR}, content=content), config)


# -- rules for the whole API ---------------------------------------------------------------


def _registry(components: dict[str, object]) -> SchemaRegistry:
    document = {"components": {"schemas": components}}
    return SchemaRegistry(document, select.RefResolver(document))


def test_a_list_of_a_union_of_models_yields_the_union_of_their_classes() -> None:
    ref = "#/components/schemas/"
    namer = _registry(
        {
            "Cdr": {"type": "object", "properties": {"a": STR}},
            "Mdr": {"type": "object", "properties": {"b": STR}},
            "Record": {"oneOf": [{"$ref": ref + "Cdr"}, {"$ref": ref + "Mdr"}]},
            "Nested": {"anyOf": [{"$ref": ref + "Record"}, {"$ref": ref + "Cdr"}]},
        }
    )
    for name in ("Record", "Nested", "Cdr"):
        namer.component(name, "#")
    # datamodel-code-generator writes such a union into the fields using it: no class `Record`
    assert build._result_type(namer, "Record") == "Cdr | Mdr"
    assert build._result_type(namer, "Nested") == "Cdr | Mdr"
    assert build._result_type(namer, "Cdr") == "Cdr"


_OP = OperationIR(
    operation_id="x",
    method="GET",
    path="/x",
    resource=("x",),
    name="x",
    const_name="X",
    path_params=(),
    query_params=(),
    body_fields=(),
    request_model=None,
    response_model=None,
    takes_command_id=False,
    idempotent=True,
    base64_fields=(),
    open_objects=(),
    pagination=None,
    page_item=None,
    docstring="",
)


def test_a_model_named_like_a_class_of_its_resource_module_is_imported_under_an_alias() -> None:
    op = dataclasses.replace(
        _OP, resource=("media",), name="retrieve", response_model="MediaResource"
    )
    res = Resource(path=("media",), class_name="MediaResource", module="media", operations=[op])
    build._annotate_imports(res)
    assert res.model_aliases == {"MediaResource": "_MediaResource"}
    assert res.local(op.returns(False)) == "_MediaResource"
    (models,) = [line for line in res.type_checking_imports if line.module == MODELS_MODULE]
    assert models.names == ("MediaResource as _MediaResource",)
    other = Resource(path=("calls",), class_name="CallsResource", module="calls", operations=[op])
    build._annotate_imports(other)
    assert other.model_aliases == {} and other.local("MediaResource") == "MediaResource"


def test_an_events_own_meta_model_refines_webhook_meta() -> None:
    namer = _registry(
        {
            "FaxQueued": {
                "type": "object",
                "properties": {
                    "meta": {
                        "type": "object",
                        "properties": {
                            "attempt": {"type": "integer"},
                            "delivered_to": {"type": "string", "format": "uri"},
                        },
                    }
                },
            }
        }
    )
    namer.component("FaxQueued", "#")
    assert build._event_meta(namer, "FaxQueued") == "FaxQueuedMeta"
    meta = build._strip_examples(namer.models["FaxQueuedMeta"], build.WEBHOOK_META_BASE)
    assert meta.base_class == "telnyx_voice._models.WebhookMeta"
    # the base's `delivered_to: str | None` is kept: no AnyUrl in the subclass
    assert meta.schema["properties"]["delivered_to"] == {"type": "string"}
