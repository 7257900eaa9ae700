"""Auth tokens for private channels: a cache in front of a provider, refreshed before expiry.

A token is ``"deadline:account:api_key:hexsig"`` with ``deadline`` in unix seconds. The cache hands out the
same token until ``refresh_margin`` seconds before its deadline; :meth:`TokenCache.invalidate` forces a new
one (done on every reconnect, so every resubscribe uses a fresh token). Tokens never appear in reprs or
log lines.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from lighter import _telemetry
from lighter._auth import Secret

DEFAULT_TOKEN_LIFETIME = 600  # seconds, as the official SDK
DEFAULT_REFRESH_MARGIN = 120.0


def token_deadline(token: str) -> int | None:
    """The deadline (unix seconds) written in a token, or None when it has another form."""
    head = token.split(":", 1)[0]
    return int(head) if head.isdigit() else None


def key_token_provider(
    api_private_key: Any,
    *,
    account_index: int,
    api_key_index: int,
    lifetime: int = DEFAULT_TOKEN_LIFETIME,
    clock: Callable[[], float] = time.time,
) -> Callable[[], str]:
    """A provider that signs a new token from an API key each call (``lighter.signing.create_auth_token``)."""
    from lighter import signing  # lazy: the signer tables are heavy

    key = api_private_key
    if isinstance(key, str):
        key = signing.PrivateKey.from_hex(key)

    def provide() -> str:
        deadline = int(clock()) + lifetime
        token: str = signing.create_auth_token(
            key, account_index=account_index, api_key_index=api_key_index, deadline=deadline
        )
        observer = _telemetry.observer
        if observer is not None:
            observer.auth_token_refreshed()
        return token

    return provide


class TokenCache:
    """Caches the provider's token until it nears its deadline."""

    def __init__(
        self,
        provider: Callable[[], str],
        *,
        refresh_margin: float = DEFAULT_REFRESH_MARGIN,
        max_age: float = DEFAULT_TOKEN_LIFETIME - DEFAULT_REFRESH_MARGIN,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._provider = provider
        self._refresh_margin = refresh_margin
        self._max_age = max_age  # for tokens whose deadline cannot be read
        self._clock = clock
        self._token: Secret | None = None
        self._expires: float = 0.0

    def get(self) -> str:
        """A token valid for at least ``refresh_margin`` more seconds (calls the provider when needed)."""
        now = self._clock()
        if self._token is None or now >= self._expires:
            token = self._provider()
            if not isinstance(token, str) or not token:
                raise ValueError("the auth provider returned no token")
            deadline = token_deadline(token)
            self._expires = (deadline - self._refresh_margin) if deadline is not None else now + self._max_age
            self._token = Secret(token)
            return token
        return self._token.reveal()

    def invalidate(self) -> None:
        """Forget the cached token; the next :meth:`get` asks the provider."""
        self._token = None

    def __repr__(self) -> str:
        return f"TokenCache(cached={self._token is not None})"
