"""The client's options, written once: their type (`ClientOptions`), defaults, documentation and checks.

Both faces take ``**options`` of this type; their signatures and docstrings are derived from here, so
adding an option is one entry below (its type, default and line of documentation) and its use in
`lighter._client.core`.
"""

from __future__ import annotations

import inspect
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict
from urllib.parse import urlsplit

from lighter._auth import DEFAULT_LIFETIME, Secret
from lighter._config import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    REDIS_URL_VAR,
    resolve_endpoint,
    settings_from_env,
    store_network_name,
)
from lighter._errors import ConfigError

if TYPE_CHECKING:  # pragma: no cover
    import httpx

    from lighter._nonce import NonceStore
    from lighter._ratelimit import RateLimiter
    from lighter.signing import PrivateKey

DEFAULT_MAX_BATCH_SIZE = 50  # apidocs; the WebSocket page of asyncapi says 15


class ClientOptions(TypedDict, total=False):
    """The keyword arguments of both faces (every key optional)."""

    base_url: str | None
    chain_id: int | None
    account_index: int | None
    api_key_index: int | None
    api_private_key: str | PrivateKey | None
    eth_private_key: str | None
    network: str | None
    api_private_keys: Mapping[int, str | PrivateKey] | None
    timeout: float | httpx.Timeout | None
    max_retries: int
    rate_limit: str | RateLimiter | None
    nonce_store: NonceStore | None
    auth_token_lifetime: int
    max_batch_size: int
    transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None  # each face checks its kind


LighterOptions = ClientOptions
"""The keyword arguments of `Lighter` (for ``Lighter.from_env(**overrides)``; every key optional)."""
AsyncLighterOptions = ClientOptions
"""The keyword arguments of `AsyncLighter` (for ``AsyncLighter.from_env(**overrides)``)."""


DEFAULTS: dict[str, Any] = {
    "timeout": DEFAULT_TIMEOUT,
    "max_retries": DEFAULT_MAX_RETRIES,
    "rate_limit": "auto",
    "auth_token_lifetime": DEFAULT_LIFETIME,
    "max_batch_size": DEFAULT_MAX_BATCH_SIZE,
}
"""Options whose default is not None."""

OPTIONS_DOC = """
    Every argument is keyword-only and optional; a misspelt one is a TypeError (and a mypy error).

    Where (either a network profile, or a URL with its chain id; the chain id is never guessed):
        network: "mainnet" (chain 304), "testnet" (300) or "local" (304, needs base_url).
        base_url: the REST root, e.g. ``http://127.0.0.1:PORT`` from ``lighter sim``.
        chain_id: signed into every transaction; required with a base_url that has no network.
    Who (all optional: without them only public reads work):
        account_index: your account's index (``client.account.by_l1_address(address)`` finds it).
        api_key_index, api_private_key: the API key that signs (hex string or `PrivateKey`).
        api_private_keys: more keys ``{index: key}``; transactions round-robin over them.
        eth_private_key: the account's Ethereum key, for ChangePubKey (onboarding), transfers and
            integrator approvals only.
    How:
        timeout: seconds per request (or an ``httpx.Timeout``); connecting gets at most 5 s.
        max_retries: retries of reads (connection errors, 408, 429, 5xx); sendTx is resent only when the
            request provably never left.
        rate_limit: "standard", "premium", None (no pacing), "auto" (standard, none on loopback), or a
            `RateLimiter` instance to share, e.g. ``lighter.stores.RedisRateLimiter`` for a fleet.
        nonce_store: a shared `NonceStore` (e.g. ``lighter.stores.RedisNonceStore``); in-memory if None.
        auth_token_lifetime: seconds an auth token lives (created locally, refreshed before expiry).
        max_batch_size: most transactions per ``send_batch``.
        transport: an httpx transport to send through (tests: ``httpx.MockTransport``).
"""


def signature() -> inspect.Signature:
    """The keyword-only signature the faces show for ``**options`` (``help()``, IDEs, `inspect`)."""
    return inspect.Signature(
        [
            inspect.Parameter(
                name,
                inspect.Parameter.KEYWORD_ONLY,
                default=DEFAULTS.get(name),
                annotation=getattr(hint, "__forward_arg__", hint),  # the text written above
            )
            for name, hint in ClientOptions.__annotations__.items()
        ]
    )


def check_names(face: str, options: Mapping[str, Any]) -> None:
    """A misspelt option is a TypeError naming it, as for an explicit signature."""
    unknown = [name for name in options if name not in ClientOptions.__annotations__]
    if unknown:
        raise TypeError(f"{face}() got an unexpected keyword argument {unknown[0]!r}")


def option(options: Mapping[str, Any], name: str) -> Any:
    """The value of one option, or its default."""
    return options.get(name, DEFAULTS.get(name))


# -- checks ------------------------------------------------------------------------------------------


def resolve_tier(rate_limit: object, base_url: str) -> str | None:
    """The tier name for a ``rate_limit`` setting ("auto": standard, none against a loopback exchange)."""
    from lighter._ratelimit import TIERS

    if rate_limit == "auto":
        host = urlsplit(base_url).hostname
        return None if host in ("127.0.0.1", "localhost", "::1") else "standard"
    if rate_limit is not None and rate_limit not in TIERS:
        raise ConfigError(
            f"rate_limit must be one of {TIERS}, 'auto', None or a RateLimiter (e.g. "
            f"lighter.stores.RedisRateLimiter), got {rate_limit!r}"
        )
    return rate_limit if isinstance(rate_limit, str) else None


def check_transport(face: str, transport: object, kind: type[Any]) -> Any:
    """The face's own kind of httpx transport (blocking or async), or None."""
    if transport is not None and not isinstance(transport, kind):
        raise ConfigError(
            f"transport for {face} must be an httpx.{kind.__name__} (e.g. httpx.MockTransport), got "
            f"{type(transport).__name__}"
        )
    return transport


def check_account_index(value: object) -> int | None:
    """The account index, checked (None: public reads only)."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 2**48 - 2:
        raise ConfigError(f"account_index must be a positive integer (your account's index), got {value!r}")
    return value


def check_max_retries(value: object) -> int:
    """The retry budget of reads, checked."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ConfigError(f"max_retries must be a non-negative integer, got {value!r}")
    return value


def load_key(value: object, api_key_index: int) -> PrivateKey:
    """An API private key from hex or a `PrivateKey`; the error never echoes it."""
    from lighter.signing import PrivateKey

    if isinstance(value, PrivateKey):
        return value
    if not isinstance(value, str):
        raise ConfigError(f"the API private key for key {api_key_index} must be a hex string or a PrivateKey")
    try:
        return PrivateKey.from_hex(value.strip())
    except (ValueError, TypeError):
        # never echo the value: it is a secret
        raise ConfigError(
            f"the API private key for key {api_key_index} is not 40 bytes of hex (80 hex digits, 0x optional)"
        ) from None


def load_keys(
    api_key_index: int | None, api_private_key: object, api_private_keys: Mapping[int, object] | None
) -> dict[int, PrivateKey]:
    """The signing keys by index, from ``api_key_index`` + ``api_private_key`` and ``api_private_keys``."""
    keys: dict[int, Any] = dict(api_private_keys or {})
    if api_private_key is not None:
        if api_key_index is None:
            raise ConfigError("api_private_key needs api_key_index (the index the key is registered at)")
        keys[api_key_index] = api_private_key
    elif api_key_index is not None and api_key_index not in keys:
        raise ConfigError(f"api_key_index={api_key_index} was given without api_private_key")
    loaded: dict[int, PrivateKey] = {}
    for index, value in keys.items():
        if isinstance(index, bool) or not isinstance(index, int) or not 0 <= index <= 254:
            raise ConfigError(f"API key indexes are integers in 0..254, got {index!r}")
        loaded[index] = load_key(value, index)
    return loaded


def check_eth_key(value: object) -> Secret | None:
    """The Ethereum key as a `Secret` (32 bytes of hex), or None."""
    if value is None:
        return None
    if isinstance(value, Secret):
        value = value.reveal()
    text = value.strip() if isinstance(value, str) else None
    digits = text[2:] if text is not None and text.startswith("0x") else text
    if digits is None or len(digits) != 64 or any(c not in "0123456789abcdefABCDEF" for c in digits):
        raise ConfigError("eth_private_key must be 32 bytes of hex (64 hex digits, 0x optional)")
    return Secret("0x" + digits)


# -- from_env / from_profile -------------------------------------------------------------------------


def settings_with_stores(
    environ: Mapping[str, str] | None, overrides: Mapping[str, Any], profile: Mapping[str, Any] | None = None
) -> tuple[dict[str, Any], list[Any]]:
    """``from_env``'s keyword arguments, and the stores it built: with ``LIGHTER_REDIS_URL`` set, a
    `RedisNonceStore` (and a `RedisRateLimiter` on the same connection, for the resolved tier) namespaced
    by the client's network, unless the caller passed its own ``nonce_store`` / limiter.

    ``profile`` (``from_profile``) lies under the environment, which lies under ``overrides``."""
    import os

    settings: dict[str, Any] = {**settings_from_env(environ), **overrides}
    if profile:
        from lighter.profiles import layer

        settings = layer(profile, settings)
    env = os.environ if environ is None else environ
    url = (env.get(REDIS_URL_VAR) or "").strip()
    if not url or "nonce_store" in overrides:
        return settings, []
    base_url, chain_id, network = resolve_endpoint(
        network=settings.get("network"), base_url=settings.get("base_url"), chain_id=settings.get("chain_id")
    )
    from lighter._ratelimit import RateLimiter
    from lighter.stores._redis_store import RedisNonceStore  # the redis package is imported lazily

    store = RedisNonceStore.from_url(url, network=store_network_name(network, base_url, chain_id))
    settings["nonce_store"] = store
    rate_limit = settings.get("rate_limit", "auto")
    if not isinstance(rate_limit, RateLimiter):
        try:
            tier = resolve_tier(rate_limit, base_url)
        except ConfigError:
            store.close()
            raise
        if tier is not None:
            settings["rate_limit"] = store.rate_limiter(tier)
    return settings, [store]


def profile_settings(name: str | None, environ: Mapping[str, str] | None) -> dict[str, Any]:
    """The profile's settings; naming none (no argument, no ``LIGHTER_PROFILE``) is an error here."""
    from lighter.profiles import ProfileError, resolve_profile_name
    from lighter.profiles import profile_settings as settings_of

    if resolve_profile_name(name, environ) is None:
        raise ProfileError("which profile? pass a name (from_profile('main')) or set LIGHTER_PROFILE")
    return settings_of(name, environ)
