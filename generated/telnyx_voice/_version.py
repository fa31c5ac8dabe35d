"""Version of this package and of what it was generated from."""

__version__ = "0.1.0"
SPEC_SHA256 = "020dcdb3d9da1ecfd401ed4ecdc597fef9e2bf7c0141e02c1cc7b9a0fb1e553d"
SPEC_SOURCE = "telnyx-openapi-2026-07-16.yml"
GENERATOR_VERSION = "0.1.0"
MEDIA_STREAMING_SHA256 = "64f9db9c2472351d6d3fe4dc05228eafd17fc28dc68b28a15381074a882b13b6"
