"""Errors of the shared stores: defined in `lighter._errors` (the one error module); this module keeps
the old import path working. The public places are `lighter.stores` and `lighter.errors`."""

from __future__ import annotations

from lighter._errors import (
    KeyLeaseUnavailableError,
    LockLostError,
    StoreAuthenticationError,
    StoreConfigError,
    StoreError,
    StoreUnavailableError,
)

__all__ = [
    "KeyLeaseUnavailableError",
    "LockLostError",
    "StoreAuthenticationError",
    "StoreConfigError",
    "StoreError",
    "StoreUnavailableError",
]
