"""`GatherRequest` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from telnyx_voice._models import BaseModel


class GatherRequest(BaseModel):
    client_state: str | None = None
    """
    Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string.
    """
    command_id: str | None = None
    """
    Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`.
    """
    gather_id: Annotated[str | None, Field(max_length=40, min_length=1)] = None
    """
    An id that will be sent back in the corresponding `call.gather.ended` webhook. Will be randomly generated if not specified.
    """
    initial_timeout_millis: int = 5000
    """
    The number of milliseconds to wait for the first DTMF.
    """
    inter_digit_timeout_millis: int = 5000
    """
    The number of milliseconds to wait for input between digits.
    """
    maximum_digits: int = 128
    """
    The maximum number of digits to fetch. This parameter has a maximum value of 128.
    """
    minimum_digits: int = 1
    """
    The minimum number of digits to fetch. This parameter has a minimum value of 1.
    """
    terminating_digit: str = "#"
    """
    The digit used to terminate input if fewer than `maximum_digits` digits have been gathered.
    """
    timeout_millis: int = 60000
    """
    The number of milliseconds to wait to complete the request.
    """
    valid_digits: str = "0123456789#*"
    """
    A list of all digits accepted as valid.
    """
