"""The telnyx-voice generator: Telnyx OpenAPI spec -> generated/telnyx_voice.

Pipeline (one module per stage): load -> select -> closure -> ir (build) -> models
(datamodel-code-generator) -> render (Jinja2) -> write (ruff format, atomic swap).
"""

__version__ = "0.1.0"
