"""Run inside a fresh interpreter with the whole-API package first on sys.path (the test
suite's own `telnyx_voice` is the voice package): `python smoke_driver.py CASES RESULT`.

Each case names a method (`client.<resource>.<method>`), its arguments and the response the
httpx.MockTransport answers with; the result lists the cases whose method is missing on a
client, whose call raised, or whose request went to another method or path."""

from __future__ import annotations

import json
import re
import sys
from typing import Any

import httpx


def main(cases_path: str, result_path: str) -> None:
    import telnyx_voice

    cases: list[dict[str, Any]] = json.loads(open(cases_path, encoding="utf-8").read())
    by_key = {(c["method"], c["pattern"]): c for c in cases}
    current: dict[str, Any] = {}

    def answer(request: httpx.Request) -> httpx.Response:
        case = current["case"]
        current["seen"] = (request.method, request.url.path)
        headers = {"content-type": case["content_type"]} if case["content_type"] else {}
        body = case["body"]
        if isinstance(body, str):
            return httpx.Response(case["status"], content=body.encode(), headers=headers)
        if body is None:
            return httpx.Response(case["status"], headers=headers)
        return httpx.Response(case["status"], json=body, headers=headers)

    client = telnyx_voice.Telnyx(
        api_key="KEY",
        base_url="http://127.0.0.1:9/v2",
        max_retries=0,
        http_client=httpx.Client(transport=httpx.MockTransport(answer)),
    )
    async_client = telnyx_voice.AsyncTelnyx(api_key="KEY", base_url="http://127.0.0.1:9/v2")
    failures: dict[str, str] = {}
    for case in by_key.values():
        op = case["operation_id"]
        target: Any = client
        async_target: Any = async_client
        try:
            for attr in case["attrs"]:
                target = getattr(target, attr)
                async_target = getattr(async_target, attr)
        except AttributeError as error:
            failures[op] = f"missing: {error}"
            continue
        current.clear()
        current["case"] = case
        try:
            result = target(*case["args"], **_bytes(case["kwargs"]))
            kind = case["result_kind"]
            if kind == "page":
                next(iter(result), None)  # a page: fetch the first one
            elif kind == "binary":  # the bytes answered, in the binary response object
                assert isinstance(result, telnyx_voice.BinaryAPIResponse), type(result)
                assert result.read() == case["body"].encode(), "binary body changed"
            elif kind == "text":
                assert result == case["body"], f"text body {result!r}"
        except Exception as error:  # noqa: BLE001 - every failure is reported, by operation
            failures[op] = f"{type(error).__name__}: {str(error)[:300]}"
            continue
        seen = current.get("seen")
        if seen is None or seen[0] != case["method"] or not re.fullmatch(case["pattern"], seen[1]):
            failures[op] = f"sent {seen}, expected {case['method']} {case['pattern']}"
    with open(result_path, "w", encoding="utf-8") as out:
        json.dump({"calls": len(by_key), "failures": failures}, out, indent=1, sort_keys=True)


def _bytes(value: Any) -> Any:
    """The cases' `{"__bytes__": text}` (files, raw bodies: JSON has no bytes) as bytes."""
    if isinstance(value, dict):
        if set(value) == {"__bytes__"}:
            return str(value["__bytes__"]).encode()
        return {k: _bytes(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_bytes(v) for v in value]
    return value


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
