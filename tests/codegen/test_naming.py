"""Stage: names of resources, methods and arguments (codegen/naming.py), rule and overrides."""

from __future__ import annotations

import pytest

from codegen import naming
from codegen.config import ActionNaming, Naming, OfficialTypeNaming
from codegen.errors import SpecError

NAMING = Naming(
    actions={
        "calls.actions": ActionNaming(
            verb_first=frozenset({"start", "stop"}), noun_aliases={"record": "recording"}
        )
    },
    overrides={"DialCall": "calls.dial", "Bad": "dial"},
)


@pytest.mark.parametrize(
    ("wire", "name"),
    [
        ("digits", "digits"),
        ("from", "from_"),  # keyword
        ("page[number]", "page_number"),
        ("self", "self_"),
        ("10dlc", "_10dlc"),  # not an identifier
        ("SendDTMF", "SendDTMF"),  # identifiers are kept as written
    ],
)
def test_py_name(wire: str, name: str) -> None:
    assert naming.py_name(wire) == name


@pytest.mark.parametrize(
    ("path", "method", "expected"),
    [
        ("/calls/{call_control_id}/actions/speak", "post", (("calls", "actions"), "speak")),
        ("/calls/{id}/actions/record_start", "post", (("calls", "actions"), "start_recording")),
        ("/calls/{id}/actions/fork_stop", "post", (("calls", "actions"), "stop_fork")),
        ("/calls/{id}/actions/gather", "post", (("calls", "actions"), "gather")),
        ("/conferences", "get", (("conferences",), "list")),
        ("/conferences", "post", (("conferences",), "create")),
        ("/conferences/{id}", "get", (("conferences",), "retrieve")),
        ("/conferences/{id}", "patch", (("conferences",), "update")),
        ("/queues/{name}", "delete", (("queues",), "delete")),
        ("/queues/{name}/calls", "get", (("queues", "calls"), "list")),
        ("/queues", "put", (("queues",), "put_queues")),  # no CRUD verb: method + noun
    ],
)
def test_method_name_rule(path: str, method: str, expected: tuple[tuple[str, ...], str]) -> None:
    assert naming.method_name(path, method, "Op", NAMING, "#/paths/x") == expected


@pytest.mark.parametrize(
    ("path", "method", "expected"),
    [
        ("/ai/assistants/{id}/clone", "post", (("ai", "assistants"), "clone")),
        ("/call_reasons/validate", "post", (("call_reasons",), "validate")),
        (
            "/managed_accounts/{id}/update_global_channel_limit",
            "patch",
            (("managed_accounts",), "update_global_channel_limit"),
        ),
        # a GET stays a listing of the segment (`phone_numbers.voice.list`)
        ("/phone_numbers/voice", "get", (("phone_numbers", "voice"), "list")),
        # one segment is a resource of its own (`oauth/token` has two)
        ("/summarize", "post", (("summarize",), "create")),
    ],
)
def test_a_lone_leaf_operation_is_an_action_of_the_resource_above(
    path: str, method: str, expected: tuple[tuple[str, ...], str]
) -> None:
    assert naming.method_name(path, method, "Op", NAMING, "#/paths/x", leaf=True) == expected


def test_an_operation_that_is_not_a_lone_leaf_keeps_the_crud_rule() -> None:
    # another operation on the path, or a path below it: the segment is a resource
    assert naming.method_name("/ai/assistants/{id}/clone", "post", "Op", NAMING, "#") == (
        ("ai", "assistants", "clone"),
        "create",
    )


def test_an_override_wins_and_a_malformed_one_is_a_located_error() -> None:
    assert naming.method_name("/calls", "post", "DialCall", NAMING, "#") == (("calls",), "dial")
    with pytest.raises(SpecError, match="#/paths/~1x/post"):
        naming.method_name("/x", "post", "Bad", NAMING, "#/paths/~1x/post")


def test_a_path_without_static_segment_is_an_error() -> None:
    with pytest.raises(SpecError, match="static segment"):
        naming.method_name("/{id}", "get", "Op", NAMING, "#/paths/~1{id}")


def test_official_type_names() -> None:
    rule = OfficialTypeNaming(acronyms={"ai": "AI"}, singular={"queues": "queue"})
    assert naming.official_type_names(("calls", "actions"), "speak", rule) == (
        ("calls",),
        "ActionSpeak",
    )
    assert naming.official_type_names(("calls", "actions"), "gather_using_ai", rule) == (
        ("calls",),
        "ActionGatherUsingAI",
    )
    assert naming.official_type_names(("queues",), "list", rule) == ((), "QueueList")
    assert naming.official_event("CallInitiatedEvent") == "CallInitiatedWebhookEvent"
