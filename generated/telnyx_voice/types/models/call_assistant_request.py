"""`CallAssistantRequest` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Literal, TypeAlias

from pydantic import Field

from telnyx_voice._models import BaseModel, LenientEnum
from telnyx_voice.types.models.book_appointment_tool import BookAppointmentTool
from telnyx_voice.types.models.call_control_retrieval_tool import CallControlRetrievalTool
from telnyx_voice.types.models.check_availability_tool import CheckAvailabilityTool
from telnyx_voice.types.models.hangup_tool import HangupTool
from telnyx_voice.types.models.transfer_tool import TransferTool
from telnyx_voice.types.models.webhook_tool import WebhookTool


class CallAssistantRequestExternalLlmAuthenticationMethod(LenientEnum):
    """
    Authentication method used when connecting to the external LLM endpoint.
    """

    TOKEN = "token"
    CERTIFICATE = "certificate"


class CallAssistantRequestFallbackConfigExternalLlmAuthenticationMethod(LenientEnum):
    """
    Authentication method used when connecting to the external LLM endpoint.
    """

    TOKEN = "token"
    CERTIFICATE = "certificate"


if TYPE_CHECKING:
    CallAssistantRequestExternalLlmAuthenticationMethodLike: TypeAlias = (
        CallAssistantRequestExternalLlmAuthenticationMethod | Literal["token", "certificate"]
    )
    CallAssistantRequestFallbackConfigExternalLlmAuthenticationMethodLike: TypeAlias = (
        CallAssistantRequestFallbackConfigExternalLlmAuthenticationMethod
        | Literal["token", "certificate"]
    )
else:
    CallAssistantRequestExternalLlmAuthenticationMethodLike = (
        CallAssistantRequestExternalLlmAuthenticationMethod
    )
    CallAssistantRequestFallbackConfigExternalLlmAuthenticationMethodLike = (
        CallAssistantRequestFallbackConfigExternalLlmAuthenticationMethod
    )


class CallAssistantRequest(BaseModel):
    """
    AI Assistant configuration. All fields except `id` are optional — the assistant's stored configuration will be used as fallback for any omitted fields.
    """

    dynamic_variables: dict[str, str | float | bool] | None = None
    """
    Map of dynamic variables and their default values. Dynamic variables can be referenced in instructions, greeting, and tool definitions using the `{{variable_name}}` syntax. Call-control-agent automatically merges in `telnyx_call_*` variables (telnyx_call_to, telnyx_call_from, telnyx_conversation_channel, telnyx_agent_target, telnyx_end_user_target, telnyx_call_caller_id_name) and custom header variables.
    """
    external_llm: CallAssistantRequestExternalLlm | None = None
    fallback_config: CallAssistantRequestFallbackConfig | None = None
    greeting: Annotated[str | None, Field(max_length=3000)] = None
    """
    Initial greeting text spoken when the assistant starts. Can be plain text for any voice or SSML for `AWS.Polly.<voice_id>` voices. There is a 3,000 character limit.
    """
    id: str
    """
    The identifier of the AI assistant to use.
    """
    instructions: str | None = None
    """
    System instructions for the voice assistant. Can be templated with [dynamic variables](https://developers.telnyx.com/docs/inference/ai-assistants/dynamic-variables). This will overwrite the instructions set in the assistant configuration.
    """
    llm_api_key_ref: str | None = None
    """
    Integration secret identifier for the LLM provider API key. Use this field to reference an [integration secret](https://developers.telnyx.com/api/secrets-manager/integration-secrets/create-integration-secret) containing your LLM provider API key. Supports any LLM provider (OpenAI, Anthropic, etc.).
    """
    mcp_servers: list[CallAssistantRequestMcpServersItem] | None = None
    """
    MCP (Model Context Protocol) server configurations for extending the assistant's capabilities with external tools and data sources.
    """
    model: str | None = None
    """
    LLM model override for this call. If omitted, the assistant's configured model is used.
    """
    name: str | None = None
    """
    Assistant name override for this call.
    """
    observability_settings: CallAssistantRequestObservabilitySettings | None = None
    openai_api_key_ref: Annotated[str | None, Field(deprecated=True)] = None
    """
    Deprecated — use `llm_api_key_ref` instead. Integration secret identifier for the OpenAI API key. This field is maintained for backward compatibility; `llm_api_key_ref` is the canonical field name and supports all LLM providers.
    """
    tools: (
        list[
            Annotated[
                BookAppointmentTool
                | CheckAvailabilityTool
                | WebhookTool
                | HangupTool
                | TransferTool
                | CallControlRetrievalTool,
                Field(discriminator="type"),
            ]
        ]
        | None
    ) = None
    """
    Inline tool definitions available to the assistant (webhook, retrieval, transfer, hangup, etc.). Overrides the assistant's stored tools if provided.
    """


class CallAssistantRequestExternalLlm(BaseModel):
    """
    External LLM configuration for bringing your own LLM endpoint.
    """

    authentication_method: CallAssistantRequestExternalLlmAuthenticationMethodLike | None = (
        CallAssistantRequestExternalLlmAuthenticationMethod.TOKEN
    )
    base_url: str | None = None
    """
    Base URL for the external LLM endpoint.
    """
    certificate_ref: str | None = None
    """
    Integration secret identifier for the client certificate used with certificate authentication.
    """
    forward_metadata: bool = False
    """
    When enabled, Telnyx forwards the assistant's dynamic variables to the external LLM endpoint. Defaults to false. The chat completion request includes a top-level `extra_metadata` object when dynamic variables are available. For example: `{"extra_metadata":{"customer_name":"Jane","account_id":"acct_789","telnyx_agent_target":"+13125550100","telnyx_end_user_target":"+13125550123"}}`.
    """
    llm_api_key_ref: str | None = None
    """
    Integration secret identifier for the external LLM API key.
    """
    model: str | None = None
    """
    Model identifier to use with the external LLM endpoint.
    """
    token_retrieval_url: str | None = None
    """
    URL used to retrieve an access token when certificate authentication is enabled.
    """


class CallAssistantRequestFallbackConfig(BaseModel):
    """
    Fallback LLM configuration used when the primary LLM provider is unavailable.
    """

    external_llm: CallAssistantRequestFallbackConfigExternalLlm | None = None
    llm_api_key_ref: str | None = None
    """
    Integration secret identifier for the fallback model API key.
    """
    model: str | None = None
    """
    Fallback Telnyx-hosted model to use when the primary LLM provider is unavailable.
    """


class CallAssistantRequestFallbackConfigExternalLlm(BaseModel):
    """
    External LLM fallback configuration.
    """

    authentication_method: (
        CallAssistantRequestFallbackConfigExternalLlmAuthenticationMethodLike | None
    ) = CallAssistantRequestFallbackConfigExternalLlmAuthenticationMethod.TOKEN
    base_url: str | None = None
    """
    Base URL for the external LLM endpoint.
    """
    certificate_ref: str | None = None
    """
    Integration secret identifier for the client certificate used with certificate authentication.
    """
    forward_metadata: bool = False
    """
    When enabled, Telnyx forwards the assistant's dynamic variables to the external LLM endpoint. Defaults to false. The chat completion request includes a top-level `extra_metadata` object when dynamic variables are available. For example: `{"extra_metadata":{"customer_name":"Jane","account_id":"acct_789","telnyx_agent_target":"+13125550100","telnyx_end_user_target":"+13125550123"}}`.
    """
    llm_api_key_ref: str | None = None
    """
    Integration secret identifier for the external LLM API key.
    """
    model: str | None = None
    """
    Model identifier to use with the external LLM endpoint.
    """
    token_retrieval_url: str | None = None
    """
    URL used to retrieve an access token when certificate authentication is enabled.
    """


class CallAssistantRequestMcpServersItem(BaseModel):
    pass


class CallAssistantRequestObservabilitySettings(BaseModel):
    """
    Observability configuration for the assistant session, including Langfuse integration for tracing and monitoring.
    """
