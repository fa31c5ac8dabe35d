"""Version of this package and of what it was generated from."""

__version__ = "0.1.0"
SPEC_SHA256 = "020dcdb3d9da1ecfd401ed4ecdc597fef9e2bf7c0141e02c1cc7b9a0fb1e553d"
SPEC_SOURCE = "telnyx-openapi-2026-07-16.yml"
GENERATOR_VERSION = "0.1.0"
MEDIA_STREAMING_SHA256 = "da508da612c58d1a61c851a2670e1bef3800f93bec4826258ec809347b220572"
