"""`DeepgramNova2ConfigTranscriptionModel` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from telnyx_voice._models import LenientEnum


class DeepgramNova2ConfigTranscriptionModel(LenientEnum):
    DEEPGRAM_NOVA_2 = "deepgram/nova-2"
