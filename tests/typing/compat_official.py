"""Typing probes for the drop-in with the official SDK (issue 11).

Correct official-style usages carry no comment; each deliberate mistake ends with the
`# type: ignore[<mypy code>]` both checkers must report there.
"""

from __future__ import annotations

from telnyx_voice import APIResponse, AsyncAPIResponse, AsyncTelnyx, Telnyx, omit
from telnyx_voice.pagination import (
    AsyncDefaultFlatPagination,
    AsyncPaginator,
    SyncDefaultFlatPagination,
)
from telnyx_voice.types import CallDialParams, CallInitiatedWebhookEvent, Conference
from telnyx_voice.types.calls import ActionSpeakParams, ActionSpeakResponse
from telnyx_voice.types.calls.action_answer_response import ActionAnswerResponse


def sync_usage(client: Telnyx) -> None:
    params: ActionSpeakParams = {"payload": "Hi", "voice": "female"}
    spoken: ActionSpeakResponse = client.calls.actions.speak("v3:x", **params)
    raw: APIResponse[ActionSpeakResponse] = client.calls.actions.with_raw_response.speak(
        "v3:x", **params
    )
    again: ActionSpeakResponse = raw.parse()
    text: str = raw.text()
    status: int = raw.status_code
    retries: int = raw.retries_taken
    with client.calls.actions.with_streaming_response.answer("v3:x") as response:
        answered: ActionAnswerResponse = response.parse()
        chunks: list[bytes] = list(response.iter_bytes())
    page: SyncDefaultFlatPagination[Conference] = client.conferences.list()
    client.calls.actions.speak("v3:x", payload="Hi", voice="female", language=omit)
    print(spoken, again, text, status, retries, answered, chunks, page)


def sync_mistakes(client: Telnyx, event: CallInitiatedWebhookEvent) -> None:
    unknown: ActionSpeakParams = {"payload": "Hi", "voice": "female", "nope": 1}  # type: ignore[typeddict-unknown-key]
    missing: ActionSpeakParams = {"voice": "female"}  # type: ignore[typeddict-item]
    dial: CallDialParams = {"connection_id": 1, "from_": "+1", "to": "+2"}  # type: ignore[typeddict-item]
    raw = client.calls.actions.with_raw_response.answer("v3:x")
    text: str = raw.text  # type: ignore[assignment]
    page: SyncDefaultFlatPagination[str] = client.conferences.list()  # type: ignore[assignment]
    print(unknown, missing, dial, text, page, event)


async def async_usage(client: AsyncTelnyx) -> None:
    raw: AsyncAPIResponse[ActionSpeakResponse] = await client.calls.actions.with_raw_response.speak(
        "v3:x", payload="Hi", voice="female"
    )
    spoken: ActionSpeakResponse = await raw.parse()
    text: str = await raw.text()
    async with client.calls.actions.with_streaming_response.answer("v3:x") as response:
        lines = [line async for line in response.iter_lines()]
    paginator: AsyncPaginator[Conference, AsyncDefaultFlatPagination[Conference]] = (
        client.conferences.list()
    )
    first: AsyncDefaultFlatPagination[Conference] = await paginator
    print(spoken, text, lines, first)


async def async_mistakes(client: AsyncTelnyx) -> None:
    raw = await client.calls.actions.with_raw_response.answer("v3:x")
    not_awaited: ActionAnswerResponse = raw.parse()  # type: ignore[assignment]
    with client.calls.actions.with_streaming_response.answer("v3:x"):  # type: ignore[attr-defined]
        pass
    print(not_awaited)


def header_options(client: Telnyx) -> None:
    client.calls.actions.answer("v3:x", extra_headers={"User-Agent": omit, "X-Trace": "1"})
    client.calls.actions.answer("v3:x", extra_headers={"X-Trace": 1})  # type: ignore[dict-item]
