# Hand-written: copied from overlay/telnyx_voice/pagination.py by codegen; edit it there.
"""The page classes of list methods, under the official ``telnyx.pagination`` module path.

``client.conferences.list()`` returns ``SyncDefaultFlatPagination[Conference]``; the async
client returns ``AsyncPaginator[Conference, AsyncDefaultFlatPagination[Conference]]``.
"""

from ._pagination import AsyncDefaultFlatPagination, AsyncPaginator, SyncDefaultFlatPagination

__all__ = ["AsyncDefaultFlatPagination", "AsyncPaginator", "SyncDefaultFlatPagination"]
