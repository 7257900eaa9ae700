"""Auth tokens for read endpoints: created locally from an API key, cached, refreshed before expiry.

A token is ``"deadline:account:api_key:" + hex(signature)``; signing one costs about a millisecond, so
one token per (account, API key) is kept and replaced when less than `refresh_margin` seconds remain.
Tokens are secrets: they never appear in repr, logs or error messages.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from lighter._errors import ConfigError
from lighter._secrets import Secret

if TYPE_CHECKING:  # pragma: no cover
    from lighter.signing import PrivateKey

__all__ = ["DEFAULT_LIFETIME", "MAX_LIFETIME", "AuthTokenCache", "Secret"]

DEFAULT_LIFETIME = 600  # seconds; the official SDK's default
MAX_LIFETIME = 8 * 3600  # the exchange refuses tokens that live longer
DEFAULT_REFRESH_MARGIN = 60


class AuthTokenCache:
    """Thread-safe cache of one auth token per API key of one account."""

    def __init__(
        self,
        account_index: int,
        keys: Callable[[int], PrivateKey],
        *,
        lifetime: int = DEFAULT_LIFETIME,
        refresh_margin: int = DEFAULT_REFRESH_MARGIN,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if (
            isinstance(lifetime, bool)
            or not isinstance(lifetime, int)
            or not refresh_margin < lifetime <= MAX_LIFETIME
        ):
            raise ConfigError(
                f"auth_token_lifetime must be whole seconds above the refresh margin ({refresh_margin} s) "
                f"and at most {MAX_LIFETIME} s (8 hours, the exchange's cap), got {lifetime!r}"
            )
        self._account_index = account_index
        self._keys = keys
        self._lifetime = lifetime
        self._margin = refresh_margin
        self._clock = clock
        self._tokens: dict[int, tuple[int, Secret]] = {}  # api key -> (deadline, token)
        self._lock = threading.Lock()

    def token(self, api_key_index: int) -> str:
        """A token valid for at least `refresh_margin` more seconds."""
        return self.secret(api_key_index).reveal()

    def secret(self, api_key_index: int) -> Secret:
        """`token`, wrapped: the request path carries it this way until the last moment."""
        now = self._clock()
        with self._lock:
            cached = self._tokens.get(api_key_index)
            if cached is not None and cached[0] - now > self._margin:
                return cached[1]
        from lighter.signing import create_auth_token

        deadline = int(now) + self._lifetime
        token = Secret(
            create_auth_token(
                self._keys(api_key_index),
                account_index=self._account_index,
                api_key_index=api_key_index,
                deadline=deadline,
            )
        )
        with self._lock:
            self._tokens[api_key_index] = (deadline, token)
        return token

    def clear(self) -> None:
        """Drop every cached token (e.g. after the API key changed)."""
        with self._lock:
            self._tokens.clear()

    def __repr__(self) -> str:
        return f"AuthTokenCache(account_index={self._account_index}, cached={len(self._tokens)})"
