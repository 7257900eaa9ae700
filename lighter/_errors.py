"""The error tree shared by every layer of the SDK.

Only the roots live here for now; the REST client adds the status and result-code catalogue.
"""

from __future__ import annotations


class LighterError(Exception):
    """Base class of every exception the SDK raises on purpose."""


class APIError(LighterError):
    """The exchange answered with an error (``{code, message}``)."""

    def __init__(self, message: str, *, code: int | None = None, status_code: int | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.status_code = status_code
