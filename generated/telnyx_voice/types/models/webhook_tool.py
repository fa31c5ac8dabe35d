"""`WebhookTool` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, TypeAlias

from telnyx_voice._models import BaseModel, LenientEnum


class CallControlWebhookToolParamsBodyParametersType(LenientEnum):
    OBJECT = "object"


class CallControlWebhookToolParamsMethod(LenientEnum):
    """
    The HTTP method to be used when calling the external tool.
    """

    GET = "GET"
    POST = "POST"
    PUT = "PUT"
    DELETE = "DELETE"
    PATCH = "PATCH"


class CallControlWebhookToolParamsPathParametersType(LenientEnum):
    OBJECT = "object"


class CallControlWebhookToolParamsQueryParametersType(LenientEnum):
    OBJECT = "object"


if TYPE_CHECKING:
    CallControlWebhookToolParamsBodyParametersTypeLike: TypeAlias = (
        CallControlWebhookToolParamsBodyParametersType | Literal["object"]
    )
    CallControlWebhookToolParamsMethodLike: TypeAlias = (
        CallControlWebhookToolParamsMethod | Literal["GET", "POST", "PUT", "DELETE", "PATCH"]
    )
    CallControlWebhookToolParamsPathParametersTypeLike: TypeAlias = (
        CallControlWebhookToolParamsPathParametersType | Literal["object"]
    )
    CallControlWebhookToolParamsQueryParametersTypeLike: TypeAlias = (
        CallControlWebhookToolParamsQueryParametersType | Literal["object"]
    )
else:
    CallControlWebhookToolParamsBodyParametersTypeLike = (
        CallControlWebhookToolParamsBodyParametersType
    )
    CallControlWebhookToolParamsMethodLike = CallControlWebhookToolParamsMethod
    CallControlWebhookToolParamsPathParametersTypeLike = (
        CallControlWebhookToolParamsPathParametersType
    )
    CallControlWebhookToolParamsQueryParametersTypeLike = (
        CallControlWebhookToolParamsQueryParametersType
    )


class CallControlWebhookToolParams(BaseModel):
    body_parameters: CallControlWebhookToolParamsBodyParameters | None = None
    description: str
    """
    The description of the tool.
    """
    headers: list[CallControlWebhookToolParamsHeadersItem] | None = None
    """
    The headers to be sent to the external tool.
    """
    method: CallControlWebhookToolParamsMethodLike | None = CallControlWebhookToolParamsMethod.POST
    name: str
    """
    The name of the tool.
    """
    path_parameters: CallControlWebhookToolParamsPathParameters | None = None
    query_parameters: CallControlWebhookToolParamsQueryParameters | None = None
    url: str
    """
    The URL of the external tool to be called. This URL is going to be used by the assistant. The URL can be templated like: `https://example.com/api/v1/{id}`, where `{id}` is a placeholder for a value that will be provided by the assistant if `path_parameters` are provided with the `id` attribute.
    """


class CallControlWebhookToolParamsBodyParameters(BaseModel):
    """
    The body parameters the webhook tool accepts, described as a JSON Schema object. These parameters will be passed to the webhook as the body of the request. See the [JSON Schema reference](https://json-schema.org/understanding-json-schema) for documentation about the format
    """

    properties: dict[str, Any] | None = None
    """
    The properties of the body parameters.
    """
    required: list[str] | None = None
    """
    The required properties of the body parameters.
    """
    type: CallControlWebhookToolParamsBodyParametersTypeLike | None = None


class CallControlWebhookToolParamsHeadersItem(BaseModel):
    name: str | None = None
    value: str | None = None
    """
    The value of the header. Note that we support mustache templating for the value. For example you can use `Bearer {{#integration_secret}}test-secret{{/integration_secret}}` to pass the value of the integration secret as the bearer token.
    """


class CallControlWebhookToolParamsPathParameters(BaseModel):
    """
    The path parameters the webhook tool accepts, described as a JSON Schema object. These parameters will be passed to the webhook as the path of the request if the URL contains a placeholder for a value. See the [JSON Schema reference](https://json-schema.org/understanding-json-schema) for documentation about the format
    """

    properties: dict[str, Any] | None = None
    """
    The properties of the path parameters.
    """
    required: list[str] | None = None
    """
    The required properties of the path parameters.
    """
    type: CallControlWebhookToolParamsPathParametersTypeLike | None = None


class CallControlWebhookToolParamsQueryParameters(BaseModel):
    """
    The query parameters the webhook tool accepts, described as a JSON Schema object. These parameters will be passed to the webhook as the query of the request. See the [JSON Schema reference](https://json-schema.org/understanding-json-schema) for documentation about the format
    """

    properties: dict[str, Any] | None = None
    """
    The properties of the query parameters.
    """
    required: list[str] | None = None
    """
    The required properties of the query parameters.
    """
    type: CallControlWebhookToolParamsQueryParametersTypeLike | None = None


class WebhookTool(BaseModel):
    type: Literal["webhook"]
    webhook: CallControlWebhookToolParams
