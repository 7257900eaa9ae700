"""Shared stores for a fleet of processes trading one account: nonces, API-key leases, rate-limit budget.

The Redis ones need the ``redis`` extra (``pip install 'lighter-client[redis]'``); nothing here is imported by
``import lighter``. ``InMemoryNonceStore`` is the default store, shareable by several clients of one process.

>>> from lighter.stores import RedisNonceStore                                   # doctest: +SKIP
>>> store = RedisNonceStore.from_env()          # LIGHTER_REDIS_URL, LIGHTER_NETWORK  # doctest: +SKIP
>>> client = Lighter.from_env(nonce_store=store)                                   # doctest: +SKIP
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__all__ = [
    "InMemoryNonceStore",
    "RedisNonceStore",
    "RedisRateLimiter",
    "KeyLease",
    "StoreError",
    "StoreConfigError",
    "StoreUnavailableError",
    "StoreAuthenticationError",
    "LockLostError",
    "KeyLeaseUnavailableError",
]

if TYPE_CHECKING:  # pragma: no cover
    from lighter._errors import (
        KeyLeaseUnavailableError,
        LockLostError,
        StoreAuthenticationError,
        StoreConfigError,
        StoreError,
        StoreUnavailableError,
    )
    from lighter._nonce import InMemoryNonceStore
    from lighter.stores._redis_ratelimit import RedisRateLimiter
    from lighter.stores._redis_store import KeyLease, RedisNonceStore

_EXPORTS = {
    "InMemoryNonceStore": "lighter._nonce",
    "RedisNonceStore": "lighter.stores._redis_store",
    "KeyLease": "lighter.stores._redis_store",
    "RedisRateLimiter": "lighter.stores._redis_ratelimit",
}


def __getattr__(name: str) -> Any:
    import importlib

    if name in __all__:
        module = _EXPORTS.get(name, "lighter._errors")
        return getattr(importlib.import_module(module), name)
    raise AttributeError(f"module 'lighter.stores' has no attribute {name!r}")
