"""Form, multipart, raw and header requests, generated from a tiny spec and sent by the
generated package to a real server on 127.0.0.1.

The tiny package is generated into a temporary directory and driven in a subprocess (this
interpreter's `telnyx_voice` is the voice package, which has only JSON bodies); the server
runs here and records what arrived."""

from __future__ import annotations

import email.parser
import email.policy
import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import pytest
import yaml
from telnyx_voice import RequestValidationError
from telnyx_voice._building import PreparedRequest, build_request
from telnyx_voice._operation import Operation
from telnyx_voice._types import NOT_GIVEN, RequestOptions

from codegen import cli

from ..codegen.tiny_spec import document
from ..conftest import Recorded, RecordingServer

STR = {"type": "string"}
BINARY = {"type": "string", "format": "binary"}
ACTIONS = "/calls/{call_control_id}/actions/"


def _spec() -> dict[str, Any]:
    """Speak: a form body and a required `Idempotency-Key` header; Upload: multipart with a
    file part; Store: a raw `application/octet-stream` body."""
    form = {
        "to": STR,
        "record": {"type": "boolean"},
        "tags": {"type": "array", "items": STR},
        "custom_headers": {
            "type": "array",
            "items": {"type": "object", "properties": {"name": STR, "value": STR}},
        },
    }
    doc = document(
        form,
        ("to",),
        headers=(
            {"name": "Idempotency-Key", "required": True, "schema": STR},
            {"name": "Authorization", "schema": STR},  # the client's own: no argument
        ),
        request_body={
            "content": {
                "application/x-www-form-urlencoded": {
                    "schema": {"$ref": "#/components/schemas/Speak"}
                }
            }
        },
        schemas={
            "Upload": {
                "type": "object",
                "required": ["audio"],
                "properties": {
                    "audio": BINARY,
                    "name": STR,
                    "settings": {"type": "object", "properties": {"rate": {"type": "integer"}}},
                },
            }
        },
    )
    speak = doc["paths"][ACTIONS + "speak"]["post"]
    ok = speak["responses"]
    path_param = speak["parameters"][0]
    doc["paths"][ACTIONS + "upload"] = {
        "post": {
            "operationId": "Upload",
            "tags": ["Call Commands"],
            "parameters": [path_param],
            "requestBody": {
                "content": {
                    "multipart/form-data": {"schema": {"$ref": "#/components/schemas/Upload"}}
                }
            },
            "responses": ok,
        }
    }
    doc["paths"][ACTIONS + "store"] = {
        "put": {
            "operationId": "Store",
            "tags": ["Call Commands"],
            "parameters": [path_param],
            "requestBody": {
                "required": True,
                "content": {"application/octet-stream": {"schema": BINARY}},
            },
            "responses": ok,
        }
    }
    return doc


DRIVER = """
import asyncio, io, json, pathlib, sys
import telnyx_voice
from telnyx_voice import RequestValidationError

url, audio = sys.argv[1], pathlib.Path(sys.argv[2])
client = telnyx_voice.Telnyx(api_key="KEY", base_url=url, max_retries=1)
out = {}
client.calls.actions.speak(
    "c 1",
    to="+15550001",
    record=True,
    tags=["a", "b"],
    custom_headers=[{"name": "X-One", "value": "1"}],
    idempotency_key="key-1",
)
# a 500 first: the retry must send the identical multipart bytes (one boundary)
client.calls.actions.upload(
    "c1", audio=audio, name="greeting", settings={"rate": 8000}, retry_non_idempotent=True
)
with audio.open("rb") as fh:
    client.calls.actions.store("c1", body=fh)
try:
    client.calls.actions.speak("c1", to="+15550001", record="yes", idempotency_key="k")
except RequestValidationError as error:
    out["strict"] = str(error)
try:
    client.calls.actions.upload("c1", audio="not a file")
except RequestValidationError as error:
    out["not_a_file"] = str(error)


async def main():
    async with telnyx_voice.AsyncTelnyx(api_key="KEY", base_url=url, max_retries=0) as aclient:
        await aclient.calls.actions.upload(
            "c1", audio=("hello.wav", io.BytesIO(b"RIFF-async"), "audio/wav")
        )

asyncio.run(main())
print(json.dumps(out))
"""


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tiny spec's package, generated (voice selection: the `Call Commands` tag)."""
    root = tmp_path_factory.mktemp("bodies")
    spec_path = root / "tiny.yml"
    spec_path.write_text(yaml.safe_dump(_spec()), encoding="utf-8")
    out = root / "package"
    cache = os.environ.get("TELNYX_CODEGEN_CACHE")
    os.environ["TELNYX_CODEGEN_CACHE"] = str(root / "cache")
    try:
        cli.generate(str(spec_path), out, quiet=True)
    finally:
        if cache is None:
            os.environ.pop("TELNYX_CODEGEN_CACHE")
        else:
            os.environ["TELNYX_CODEGEN_CACHE"] = cache
    return out


def _multipart(request: Recorded) -> dict[str, tuple[str | None, str | None, bytes]]:
    """Parts by name: (filename, content type, bytes), parsed by the standard library."""
    raw = f"Content-Type: {request.headers['content-type']}\r\n\r\n".encode() + request.body
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(raw)
    parts = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        content_type = part.get("content-type")
        payload = part.get_payload(decode=True)
        assert isinstance(name, str) and isinstance(payload, bytes)
        parts[name] = (part.get_filename(), content_type and str(content_type), payload)
    return parts


def test_form_multipart_raw_and_header_requests_arrive_as_the_spec_says(
    package: Path, recording_server: RecordingServer, tmp_path: Path
) -> None:
    audio = tmp_path / "greeting.wav"
    audio.write_bytes(b"RIFF\x00\x01binary\xff")
    recording_server.first_replies = [(200, {"data": {}}), (500, {"errors": []})]
    done = subprocess.run(
        [sys.executable, "-c", DRIVER, recording_server.url, str(audio)],
        env={**os.environ, "PYTHONPATH": str(package)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    refused = json.loads(done.stdout)
    speak, upload_failed, upload, store, async_upload = recording_server.requests

    # form: the spec's urlencoded fields, the header parameter, the client's Authorization
    assert (speak.method, speak.path) == ("POST", "/v2/calls/c%201/actions/speak")
    assert speak.headers["content-type"] == "application/x-www-form-urlencoded"
    assert speak.headers["idempotency-key"] == "key-1"
    assert speak.headers["authorization"] == "Bearer KEY"
    assert parse_qs(speak.body.decode()) == {
        "to": ["+15550001"],
        "record": ["true"],
        "tags": ["a", "b"],
        "custom_headers[0][name]": ["X-One"],
        "custom_headers[0][value]": ["1"],
    }

    # multipart: the file part from a path (its name), the other fields as text or JSON;
    # the retry after the 500 sent the identical bytes
    assert upload.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert (upload_failed.body, upload_failed.headers["content-type"]) == (
        upload.body,
        upload.headers["content-type"],
    )
    parts = _multipart(upload)
    assert parts["audio"][0] == "greeting.wav" and parts["audio"][2] == audio.read_bytes()
    assert parts["name"][2] == b"greeting"
    assert json.loads(parts["settings"][2]) == {"rate": 8000}
    async_parts = _multipart(async_upload)
    assert async_parts == {"audio": ("hello.wav", "audio/wav", b"RIFF-async")}

    # raw: the bytes as given, from an open file
    assert (store.method, store.headers["content-type"]) == ("PUT", "application/octet-stream")
    assert store.body == audio.read_bytes()

    # strict: nothing was sent for a mistyped field or a file that is none
    assert "record" in refused["strict"] and "bool" in refused["strict"]
    assert "'audio' must be bytes, a binary file object, a path" in refused["not_a_file"]


# -- the runtime alone: Operation constants as the generator writes them ---------------------


def _build(op: Operation[Any], body: object, **kwargs: Any) -> PreparedRequest:
    return build_request(
        op,
        base_url="http://127.0.0.1:9/v2",
        path_params=None,
        query=None,
        body=body,
        options=kwargs.pop("options", None),
        default_headers={"Authorization": "Bearer KEY"},
        default_timeout=5.0,
        default_max_retries=0,
        default_retry_non_idempotent=False,
        **kwargs,
    )


FORM: Operation[None] = Operation(
    "Form", "POST", "/f", body_kind="form", content_type="application/x-www-form-urlencoded"
)
MULTIPART: Operation[None] = Operation(
    "Up",
    "POST",
    "/u",
    body_kind="multipart",
    content_type="multipart/form-data",
    file_fields=("file",),
)
RAW: Operation[None] = Operation(
    "Raw", "PUT", "/r", body_kind="raw", content_type="application/octet-stream", whole_body=True
)


def test_a_form_without_fields_is_an_empty_form() -> None:
    prepared = _build(FORM, {"note": NOT_GIVEN})
    assert (prepared.content, prepared.headers["Content-Type"]) == (
        b"",
        "application/x-www-form-urlencoded",
    )


@pytest.mark.parametrize(
    ("given", "filename", "content_type"),
    [
        (b"abc", "upload", "application/octet-stream"),
        (io.BytesIO(b"abc"), "upload", "application/octet-stream"),
        (("a.txt", b"abc"), "a.txt", "text/plain"),  # httpx guesses from the name
        (("a.bin", io.BytesIO(b"abc"), "audio/wav"), "a.bin", "audio/wav"),
    ],
)
def test_every_file_type_is_read_once_into_the_part(
    given: object, filename: str, content_type: str
) -> None:
    prepared = _build(MULTIPART, {"file": given, "name": "n"})
    request = Recorded(
        "POST",
        "/u",
        "",
        {"content-type": prepared.headers["Content-Type"]},
        prepared.content or b"",
    )
    parts = _multipart(request)
    assert parts["file"] == (filename, content_type, b"abc")
    assert parts["name"] == (None, None, b"n")


def test_a_raw_body_is_sent_as_given_and_takes_no_extra_body() -> None:
    prepared = _build(RAW, iter([b"ab", b"c"]))
    assert (prepared.content, prepared.headers["Content-Type"]) == (
        b"abc",
        "application/octet-stream",
    )
    with pytest.raises(RequestValidationError, match="extra_body"):
        _build(RAW, b"abc", options=RequestOptions(extra_body={"a": 1}))


def test_header_parameters_are_sent_unless_not_given_and_extra_headers_win() -> None:
    sent = _build(FORM, {}, header_params={"Idempotency-Key": "k", "Accept": NOT_GIVEN})
    assert sent.headers["Idempotency-Key"] == "k" and "Accept" not in sent.headers
    options = RequestOptions(extra_headers={"Idempotency-Key": "override"})
    again = _build(FORM, {}, header_params={"Idempotency-Key": "k"}, options=options)
    assert again.headers["Idempotency-Key"] == "override"


def test_a_given_optional_idempotency_key_makes_the_request_retryable() -> None:
    keyed: Operation[None] = Operation("Create", "POST", "/c", idempotency_header="Idempotency-Key")
    assert not _build(keyed, {}).retryable
    assert not _build(keyed, {}, header_params={"Idempotency-Key": NOT_GIVEN}).retryable
    assert _build(keyed, {}, header_params={"Idempotency-Key": "k-1"}).retryable


def test_a_part_gets_the_spec_content_type_unless_the_argument_names_one() -> None:
    pdf: Operation[None] = Operation(
        "Loa",
        "POST",
        "/l",
        body_kind="multipart",
        content_type="multipart/form-data",
        file_fields=("loa",),
        part_types=(("loa", "application/pdf"),),
    )
    for given, expected in (
        (b"%PDF", "application/pdf"),
        (("a.txt", b"%PDF", "text/plain"), "text/plain"),
    ):
        prepared = _build(pdf, {"loa": given})
        headers = {"content-type": prepared.headers["Content-Type"]}
        parts = _multipart(Recorded("POST", "/l", "", headers, prepared.content or b""))
        assert parts["loa"][1:] == (expected, b"%PDF")
