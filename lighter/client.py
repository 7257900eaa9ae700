"""`Lighter` (blocking) and `AsyncLighter` (asyncio): one client per account, the same names on both.

>>> client = Lighter(network="testnet", account_index=123, api_key_index=4, api_private_key="...")
>>> client.create_order("ETH", side="buy", size="0.1", price="3000")          # doctest: +SKIP
>>> async with AsyncLighter.from_env() as client:                               # doctest: +SKIP
...     await client.create_order("ETH", side="sell", size="0.1", order_type="market")

Transactions go over REST by default; ``client.via_ws(ws)`` sends them over a WebSocket instead
(``jsonapi/sendtx``), with the same nonce manager:

>>> with client.ws() as ws:                                   # doctest: +SKIP
...     ws.subscribe_account_all_orders()                    # private channel, the client's auth tokens
...     client.via_ws(ws).create_order("ETH", side="buy", size="0.1", price="3000")

Everything that does not touch the network is shared (`_Core` and `lighter.resources.trading`); the two
faces differ only in how they send and sleep. Constructors never do network I/O: market metadata, nonces
and auth tokens are fetched or created on first use.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator, Mapping
from decimal import Decimal
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any, Literal, TypedDict, TypeVar, cast, overload
from urllib.parse import urlsplit

from lighter import _telemetry
from lighter._auth import DEFAULT_LIFETIME, AuthTokenCache, Secret
from lighter._config import (
    DEFAULT_CONNECT_TIMEOUT,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    REDIS_URL_VAR,
    resolve_endpoint,
    store_network_name,
    ws_url_for,
)
from lighter._config import settings_from_env as _settings_from_env
from lighter._errors import (
    APIError,
    APIResponseValidationError,
    APIStatusError,
    ConfigError,
    InvalidInputError,
    InvalidNonceError,
    MissingCredentialsError,
    NotFoundError,
    TxWaitTimeoutError,
)
from lighter._secrets import mask_url
from lighter.markets import AssetTable, Market, MarketTable
from lighter.resources._ops import REGISTRY, parse, prepare
from lighter.resources._order_options import Approval, approvals_from_account, stale_approvals
from lighter.resources._plans import BatchResult, Ctx, Draft, Plan, TxResult
from lighter.resources.areas import Account, Api, MarketData, Orders, Transactions
from lighter.resources.trading import ClientOrderIds, Trading

if TYPE_CHECKING:  # pragma: no cover
    import asyncio
    from concurrent.futures import Future

    import httpx
    from typing_extensions import Unpack

    from lighter import _health
    from lighter._http import LighterTransport
    from lighter._nonce import AsyncNonceManager, NonceManager, NonceStore
    from lighter._ratelimit import RateLimiter
    from lighter.models import OrderResult
    from lighter.resources._paging import Pager
    from lighter.resources.binary_options import AsyncBinaryOptions, BinaryOptions
    from lighter.resources.via_ws import AsyncWsTrading, WsTrading, WsTradingNowait
    from lighter.signing import PrivateKey
    from lighter.telemetry._observer import TxTrace
    from lighter.transactions import SignedTx
    from lighter.ws.aio import AsyncWsClient
    from lighter.ws.client import WsClient

__all__ = [
    "Lighter",
    "AsyncLighter",
    "Batch",
    "TxResult",
    "BatchResult",
    "LighterOptions",
    "AsyncLighterOptions",
]

DEFAULT_MAX_BATCH_SIZE = 50  # apidocs; the WebSocket page of asyncapi says 15
TX_STATUS_PENDING = 1
TX_STATUS_EXECUTED = 2
TX_LIFETIME_MS = 10 * 60 * 1000 - 1000  # as the official signer: now + 10 min - 1 s
_SEND_PHASE = {1: "send", 2: "resend"}  # span of each attempt; the second follows an 'invalid nonce'

_R = TypeVar("_R")
_RB = TypeVar("_RB")
_C = TypeVar("_C", bound="_Core[Any, Any]")
_T = TypeVar("_T")
_GENERATED_CLIENT = SimpleNamespace(raise_on_unexpected_status=False)  # all `_build_response` reads


class _Options(TypedDict, total=False):
    network: str | None
    base_url: str | None
    chain_id: int | None
    account_index: int | None
    api_key_index: int | None
    api_private_key: str | PrivateKey | None
    api_private_keys: Mapping[int, str | PrivateKey] | None
    eth_private_key: str | None
    timeout: float | httpx.Timeout | None
    max_retries: int
    rate_limit: str | RateLimiter | None
    nonce_store: NonceStore | None
    auth_token_lifetime: int
    max_batch_size: int


class LighterOptions(_Options, total=False):
    """The keyword arguments of `Lighter` (for ``Lighter.from_env(**overrides)``; every key optional)."""

    transport: httpx.BaseTransport | None


class AsyncLighterOptions(_Options, total=False):
    """The keyword arguments of `AsyncLighter` (for ``AsyncLighter.from_env(**overrides)``)."""

    transport: httpx.AsyncBaseTransport | None


def _resolve_tier(rate_limit: object, base_url: str) -> str | None:
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


def _settings_with_stores(
    environ: Mapping[str, str] | None, overrides: Mapping[str, Any], profile: Mapping[str, Any] | None = None
) -> tuple[dict[str, Any], list[Any]]:
    """``from_env``'s keyword arguments, and the stores it built: with ``LIGHTER_REDIS_URL`` set, a
    `RedisNonceStore` (and a `RedisRateLimiter` on the same connection, for the resolved tier) namespaced
    by the client's network, unless the caller passed its own ``nonce_store`` / limiter.

    ``profile`` (``from_profile``) lies under the environment, which lies under ``overrides``."""
    import os

    settings: dict[str, Any] = {**_settings_from_env(environ), **overrides}
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
            tier = _resolve_tier(rate_limit, base_url)
        except ConfigError:
            store.close()
            raise
        if tier is not None:
            settings["rate_limit"] = store.rate_limiter(tier)
    return settings, [store]


def _profile_settings(name: str | None, environ: Mapping[str, str] | None) -> dict[str, Any]:
    """The profile's settings; naming none (no argument, no ``LIGHTER_PROFILE``) is an error here."""
    from lighter.profiles import ProfileError, profile_settings, resolve_profile_name

    if resolve_profile_name(name, environ) is None:
        raise ProfileError("which profile? pass a name (from_profile('main')) or set LIGHTER_PROFILE")
    return profile_settings(name, environ)


def _check_account_index(value: object) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 2**48 - 2:
        raise ConfigError(f"account_index must be a positive integer (your account's index), got {value!r}")
    return value


def _load_key(value: object, api_key_index: int) -> PrivateKey:
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


def _check_eth_key(value: object) -> Secret | None:
    if value is None:
        return None
    if isinstance(value, Secret):
        value = value.reveal()
    text = value.strip() if isinstance(value, str) else None
    digits = text[2:] if text is not None and text.startswith("0x") else text
    if digits is None or len(digits) != 64 or any(c not in "0123456789abcdefABCDEF" for c in digits):
        raise ConfigError("eth_private_key must be 32 bytes of hex (64 hex digits, 0x optional)")
    return Secret("0x" + digits)


def _merge_plans(plans: list[Plan]) -> Plan:
    keys = {p.api_key_index for p in plans if p.api_key_index is not None}
    if len(keys) > 1:
        raise InvalidInputError("a batch is signed with one API key; these transactions ask for several")

    def build(ctx: Ctx) -> list[Draft]:
        return [draft for plan in plans for draft in plan.build(ctx)]

    return Plan(
        build,
        needs_markets=any(p.needs_markets for p in plans),
        needs_assets=any(p.needs_assets for p in plans),
        needs_l1=any(p.needs_l1 for p in plans),
        book_markets=tuple(m for p in plans for m in p.book_markets),
        api_key_index=keys.pop() if keys else None,
        integrators=tuple(sorted({i for p in plans for i in p.integrators})),
    )


def _top_of_book(body: Mapping[str, Any]) -> tuple[Decimal | None, Decimal | None]:
    def best(side: str) -> Decimal | None:
        levels = body.get(side) or []
        return Decimal(str(levels[0]["price"])) if levels else None

    return best("bids"), best("asks")


def _tx_answer(response: httpx.Response) -> Mapping[str, Any]:
    """The body of a 2xx sendTx/sendTxBatch answer. One that is not a JSON object leaves the outcome unknown
    (APIResponseValidationError: the nonce is resynced, never reused)."""
    from lighter._http import check_result_code, json_body

    body = check_result_code(json_body(response), response)
    if not isinstance(body, Mapping):
        raise APIResponseValidationError(
            f"{response.request.url.path} answered HTTP {response.status_code} with a JSON "
            f"{type(body).__name__}, not an object; the outcome is unknown",
            status_code=response.status_code,
        )
    return body


def _no_token() -> None:
    """No auth token: public reads that must not speak for the account (``trades`` of a whole market)."""
    return None


def _int_or_none(value: Any) -> int | None:
    return int(value) if isinstance(value, (int, str)) and str(value).lstrip("-").isdigit() else None


class Batch(Trading[None, None]):
    """Transactions to send together with consecutive nonces of one API key (``client.send_batch``).

    Every trading method of the client is available; each records one transaction instead of sending.
    """

    def __init__(self, client: _Core[Any, Any]) -> None:
        self._client = client
        self.account_index = client._require_account()
        self._client_order_ids = client._client_order_ids
        self.plans: list[Plan] = []

    def _submit(self, plan: Plan) -> None:
        self.plans.append(plan)

    def _public_key_bytes(self, api_key_index: int | None) -> tuple[int, bytes]:
        return self._client._public_key_bytes(api_key_index)

    def __len__(self) -> int:
        return len(self.plans)


class _Core(Trading[_R, _RB]):
    """Configuration, credentials, caches and every pure step of a call; no I/O."""

    _can_wait = True

    def __init__(
        self,
        *,
        network: str | None = None,
        base_url: str | None = None,
        chain_id: int | None = None,
        account_index: int | None = None,
        api_key_index: int | None = None,
        api_private_key: str | PrivateKey | None = None,
        api_private_keys: Mapping[int, str | PrivateKey] | None = None,
        eth_private_key: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        rate_limit: str | RateLimiter | None = "auto",
        nonce_store: NonceStore | None = None,
        auth_token_lifetime: int = DEFAULT_LIFETIME,
        max_batch_size: int = DEFAULT_MAX_BATCH_SIZE,
    ) -> None:
        from lighter._log import configure_once

        configure_once()  # LIGHTER_LOG / LIGHTER_LOG_FORMAT, read once per process
        self.base_url, self.chain_id, self.network = resolve_endpoint(
            network=network, base_url=base_url, chain_id=chain_id
        )
        self.account_index = _check_account_index(account_index)  # type: ignore[assignment]
        keys: dict[int, Any] = dict(api_private_keys or {})
        if api_private_key is not None:
            if api_key_index is None:
                raise ConfigError("api_private_key needs api_key_index (the index the key is registered at)")
            keys[api_key_index] = api_private_key
        elif api_key_index is not None and api_key_index not in keys:
            raise ConfigError(f"api_key_index={api_key_index} was given without api_private_key")
        self._keys: dict[int, PrivateKey] = {}
        for index, value in keys.items():
            if isinstance(index, bool) or not isinstance(index, int) or not 0 <= index <= 254:
                raise ConfigError(f"API key indexes are integers in 0..254, got {index!r}")
            self._keys[index] = _load_key(value, index)
        if self._keys and self.account_index is None:
            raise ConfigError("API keys were given without account_index")
        self.api_key_indexes: tuple[int, ...] = tuple(
            ([api_key_index] if api_key_index is not None else [])
            + [k for k in self._keys if k != api_key_index]
        )
        self._eth_key = _check_eth_key(eth_private_key)
        from lighter._http import make_timeout  # the HTTP stack loads with the first client, not at import
        from lighter._ratelimit import RateLimiter
        from lighter._retry import RetryPolicy

        limiter = rate_limit if isinstance(rate_limit, RateLimiter) else None
        tier = None if limiter is not None else _resolve_tier(rate_limit, self.base_url)
        if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
            raise ConfigError(f"max_retries must be a non-negative integer, got {max_retries!r}")
        self.max_batch_size = max_batch_size
        self._timeout = make_timeout(timeout, DEFAULT_CONNECT_TIMEOUT)
        self._policy = RetryPolicy(max_retries=max_retries)
        self._limiter = limiter if limiter is not None else RateLimiter(tier) if tier is not None else None
        self._owned_stores: list[Any] = []  # built by from_env (LIGHTER_REDIS_URL), closed with the client
        self._nonce_store = nonce_store
        self._auth = (
            AuthTokenCache(self.account_index, self._key, lifetime=auth_token_lifetime)
            if self._keys and self.account_index is not None
            else None
        )
        self._client_order_ids = ClientOrderIds()
        self._markets: MarketTable | None = None
        self._assets: AssetTable | None = None
        self._approvals: dict[int, Approval] = {}  # integrators this account approved (cache)
        self.api = Api(self)
        self.account = Account(self)
        self.orders = Orders(self)
        self.transactions = Transactions(self)
        self.market_data = MarketData(self)

    @classmethod
    def _from_settings(
        cls: type[_C],
        environ: Mapping[str, str] | None,
        overrides: Mapping[str, Any],
        profile: Mapping[str, Any] | None = None,
    ) -> _C:
        """``from_env``/``from_profile`` for both faces: build, and own the Redis stores the environment
        asked for."""
        settings, owned = _settings_with_stores(environ, overrides, profile)
        try:
            client = cls(**cast(Any, settings))
        except BaseException:
            for store in owned:
                store.close()
            raise
        client._owned_stores = owned
        return client

    # -- representation never shows secrets ---------------------------------------------------------

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(network={self.network!r}, base_url={mask_url(self.base_url)!r}, "
            f"chain_id={self.chain_id}, "
            f"account_index={self.account_index}, api_key_indexes={list(self.api_key_indexes)}, "
            f"eth_key={'set' if self._eth_key else 'none'})"
        )

    @property
    def ws_url(self) -> str:
        """The WebSocket URL of this network (``.../stream``)."""
        return ws_url_for(self.base_url)

    def _ws_options(self, ws_url: str | None, options: dict[str, Any]) -> tuple[str, dict[str, Any]]:
        """URL and `WsClient` arguments for ``ws()``: this network, this account, this client's tokens."""
        if "auth" not in options and "api_private_key" not in options and self._auth is not None:
            options["auth"] = self.auth_token  # one token cache for REST and every socket
        options.setdefault("account_index", self.account_index)
        return (ws_url or self.ws_url), options

    # -- credentials ---------------------------------------------------------------------------------

    def _require_account(self) -> int:
        if self.account_index is None:
            raise MissingCredentialsError(
                "this call needs the client's account_index (Lighter(account_index=...))",
                missing=("account_index",),
            )
        return self.account_index

    def _key(self, api_key_index: int) -> PrivateKey:
        key = self._keys.get(api_key_index)
        if key is None:
            raise MissingCredentialsError(
                f"no API private key for api_key_index={api_key_index}; pass api_private_key= and "
                "api_key_index=",
                missing=("api_private_key",),
            )
        return key

    def _missing_signer(self) -> tuple[str, ...]:
        """Which of the signing settings this client lacks."""
        missing: list[str] = [] if self.account_index is not None else ["account_index"]
        return (*missing, "api_key_index", "api_private_key") if not self._keys else tuple(missing)

    def _default_api_key(self) -> int:
        if not self.api_key_indexes:
            raise MissingCredentialsError(
                "signed calls need account_index, api_key_index and api_private_key (or LIGHTER_* variables)",
                missing=self._missing_signer(),
            )
        return self.api_key_indexes[0]

    def _public_key_bytes(self, api_key_index: int | None) -> tuple[int, bytes]:
        index = self._default_api_key() if api_key_index is None else api_key_index
        return index, self._key(index).public_key.to_bytes()

    def _token_or_none(self) -> Secret | None:
        if self._auth is None:
            return None
        return self._auth.secret(self._default_api_key())

    def auth_token(self, api_key_index: int | None = None) -> str:
        """An auth token for read endpoints and private WebSocket channels (cached, refreshed)."""
        if self._auth is None:
            raise MissingCredentialsError(
                "auth tokens need account_index, api_key_index and api_private_key",
                missing=self._missing_signer(),
            )
        return self._auth.token(self._default_api_key() if api_key_index is None else api_key_index)

    def _precheck(self, plan: Plan) -> None:
        """Credentials a plan needs, checked before any request."""
        self._require_account()
        self._default_api_key()
        if plan.needs_l1 and self._eth_key is None:
            raise MissingCredentialsError(
                "this transaction is also signed with the account's Ethereum key: pass eth_private_key= "
                "(or LIGHTER_ETH_PRIVATE_KEY)",
                missing=("eth_private_key",),
            )

    def _check_signer(self, drafts: list[Draft]) -> None:
        if any(d.needs_l1 for d in drafts) and self._eth_key is None:
            raise MissingCredentialsError(
                "this transaction is also signed with the account's Ethereum key: pass eth_private_key= "
                "(or LIGHTER_ETH_PRIVATE_KEY)",
                missing=("eth_private_key",),
            )
        if len(drafts) > self.max_batch_size:
            raise InvalidInputError(
                f"a batch holds at most {self.max_batch_size} transactions, got {len(drafts)}"
            )
        if not drafts:
            raise InvalidInputError("nothing to send: the batch is empty")

    # -- pure steps of a transaction ---------------------------------------------------------------

    def _context(self, books: dict[int, tuple[Decimal | None, Decimal | None]] | None = None) -> Ctx:
        now_ms = int(time.time() * 1000)
        return Ctx(
            account_index=self._require_account(),
            now_ms=now_ms,
            expired_at=now_ms + TX_LIFETIME_MS,
            markets=self._markets,
            assets=self._assets,
            books=books or {},
            approvals=self._approvals,
        )

    def _account_query(self) -> dict[str, Any]:
        return {"by": "index", "value": str(self._require_account())}

    def _keep_approvals(self, body: Any) -> None:
        accounts = body.get("accounts") if isinstance(body, Mapping) else None
        first = accounts[0] if isinstance(accounts, list) and accounts else {}
        self._approvals = approvals_from_account(first if isinstance(first, Mapping) else {})

    def _sign(self, drafts: list[Draft], api_key_index: int, nonces: list[int]) -> list[SignedTx]:
        from lighter.transactions import sign
        from lighter.transactions._sign import sign_validated

        key = self._key(api_key_index)
        out = []
        for draft, nonce in zip(drafts, nonces, strict=True):
            tx = draft.tx
            if draft.validated:  # checked when built: only the nonce and API key are new
                signed = sign_validated(
                    tx, key, chain_id=self.chain_id, nonce=nonce, api_key_index=api_key_index
                )
            else:
                if tx.api_key_index != api_key_index:
                    tx = replace_tx(tx, api_key_index=api_key_index)
                signed = sign(tx, key, chain_id=self.chain_id, nonce=nonce)
            if draft.needs_l1:
                from lighter.signing import l1_sign

                assert signed.message_to_sign is not None and self._eth_key is not None
                signed = signed.with_l1_signature(l1_sign(signed.message_to_sign, self._eth_key.reveal()))
            out.append(signed)
        return out

    @staticmethod
    def _form(
        signed: list[SignedTx], price_protection: bool | None, batch: bool
    ) -> tuple[str, dict[str, str]]:
        if batch:
            return "/api/v1/sendTxBatch", {
                "tx_types": json.dumps([s.tx_type for s in signed]),
                "tx_infos": json.dumps([s.tx_info for s in signed]),
            }
        form = {"tx_type": str(signed[0].tx_type), "tx_info": signed[0].tx_info}
        if price_protection is not None:
            form["price_protection"] = "true" if price_protection else "false"
        return "/api/v1/sendTx", form

    @staticmethod
    def _results(
        drafts: list[Draft],
        signed: list[SignedTx],
        api_key_index: int,
        nonces: list[int],
        body: Mapping[str, Any],
        waiter: Any = None,
    ) -> list[TxResult]:
        hashes = body.get("tx_hash")
        if not isinstance(hashes, list):
            hashes = [hashes]
        if len(hashes) != len(signed):  # then our own hashes stand
            hashes = [None] * len(signed)
        predicted = _int_or_none(body.get("predicted_execution_time_ms"))
        quota = _int_or_none(body.get("volume_quota_remaining"))
        message = body.get("message") if isinstance(body.get("message"), str) else None
        return [
            TxResult(
                tx_hash=str(h) if isinstance(h, str) and h else s.tx_hash,
                tx_type=s.tx_type,
                nonce=n,
                api_key_index=api_key_index,
                signed=s,
                client_order_index=d.client_order_index,
                predicted_execution_time_ms=predicted,
                volume_quota_remaining=quota,
                message=message,
                waiter=waiter,
            )
            for d, s, h, n in zip(drafts, signed, hashes, nonces, strict=True)
        ]

    def _market_index(self, market: int | str | Market) -> int:
        assert self._markets is not None
        return self._markets.get(market).index

    def _op(
        self,
        name: str,
        *,
        _market: Any = None,
        _market_param: str | None = None,
        _json: bool = False,
        _auth: bool = True,
        **kwargs: Any,
    ) -> Any:
        raise NotImplementedError  # pragma: no cover - each face sends its own way

    def _then(self, value: Any, fn: Callable[[Any], Any]) -> Any:
        raise NotImplementedError  # pragma: no cover

    def _paginate(self, pager: Pager, market: int | str | None) -> Any:
        raise NotImplementedError  # pragma: no cover - an iterator on Lighter, an async one on AsyncLighter

    def _collect(self, pager: Pager, market: int | str | None) -> Any:
        raise NotImplementedError  # pragma: no cover - a list on Lighter, an awaitable of it on AsyncLighter

    # -- health --------------------------------------------------------------------------------------

    def _health_probe(self, ws: WsClient | AsyncWsClient | None) -> _health.Probe:
        from lighter import _health  # loaded by the first health check, not at import

        return _health.Probe(
            limiter=self._limiter,
            stream=_health.stream_health(ws) if ws is not None else None,
            local_nonces=dict(self._loaded_nonces()),
        )

    def _loaded_nonces(self) -> list[tuple[int, int | None]]:
        """(API key, next local nonce or None when not loaded yet) for each key of the nonce manager."""
        manager = getattr(self, "_nonces", None)
        if manager is None or self.account_index is None:
            return []
        peek = getattr(manager.store, "peek", None)
        return [(k, peek(self.account_index, k) if peek else None) for k in manager.api_key_indexes]

    # -- batches -------------------------------------------------------------------------------------

    def batch(self) -> Batch:
        """A `Batch` to fill with trading calls, then ``client.send_batch(batch)``."""
        return Batch(self)


def replace_tx(tx: Any, **changes: Any) -> Any:
    """attrs.evolve for a transaction (kept here so `attrs` stays an import of transactions only)."""
    import attrs

    return attrs.evolve(tx, **changes)


class Lighter(_Core[TxResult, BatchResult]):
    """Blocking client for one account. Same methods as `AsyncLighter`, without ``await``.

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

    No network I/O happens here: markets, nonces and auth tokens are fetched or created on first use.
    """

    def __init__(
        self,
        *,
        base_url: str | None = None,
        chain_id: int | None = None,
        account_index: int | None = None,
        api_key_index: int | None = None,
        api_private_key: str | PrivateKey | None = None,
        eth_private_key: str | None = None,
        network: str | None = None,
        api_private_keys: Mapping[int, str | PrivateKey] | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        rate_limit: str | RateLimiter | None = "auto",
        nonce_store: NonceStore | None = None,
        auth_token_lifetime: int = DEFAULT_LIFETIME,
        max_batch_size: int = DEFAULT_MAX_BATCH_SIZE,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        super().__init__(
            base_url=base_url,
            chain_id=chain_id,
            account_index=account_index,
            api_key_index=api_key_index,
            api_private_key=api_private_key,
            eth_private_key=eth_private_key,
            network=network,
            api_private_keys=api_private_keys,
            timeout=timeout,
            max_retries=max_retries,
            rate_limit=rate_limit,
            nonce_store=nonce_store,
            auth_token_lifetime=auth_token_lifetime,
            max_batch_size=max_batch_size,
        )
        from lighter._http import build_sync_client

        self._http = build_sync_client(
            self.base_url,
            timeout=self._timeout,
            policy=self._policy,
            limiter=self._limiter,
            transport=transport,
        )
        self._nonces: NonceManager | None = None
        self._meta_lock = threading.Lock()

    @classmethod
    def from_env(
        cls, environ: Mapping[str, str] | None = None, **overrides: Unpack[LighterOptions]
    ) -> Lighter:
        """Build from the ``LIGHTER_*`` environment variables (`environ`, default ``os.environ``):
        ``LIGHTER_NETWORK`` or ``LIGHTER_BASE_URL`` (+ ``LIGHTER_CHAIN_ID``), ``LIGHTER_ACCOUNT_INDEX``,
        ``LIGHTER_API_KEY_INDEX``, ``LIGHTER_API_PRIVATE_KEY``, ``LIGHTER_ETH_PRIVATE_KEY``.

        `overrides` are `Lighter`'s keyword arguments (see `LighterOptions`) and win over the environment.

        With ``LIGHTER_REDIS_URL`` set (``pip install 'lighter-client[redis]'``), nonces live in a shared
        `lighter.stores.RedisNonceStore` and pacing in a `RedisRateLimiter` on the same server, both
        namespaced by this client's network, so a fleet of processes can trade one account (unless
        ``nonce_store=`` / a ``rate_limit=`` limiter is passed). Redis is pinged here: an unreachable
        server raises `lighter.stores.StoreUnavailableError` now. The client closes them on ``close()``.
        """
        return cls._from_settings(environ, overrides)

    @classmethod
    def from_profile(
        cls,
        name: str | None = None,
        *,
        environ: Mapping[str, str] | None = None,
        **overrides: Unpack[LighterOptions],
    ) -> Lighter:
        """Build from the profile ``name`` (default ``LIGHTER_PROFILE``) of ``~/.config/lighter/config.toml``
        (``LIGHTER_CONFIG`` overrides the path); see `lighter.profiles`.

        Precedence: `overrides` > the ``LIGHTER_*`` environment variables > the profile. An unknown
        profile, a malformed file or a key file others can read raise `lighter.profiles.ProfileError`
        (a `ConfigError`) before anything is sent."""
        return cls._from_settings(environ, overrides, _profile_settings(name, environ))

    def close(self) -> None:
        """Close the connection pool (and the Redis stores `from_env` built)."""
        self._http.close()
        while self._owned_stores:
            self._owned_stores.pop().close()

    def __enter__(self) -> Lighter:
        return self

    # -- WebSocket -----------------------------------------------------------------------------------

    def ws(self, *, ws_url: str | None = None, **options: Any) -> WsClient:
        """A `WsClient` for this client's network and account, not started (``with client.ws() as ws:``).

        Private channels authenticate with this client's auth tokens (one cache shared with the REST
        calls), and account channels default to the client's account (``ws.subscribe_account_all()``).
        ``ws_url`` overrides the URL derived from ``base_url``; other options are `WsClient`'s
        (``queue_size``, ``ping_interval``, ``reconnect``...). To trade over it: ``client.via_ws(ws)``.
        """
        from lighter.ws.client import WsClient

        url, opts = self._ws_options(ws_url, options)
        return WsClient(url, **opts)

    @overload
    def via_ws(self, ws: WsClient | AsyncWsClient, *, blocking: Literal[True] = True) -> WsTrading: ...

    @overload
    def via_ws(self, ws: WsClient | AsyncWsClient, *, blocking: Literal[False]) -> WsTradingNowait: ...

    def via_ws(self, ws: WsClient | AsyncWsClient, *, blocking: bool = True) -> WsTrading | WsTradingNowait:
        """This client's trading methods with a WebSocket as the wire (``jsonapi/sendtx``).

        >>> with client.ws() as ws:                                              # doctest: +SKIP
        ...     trader = client.via_ws(ws)
        ...     result = trader.create_order("ETH", side="buy", size="0.1", price="3000")

        Same methods, arguments and `TxResult` as the client, and the client's nonce manager, so REST and
        socket calls mix freely. A lost connection or a missing answer raises `WsConnectionClosedError` /
        `WsTimeoutError` (outcome unknown: the nonce resyncs before its next use); "invalid nonce" is
        resynced, re-signed and resent once, as on REST. ``price_protection`` is REST-only.

        ``blocking=False``: every method returns as soon as the transaction is on the wire, with a
        ``concurrent.futures.Future`` of its `TxResult` (or error) to collect later, so a callback that
        reacts to the market is not held up until the exchange answers. Bad input still raises at once.
        See `WsTradingNowait` for how its nonces settle.
        """
        from lighter.resources.via_ws import WsTrading, WsTradingNowait

        return WsTrading(self, ws) if blocking else WsTradingNowait(self, ws)

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- plumbing ------------------------------------------------------------------------------------

    def _get_json(self, path: str, params: Mapping[str, Any] | None = None) -> Any:
        from lighter._http import check_result_code, json_body

        response = self._http.get(path, params=params)
        return check_result_code(json_body(response), response)

    def _then(self, value: Any, fn: Callable[[Any], Any]) -> Any:
        return fn(value)

    @property
    def binary_options(self) -> BinaryOptions:
        """Binary-option events, up/down candles and PnL (typed reads, with paging iterators)."""
        from lighter.resources.binary_options import BinaryOptions

        return BinaryOptions(self)

    def _paginate(self, pager: Pager, market: int | str | None) -> Iterator[Any]:
        if market is not None:
            pager.bind_market(market if isinstance(market, int) else self.market(market).index)
        while (request := pager.next_request()) is not None:
            name, params = request
            yield from pager.feed(self._op(name, _json=True, _auth=pager.auth, **params))

    def _collect(self, pager: Pager, market: int | str | None) -> list[Any]:
        return list(self._paginate(pager, market))

    def _op(
        self,
        name: str,
        *,
        _market: Any = None,
        _market_param: str | None = None,
        _json: bool = False,
        _auth: bool = True,
        **kwargs: Any,
    ) -> Any:
        op = REGISTRY.get(name)
        if _market is not None and _market_param is not None:
            kwargs[_market_param] = _market if isinstance(_market, int) else self.market(_market).index
        request = prepare(op, kwargs, self._token_or_none if _auth else _no_token)
        response = self._http.request(**request)
        return parse(op, _GENERATED_CLIENT, response, as_json=_json)

    def _nonce_manager(self) -> NonceManager:
        if self._nonces is None:
            with self._meta_lock:
                if self._nonces is None:
                    from lighter._nonce import NonceManager

                    self._nonces = NonceManager(
                        self._require_account(),
                        self.api_key_indexes or (self._default_api_key(),),
                        self._fetch_nonce,
                        store=self._nonce_store,
                    )
        return self._nonces

    def _fetch_nonce(self, api_key_index: int) -> int:
        body = self._get_json(
            "/api/v1/nextNonce", {"account_index": self.account_index, "api_key_index": api_key_index}
        )
        return int(body["nonce"])

    # -- metadata ------------------------------------------------------------------------------------

    def markets(self) -> MarketTable:
        """Market metadata (``orderBookDetails``), fetched once and cached."""
        if self._markets is None:
            with self._meta_lock:
                if self._markets is None:
                    self._markets = MarketTable.from_order_book_details(
                        self._get_json("/api/v1/orderBookDetails")
                    )
        return self._markets

    def refresh_markets(self) -> MarketTable:
        """Fetch market metadata again (new listings, changed minimums)."""
        self._markets = MarketTable.from_order_book_details(self._get_json("/api/v1/orderBookDetails"))
        return self._markets

    def market(self, market: int | str) -> Market:
        """One market by symbol ("ETH", "ETH/USDC") or index."""
        return self.markets().get(market)

    def assets(self) -> AssetTable:
        """Asset metadata (``assetDetails``), fetched once; falls back to the known assets."""
        if self._assets is None:
            try:
                payload = self._get_json("/api/v1/assetDetails")
            except (NotFoundError, APIStatusError):
                payload = {}
            self._assets = AssetTable.from_asset_details(payload)
        return self._assets

    # -- transactions --------------------------------------------------------------------------------

    def _prepare(self, plan: Plan) -> list[Draft]:
        self._precheck(plan)
        if plan.needs_markets or plan.book_markets:
            self.markets()
        if plan.needs_assets:
            self.assets()
        books = {}
        for market in plan.book_markets:
            index = self._market_index(market)
            books[index] = _top_of_book(
                self._get_json("/api/v1/orderBookOrders", {"market_id": index, "limit": 1})
            )
        if stale_approvals(self._approvals, plan.integrators, int(time.time() * 1000)):
            self._keep_approvals(self._get_json("/api/v1/account", self._account_query()))
        drafts = plan.build(self._context(books))
        self._check_signer(drafts)
        return drafts

    def _run(self, plan: Plan, *, batch: bool, ws: WsClient | None) -> list[TxResult]:
        """Prepare, sign and send a plan (traced when telemetry is on)."""
        observer = _telemetry.observer
        if observer is None:
            return self._send(self._prepare(plan), plan, batch=batch, ws=ws)
        trace = observer.transaction("rest" if ws is None else "ws")
        try:
            drafts = trace.phase("prepare", self._prepare, plan)
            trace.drafted(drafts)
            results = self._send(drafts, plan, batch=batch, ws=ws, trace=trace)
        except BaseException as exc:
            trace.end(exc)
            raise
        trace.end(None)
        return results

    def _transmit(
        self, signed: list[SignedTx], plan: Plan, batch: bool, ws: WsClient | None
    ) -> Mapping[str, Any]:
        """Send signed transactions over REST (sendTx/sendTxBatch) or the socket; the answer's body."""
        if ws is None:
            path, form = self._form(signed, plan.price_protection, batch)
            return _tx_answer(self._http.post(path, data=form))
        return _wire().ws_send(ws, signed, batch=batch)

    def _send(
        self,
        drafts: list[Draft],
        plan: Plan,
        *,
        batch: bool,
        ws: WsClient | None = None,
        trace: TxTrace | None = None,
    ) -> list[TxResult]:
        nonces = self._nonce_manager()
        with nonces.lease(len(drafts), api_key_index=plan.api_key_index) as lease:
            for attempt in (1, 2):
                try:
                    if trace is None:
                        signed = self._sign(drafts, lease.api_key_index, lease.nonces)
                        body = self._transmit(signed, plan, batch, ws)
                    else:
                        trace.leased(lease.api_key_index, lease.first)
                        signed = trace.phase(
                            "sign", self._sign, drafts, lease.api_key_index, lease.nonces, attempt=attempt
                        )
                        body = trace.phase(
                            _SEND_PHASE[attempt], self._transmit, signed, plan, batch, ws, attempt=attempt
                        )
                except InvalidNonceError:
                    if attempt == 2:
                        lease.unknown()
                        raise
                    rejected = lease.first
                    try:
                        nonces.resync(lease)
                    except BaseException:  # the rejected nonce must not be handed back: resync next time
                        lease.unknown()
                        raise
                    if trace is not None:
                        trace.resynced(lease.api_key_index, rejected, lease.first)
                    continue
                except _wire().OUTCOME_UNKNOWN:
                    lease.unknown()
                    raise
                return self._results(drafts, signed, lease.api_key_index, lease.nonces, body, self)
        raise AssertionError("unreachable")  # pragma: no cover

    def _submit(self, plan: Plan, ws: WsClient | None = None) -> TxResult:
        if ws is not None:
            _wire().check_ws_plan(plan)
        return self._run(plan, batch=False, ws=ws)[0]

    def send_batch(self, batch: Batch | Iterable[Plan]) -> BatchResult:
        """Send the transactions of a `Batch` in one request, with consecutive nonces of one API key."""
        return self._send_batch(batch)

    def _send_batch(self, batch: Batch | Iterable[Plan], ws: WsClient | None = None) -> BatchResult:
        plan = _batch_plan(batch, ws)
        return _batch_result(self._run(plan, batch=True, ws=ws))

    def health(
        self,
        *,
        ws: WsClient | AsyncWsClient | None = None,
        timeout: float = 5.0,
        slow: float = 1.0,
    ) -> _health.HealthReport:
        """Is this client fit to trade now? A `HealthReport` with ``status`` "ok", "degraded" or "down".

        One ``GET /`` sent once (no retry, no pacing; `timeout` seconds at most) gives reachability,
        latency and the clock skew; each API key whose nonce is loaded is compared with ``nextNonce``; the
        rate budget is read locally; `ws`, when given, adds the stream's state and lag. Cheap enough to
        call every few seconds (on the standard tier each nonce read counts against the 60/min budget).
        """
        from lighter import _health

        probe = self._health_probe(ws)
        request, transport = _health_request(self._http, timeout)
        started = _health.probe_started()
        try:
            _probe_answer(probe, started, transport.send_once(request))
        except _transport_error_type() as exc:
            _probe_failed(probe, exc, request)
        for key in probe.keys_to_compare():
            probe.exchange_nonces[key] = self._nonce_or_none(key)
        return _health.assess(probe, slow=slow)

    def _nonce_or_none(self, api_key_index: int) -> int | None:
        try:
            return self._fetch_nonce(api_key_index)
        except _nonce_read_errors():
            return None

    def _send_nowait(
        self, plan: Plan, ws: WsClient, *, batch: bool, shape: Callable[[list[TxResult]], _T]
    ) -> Future[_T]:
        """Sign and put on the wire now; the future settles the nonce lease and resolves on the answer."""
        drafts = self._prepare(plan)
        with self._nonce_manager().lease(len(drafts), api_key_index=plan.api_key_index) as lease:
            signed = self._sign(drafts, lease.api_key_index, lease.nonces)
            sent = _wire().ws_send_nowait(ws, signed, batch=batch)
            lease.detach()  # the key's lock is released now; the answer settles the lease

        def results(body: dict[str, Any]) -> _T:
            return shape(self._results(drafts, signed, lease.api_key_index, lease.nonces, body))

        return _wire().collect(sent, lease, results)

    def wait_for_tx(
        self, tx_hash: str | TxResult, *, timeout: float = 30.0, poll_interval: float = 0.2
    ) -> Any:
        """Poll ``GET /api/v1/tx`` until the transaction is executed; return its JSON (a dict).

        Raises TxWaitTimeoutError after `timeout` seconds. Statuses: 1 pending, 2 or more executed.
        """
        h = tx_hash.tx_hash if isinstance(tx_hash, TxResult) else tx_hash
        deadline = time.monotonic() + timeout
        last: Any = None
        while True:
            try:
                last = self._get_json("/api/v1/tx", {"by": "hash", "value": h})
            except APIStatusError as exc:
                if not _not_indexed_yet(exc):
                    raise
                last = None
            if _poll_done(last, h, deadline, timeout):
                return last
            time.sleep(poll_interval)

    def wait_for_result(
        self, result: TxResult, *, timeout: float = 30.0, poll_interval: float = 0.2
    ) -> OrderResult:
        """Wait until the transaction is executed; for an order, also find it and its fills.

        Returns an `OrderResult`: ``state`` (filled, partially_filled, resting, pending, cancelled,
        rejected; executed for other transactions), ``filled``, ``average_price``, ``fees``, ``fills``
        from the exchange's own records. Raises TxWaitTimeoutError if the tx is not executed in time.
        """
        from lighter.models._convert import tx_status
        from lighter.resources._settle import SLEEP, OrderWatch

        deadline = time.monotonic() + timeout
        tx = tx_status(self.wait_for_tx(result, timeout=timeout, poll_interval=poll_interval))
        watch = OrderWatch(result, tx, self._require_account(), deadline=deadline)
        while (request := watch.next_request()) is not None:
            if request is SLEEP:
                time.sleep(poll_interval)
            else:
                watch.feed(self._op(request[0], _json=True, **request[1]))
        return watch.result()

    def _settle(self, submitted: TxResult, timeout: float) -> OrderResult:
        return self.wait_for_result(submitted, timeout=timeout)


def _health_request(http: Any, timeout: float) -> tuple[httpx.Request, LighterTransport]:
    """The health probe (``GET /``) and the client's transport, which sends it once (no retry, no pacing)."""
    return http.build_request("GET", "/", timeout=timeout), http._transport


def _transport_error_type() -> tuple[type[Exception], ...]:
    """What the probe may raise: a transport failure, or a body refused (too large, too slow)."""
    import httpx  # loaded with the client's first request; evaluated only when an exception is raised

    return (httpx.TransportError, APIError)


def _nonce_read_errors() -> tuple[type[Exception], ...]:
    """What a health check's nextNonce read may raise: the nonce is reported unknown, not raised."""
    import httpx

    return (APIError, httpx.HTTPError, ValueError, KeyError)


def _probe_failed(probe: _health.Probe, exc: Exception, request: httpx.Request) -> None:
    from lighter._http import transport_error

    probe.error = str(exc if isinstance(exc, APIError) else transport_error(exc, request))


def _probe_answer(probe: _health.Probe, started: tuple[float, float], response: httpx.Response) -> None:
    """Read the answer to the health probe into `probe` (an error status is the exchange being down)."""
    from lighter import _health
    from lighter._http import json_body

    if response.status_code == 429:
        probe.rate_limited = True
        _health.probe_answered(probe, started, None)
    elif not 200 <= response.status_code < 300:
        probe.error = f"GET / answered HTTP {response.status_code}"
    else:
        try:
            _health.probe_answered(probe, started, json_body(response))
        except APIResponseValidationError as exc:
            probe.error = str(exc)


def _batch_result(results: list[TxResult]) -> BatchResult:
    first = results[0] if results else None
    return BatchResult(
        tuple(results),
        predicted_execution_time_ms=first.predicted_execution_time_ms if first else None,
        volume_quota_remaining=first.volume_quota_remaining if first else None,
        message=first.message if first else None,
    )


def _batch_plan(batch: Batch | Iterable[Plan], ws: WsClient | None) -> Plan:
    """One plan for ``send_batch``; over a WebSocket, only what ``jsonapi/sendtx`` can carry."""
    plan = _merge_plans(batch.plans if isinstance(batch, Batch) else list(batch))
    if ws is not None:
        _wire().check_ws_plan(plan)
    return plan


def _wire() -> Any:
    """``lighter.resources.via_ws``, loaded with the first transaction (the WebSocket errors come with it)."""
    from lighter.resources import via_ws

    return via_ws


async def _asleep(seconds: float) -> None:
    import asyncio  # loaded by the event loop anyway; not at ``import lighter``

    await asyncio.sleep(seconds)


def _not_indexed_yet(exc: APIStatusError) -> bool:
    """A 'not found' answer to ``/api/v1/tx``: the transaction is not indexed yet, keep polling."""
    return isinstance(exc, NotFoundError) or "not found" in exc.message.lower()


def _poll_done(last: Any, tx_hash: str, deadline: float, timeout: float) -> bool:
    """True once `last` is the executed transaction; past the deadline, a `TxWaitTimeoutError`."""
    if isinstance(last, dict) and _is_done(last):
        return True
    if time.monotonic() >= deadline:
        raise TxWaitTimeoutError(
            f"transaction {tx_hash} was not executed within {timeout} s", tx_hash=tx_hash, last_status=last
        )
    return False


def _is_done(tx: Mapping[str, Any]) -> bool:
    status = _int_or_none(tx.get("status"))
    return (
        status is not None
        and status != TX_STATUS_PENDING
        and (status >= TX_STATUS_EXECUTED or bool(tx.get("executed_at")))
    )


class AsyncLighter(_Core[Awaitable[TxResult], Awaitable[BatchResult]]):
    """asyncio client for one account. Same methods as `Lighter`; calls return awaitables.

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

    No network I/O happens here; ``async with AsyncLighter(...) as client:`` closes the pool at the end.
    """

    def __init__(
        self,
        *,
        base_url: str | None = None,
        chain_id: int | None = None,
        account_index: int | None = None,
        api_key_index: int | None = None,
        api_private_key: str | PrivateKey | None = None,
        eth_private_key: str | None = None,
        network: str | None = None,
        api_private_keys: Mapping[int, str | PrivateKey] | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        rate_limit: str | RateLimiter | None = "auto",
        nonce_store: NonceStore | None = None,
        auth_token_lifetime: int = DEFAULT_LIFETIME,
        max_batch_size: int = DEFAULT_MAX_BATCH_SIZE,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        super().__init__(
            base_url=base_url,
            chain_id=chain_id,
            account_index=account_index,
            api_key_index=api_key_index,
            api_private_key=api_private_key,
            eth_private_key=eth_private_key,
            network=network,
            api_private_keys=api_private_keys,
            timeout=timeout,
            max_retries=max_retries,
            rate_limit=rate_limit,
            nonce_store=nonce_store,
            auth_token_lifetime=auth_token_lifetime,
            max_batch_size=max_batch_size,
        )
        from lighter._http import build_async_client

        self._http = build_async_client(
            self.base_url,
            timeout=self._timeout,
            policy=self._policy,
            limiter=self._limiter,
            transport=transport,
        )
        self._nonces: AsyncNonceManager | None = None
        self._meta_lock: asyncio.Lock | None = None

    @classmethod
    def from_env(
        cls, environ: Mapping[str, str] | None = None, **overrides: Unpack[AsyncLighterOptions]
    ) -> AsyncLighter:
        """Build from the ``LIGHTER_*`` environment variables, as `Lighter.from_env`; `overrides` are
        `AsyncLighter`'s keyword arguments (see `AsyncLighterOptions`) and win over the environment.
        ``LIGHTER_REDIS_URL`` plugs in the shared Redis stores, as in `Lighter.from_env`."""
        return cls._from_settings(environ, overrides)

    @classmethod
    def from_profile(
        cls,
        name: str | None = None,
        *,
        environ: Mapping[str, str] | None = None,
        **overrides: Unpack[AsyncLighterOptions],
    ) -> AsyncLighter:
        """Build from a named profile, as `Lighter.from_profile` (overrides > environment > profile)."""
        return cls._from_settings(environ, overrides, _profile_settings(name, environ))

    async def close(self) -> None:
        """Close the connection pool (and the Redis stores `from_env` built)."""
        await self._http.aclose()
        while self._owned_stores:
            store = self._owned_stores.pop()
            await store.conn.aclose()
            store.close()

    async def __aenter__(self) -> AsyncLighter:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    # -- WebSocket -----------------------------------------------------------------------------------

    def ws(self, *, ws_url: str | None = None, **options: Any) -> AsyncWsClient:
        """An `AsyncWsClient` for this client's network and account, not started
        (``async with client.ws() as ws:``). Private channels use this client's auth tokens; see
        `Lighter.ws` for the options."""
        from lighter.ws.aio import AsyncWsClient

        url, opts = self._ws_options(ws_url, options)
        return AsyncWsClient(url, **opts)

    def via_ws(self, ws: AsyncWsClient | WsClient) -> AsyncWsTrading:
        """This client's trading methods over a WebSocket (``jsonapi/sendtx``), awaitable:

        >>> async with client.ws() as ws:                                        # doctest: +SKIP
        ...     result = await client.via_ws(ws).create_order("ETH", side="buy", size="0.1", price="3000")

        Same nonce manager as the client; outcomes settle nonces as on REST (see `Lighter.via_ws`).
        """
        from lighter.resources.via_ws import AsyncWsTrading

        return AsyncWsTrading(self, ws)

    # -- plumbing ------------------------------------------------------------------------------------

    def _lock(self) -> asyncio.Lock:
        if self._meta_lock is None:
            import asyncio

            self._meta_lock = asyncio.Lock()
        return self._meta_lock

    async def _get_json(self, path: str, params: Mapping[str, Any] | None = None) -> Any:
        from lighter._http import check_result_code, json_body

        response = await self._http.get(path, params=params)
        return check_result_code(json_body(response), response)

    def _then(self, value: Any, fn: Callable[[Any], Any]) -> Any:
        async def chained() -> Any:
            return fn(await value)

        return chained()

    @property
    def binary_options(self) -> AsyncBinaryOptions:
        """Binary-option events, up/down candles and PnL (typed reads, with async paging iterators)."""
        from lighter.resources.binary_options import AsyncBinaryOptions

        return AsyncBinaryOptions(self)

    async def _paginate(self, pager: Pager, market: int | str | None) -> AsyncIterator[Any]:
        if market is not None:
            pager.bind_market(market if isinstance(market, int) else (await self.market(market)).index)
        while (request := pager.next_request()) is not None:
            name, params = request
            for item in pager.feed(await self._op(name, _json=True, _auth=pager.auth, **params)):
                yield item

    def _collect(self, pager: Pager, market: int | str | None) -> Awaitable[list[Any]]:
        async def collect() -> list[Any]:
            return [item async for item in self._paginate(pager, market)]

        return collect()

    def _op(
        self,
        name: str,
        *,
        _market: Any = None,
        _market_param: str | None = None,
        _json: bool = False,
        _auth: bool = True,
        **kwargs: Any,
    ) -> Any:
        op = REGISTRY.get(name)  # unknown names fail at call time, before awaiting

        async def call() -> Any:
            if _market is not None and _market_param is not None:
                kwargs[_market_param] = (
                    _market if isinstance(_market, int) else (await self.market(_market)).index
                )
            request = prepare(op, kwargs, self._token_or_none if _auth else _no_token)
            response = await self._http.request(**request)
            return parse(op, _GENERATED_CLIENT, response, as_json=_json)

        return call()

    def _nonce_manager(self) -> AsyncNonceManager:
        if self._nonces is None:
            from lighter._nonce import AsyncNonceManager

            self._nonces = AsyncNonceManager(
                self._require_account(),
                self.api_key_indexes or (self._default_api_key(),),
                self._fetch_nonce,
                store=self._nonce_store,
            )
        return self._nonces

    async def _fetch_nonce(self, api_key_index: int) -> int:
        body = await self._get_json(
            "/api/v1/nextNonce", {"account_index": self.account_index, "api_key_index": api_key_index}
        )
        return int(body["nonce"])

    # -- metadata ------------------------------------------------------------------------------------

    async def markets(self) -> MarketTable:
        """Market metadata (``orderBookDetails``), fetched once and cached."""
        if self._markets is None:
            async with self._lock():
                if self._markets is None:
                    payload = await self._get_json("/api/v1/orderBookDetails")
                    self._markets = MarketTable.from_order_book_details(payload)
        return self._markets

    async def refresh_markets(self) -> MarketTable:
        """Fetch market metadata again."""
        self._markets = MarketTable.from_order_book_details(await self._get_json("/api/v1/orderBookDetails"))
        return self._markets

    async def market(self, market: int | str) -> Market:
        """One market by symbol ("ETH", "ETH/USDC") or index."""
        return (await self.markets()).get(market)

    async def assets(self) -> AssetTable:
        """Asset metadata (``assetDetails``), fetched once; falls back to the known assets."""
        if self._assets is None:
            try:
                payload = await self._get_json("/api/v1/assetDetails")
            except (NotFoundError, APIStatusError):
                payload = {}
            self._assets = AssetTable.from_asset_details(payload)
        return self._assets

    # -- transactions --------------------------------------------------------------------------------

    async def _prepare(self, plan: Plan) -> list[Draft]:
        self._precheck(plan)
        if plan.needs_markets or plan.book_markets:
            await self.markets()
        if plan.needs_assets:
            await self.assets()
        books = {}
        for market in plan.book_markets:
            index = self._market_index(market)
            body = await self._get_json("/api/v1/orderBookOrders", {"market_id": index, "limit": 1})
            books[index] = _top_of_book(body)
        if stale_approvals(self._approvals, plan.integrators, int(time.time() * 1000)):
            self._keep_approvals(await self._get_json("/api/v1/account", self._account_query()))
        drafts = plan.build(self._context(books))
        self._check_signer(drafts)
        return drafts

    async def _run(self, plan: Plan, *, batch: bool, ws: WsClient | None) -> list[TxResult]:
        """Prepare, sign and send a plan (traced when telemetry is on)."""
        observer = _telemetry.observer
        if observer is None:
            return await self._send(await self._prepare(plan), plan, batch=batch, ws=ws)
        trace = observer.transaction("rest" if ws is None else "ws")
        try:
            drafts = await trace.phase_async("prepare", self._prepare, plan)
            trace.drafted(drafts)
            results = await self._send(drafts, plan, batch=batch, ws=ws, trace=trace)
        except BaseException as exc:
            trace.end(exc)
            raise
        trace.end(None)
        return results

    async def _transmit(
        self, signed: list[SignedTx], plan: Plan, batch: bool, ws: WsClient | None
    ) -> Mapping[str, Any]:
        """Send signed transactions over REST (sendTx/sendTxBatch) or the socket; the answer's body."""
        if ws is None:
            path, form = self._form(signed, plan.price_protection, batch)
            return _tx_answer(await self._http.post(path, data=form))
        return await _wire().ws_send_async(ws, signed, batch=batch)

    async def _send(
        self,
        drafts: list[Draft],
        plan: Plan,
        *,
        batch: bool,
        ws: WsClient | None = None,
        trace: TxTrace | None = None,
    ) -> list[TxResult]:
        nonces = self._nonce_manager()
        async with nonces.lease(len(drafts), api_key_index=plan.api_key_index) as lease:
            for attempt in (1, 2):
                try:
                    if trace is None:
                        signed = self._sign(drafts, lease.api_key_index, lease.nonces)
                        body = await self._transmit(signed, plan, batch, ws)
                    else:
                        trace.leased(lease.api_key_index, lease.first)
                        signed = trace.phase(
                            "sign", self._sign, drafts, lease.api_key_index, lease.nonces, attempt=attempt
                        )
                        body = await trace.phase_async(
                            _SEND_PHASE[attempt], self._transmit, signed, plan, batch, ws, attempt=attempt
                        )
                except InvalidNonceError:
                    if attempt == 2:
                        lease.unknown()
                        raise
                    rejected = lease.first
                    try:
                        await nonces.resync(lease)
                    except BaseException:  # the rejected nonce must not be handed back: resync next time
                        lease.unknown()
                        raise
                    if trace is not None:
                        trace.resynced(lease.api_key_index, rejected, lease.first)
                    continue
                except _wire().OUTCOME_UNKNOWN:
                    lease.unknown()
                    raise
                return self._results(drafts, signed, lease.api_key_index, lease.nonces, body, self)
        raise AssertionError("unreachable")  # pragma: no cover

    def _submit(self, plan: Plan, ws: WsClient | None = None) -> Awaitable[TxResult]:
        if ws is not None:
            _wire().check_ws_plan(plan)  # raised at call time, like other bad input

        async def run() -> TxResult:
            return (await self._run(plan, batch=False, ws=ws))[0]

        return run()

    async def send_batch(self, batch: Batch | Iterable[Plan]) -> BatchResult:
        """Send the transactions of a `Batch` in one request, with consecutive nonces of one API key."""
        return await self._send_batch(batch)

    async def _send_batch(self, batch: Batch | Iterable[Plan], ws: WsClient | None = None) -> BatchResult:
        plan = _batch_plan(batch, ws)
        return _batch_result(await self._run(plan, batch=True, ws=ws))

    async def health(
        self,
        *,
        ws: WsClient | AsyncWsClient | None = None,
        timeout: float = 5.0,
        slow: float = 1.0,
    ) -> _health.HealthReport:
        """Is this client fit to trade now? See `Lighter.health` (the same report, awaited)."""
        from lighter import _health

        probe = self._health_probe(ws)
        request, transport = _health_request(self._http, timeout)
        started = _health.probe_started()
        try:
            _probe_answer(probe, started, await transport.asend_once(request))
        except _transport_error_type() as exc:
            _probe_failed(probe, exc, request)
        for key in probe.keys_to_compare():
            probe.exchange_nonces[key] = await self._nonce_or_none(key)
        return _health.assess(probe, slow=slow)

    async def _nonce_or_none(self, api_key_index: int) -> int | None:
        try:
            return await self._fetch_nonce(api_key_index)
        except _nonce_read_errors():
            return None

    async def wait_for_tx(
        self, tx_hash: str | TxResult, *, timeout: float = 30.0, poll_interval: float = 0.2
    ) -> Any:
        """Poll ``GET /api/v1/tx`` until the transaction is executed; return its JSON (a dict)."""
        h = tx_hash.tx_hash if isinstance(tx_hash, TxResult) else tx_hash
        deadline = time.monotonic() + timeout
        last: Any = None
        while True:
            try:
                last = await self._get_json("/api/v1/tx", {"by": "hash", "value": h})
            except APIStatusError as exc:
                if not _not_indexed_yet(exc):
                    raise
                last = None
            if _poll_done(last, h, deadline, timeout):
                return last
            await _asleep(poll_interval)

    async def wait_for_result(
        self, result: TxResult, *, timeout: float = 30.0, poll_interval: float = 0.2
    ) -> OrderResult:
        """Wait until the transaction is executed; for an order, also its fills (see `Lighter`)."""
        from lighter.models._convert import tx_status
        from lighter.resources._settle import SLEEP, OrderWatch

        deadline = time.monotonic() + timeout
        tx = tx_status(await self.wait_for_tx(result, timeout=timeout, poll_interval=poll_interval))
        watch = OrderWatch(result, tx, self._require_account(), deadline=deadline)
        while (request := watch.next_request()) is not None:
            if request is SLEEP:
                await _asleep(poll_interval)
            else:
                watch.feed(await self._op(request[0], _json=True, **request[1]))
        return watch.result()

    def _settle(self, submitted: Awaitable[TxResult], timeout: float) -> Awaitable[OrderResult]:
        async def settle() -> OrderResult:
            return await self.wait_for_result(await submitted, timeout=timeout)

        return settle()
