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

from lighter import _telemetry

if TYPE_CHECKING:  # pragma: no cover
    from lighter.signing import PrivateKey

DEFAULT_LIFETIME = 600  # seconds; the official SDK's default
DEFAULT_REFRESH_MARGIN = 60


class Secret:
    """A secret string (an Ethereum key, an auth token) whose repr, str and format are redacted.

    Held instead of the bare string so that ``repr(vars(client))``, debuggers, tracebacks with locals
    and careless f-strings never show it; ``reveal()`` hands the value to the code that signs with it.
    """

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        """The secret itself (for signing only: never log or print it)."""
        return self._value

    def __repr__(self) -> str:
        return "Secret('***')"

    __str__ = __repr__

    def __format__(self, spec: str) -> str:
        return repr(self)

    def __eq__(self, other: object) -> bool:
        import hmac

        return isinstance(other, Secret) and hmac.compare_digest(self._value, other._value)

    def __hash__(self) -> int:
        return hash((Secret, self._value))

    def __reduce__(self) -> tuple[object, ...]:
        raise TypeError("a Secret is not picklable (it would write the secret out)")


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
        if lifetime <= refresh_margin:
            raise ValueError("auth token lifetime must exceed the refresh margin")
        self._account_index = account_index
        self._keys = keys
        self._lifetime = lifetime
        self._margin = refresh_margin
        self._clock = clock
        self._tokens: dict[int, tuple[int, Secret]] = {}  # api key -> (deadline, token)
        self._lock = threading.Lock()

    def token(self, api_key_index: int) -> str:
        """A token valid for at least `refresh_margin` more seconds."""
        now = self._clock()
        with self._lock:
            cached = self._tokens.get(api_key_index)
            if cached is not None and cached[0] - now > self._margin:
                return cached[1].reveal()
        from lighter.signing import create_auth_token

        deadline = int(now) + self._lifetime
        token = create_auth_token(
            self._keys(api_key_index),
            account_index=self._account_index,
            api_key_index=api_key_index,
            deadline=deadline,
        )
        with self._lock:
            self._tokens[api_key_index] = (deadline, Secret(token))
        observer = _telemetry.observer
        if observer is not None:
            observer.auth_token_refreshed()
        return token

    def clear(self) -> None:
        """Drop every cached token (e.g. after the API key changed)."""
        with self._lock:
            self._tokens.clear()

    def __repr__(self) -> str:
        return f"AuthTokenCache(account_index={self._account_index}, cached={len(self._tokens)})"
