"""`ClientCore`: configuration, credentials, caches and every pure step of a call, for both faces; no I/O.

The faces (`lighter.client`) own the I/O (an httpx client, a nonce manager, locks) and drive the flows of
`lighter._client.flows` over this core. Its methods are the core's seam: public names, used by the flows,
the seams and the faces, never by users.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from lighter._auth import AuthTokenCache, Secret
from lighter._client import options as O
from lighter._client import tolerant
from lighter._config import DEFAULT_CONNECT_TIMEOUT, resolve_endpoint, ws_url_for
from lighter._errors import (
    ConfigError,
    InvalidInputError,
    MissingCredentialsError,
)
from lighter.markets import AssetTable, Market, MarketTable
from lighter.resources._order_options import Approval, approvals_from_account
from lighter.resources._plans import BatchResult, Ctx, Draft, Plan, TxResult
from lighter.resources.trading import ClientOrderIds, Trading

if TYPE_CHECKING:  # pragma: no cover
    import httpx

    from lighter._nonce import NonceStore
    from lighter._ratelimit import RateLimiter
    from lighter.signing import PrivateKey
    from lighter.transactions import SignedTx

_H = TypeVar("_H")
TX_LIFETIME_MS = 10 * 60 * 1000 - 1000  # as the official signer: now + 10 min - 1 s
NEEDS_ETH_KEY = (
    "this transaction is also signed with the account's Ethereum key: pass eth_private_key= "
    "(or LIGHTER_ETH_PRIVATE_KEY)"
)


class ClientCore:
    """One account's configuration, keys and caches, checked once from `ClientOptions`."""

    def __init__(self, options: Mapping[str, Any]) -> None:
        get = O.option
        self.base_url, self.chain_id, self.network = resolve_endpoint(
            network=get(options, "network"),
            base_url=get(options, "base_url"),
            chain_id=get(options, "chain_id"),
        )
        self.account_index = O.check_account_index(get(options, "account_index"))
        api_key_index = get(options, "api_key_index")
        self.keys = O.load_keys(
            api_key_index, get(options, "api_private_key"), get(options, "api_private_keys")
        )
        if self.keys and self.account_index is None:
            raise ConfigError("API keys were given without account_index")
        self.api_key_indexes: tuple[int, ...] = tuple(
            ([api_key_index] if api_key_index is not None else [])
            + [k for k in self.keys if k != api_key_index]
        )
        self.eth_key = O.check_eth_key(get(options, "eth_private_key"))
        from lighter._http import make_timeout  # the HTTP stack loads with the first client, not at import
        from lighter._ratelimit import RateLimiter
        from lighter._retry import RetryPolicy

        rate_limit = get(options, "rate_limit")
        limiter = rate_limit if isinstance(rate_limit, RateLimiter) else None
        tier = None if limiter is not None else O.resolve_tier(rate_limit, self.base_url)
        self.policy = RetryPolicy(max_retries=O.check_max_retries(get(options, "max_retries")))
        self.max_batch_size: int = get(options, "max_batch_size")
        self.timeout: httpx.Timeout = make_timeout(get(options, "timeout"), DEFAULT_CONNECT_TIMEOUT)
        self.limiter: RateLimiter | None = (
            limiter if limiter is not None else RateLimiter(tier) if tier else None
        )
        self.nonce_store: NonceStore | None = get(options, "nonce_store")
        self.auth = (
            AuthTokenCache(self.account_index, self.key, lifetime=get(options, "auth_token_lifetime"))
            if self.keys and self.account_index is not None
            else None
        )
        self.client_order_ids = ClientOrderIds()
        self.markets: MarketTable | None = None
        self.assets: AssetTable | None = None
        self.approvals: dict[int, Approval] = {}  # integrators this account approved (cache)

    def http_client(self, build: Callable[..., _H], transport: Any) -> _H:
        """The face's connection pool, from ``lighter._http``'s builder of that face."""
        return build(
            self.base_url, timeout=self.timeout, policy=self.policy, limiter=self.limiter, transport=transport
        )

    def nonce_manager(self, manager: Callable[..., _H], fetch: Callable[[int], Any]) -> _H:
        """The face's nonce manager over this account's keys (`fetch` reads nextNonce of one key)."""
        keys = self.api_key_indexes or (self.default_api_key(),)
        return manager(self.require_account(), keys, fetch, store=self.nonce_store)

    @property
    def ws_url(self) -> str:
        """The WebSocket URL of this network (``.../stream``)."""
        return ws_url_for(self.base_url)

    # -- credentials ---------------------------------------------------------------------------------

    def require_account(self) -> int:
        """The account index (`MissingCredentialsError` without one)."""
        if self.account_index is None:
            raise MissingCredentialsError(
                "this call needs the client's account_index (Lighter(account_index=...))",
                missing=("account_index",),
            )
        return self.account_index

    def key(self, api_key_index: int) -> PrivateKey:
        """The private key of one API key (`MissingCredentialsError` without it)."""
        key = self.keys.get(api_key_index)
        if key is None:
            raise MissingCredentialsError(
                f"no API private key for api_key_index={api_key_index}; pass api_private_key= and "
                "api_key_index=",
                missing=("api_private_key",),
            )
        return key

    def missing_signer(self) -> tuple[str, ...]:
        """Which of the signing settings this client lacks."""
        missing: list[str] = [] if self.account_index is not None else ["account_index"]
        return (*missing, "api_key_index", "api_private_key") if not self.keys else tuple(missing)

    def default_api_key(self) -> int:
        """The API key that signs unless a call names another."""
        if not self.api_key_indexes:
            raise MissingCredentialsError(
                "signed calls need account_index, api_key_index and api_private_key (or LIGHTER_* variables)",
                missing=self.missing_signer(),
            )
        return self.api_key_indexes[0]

    def public_key_bytes(self, api_key_index: int | None) -> tuple[int, bytes]:
        """(index, public key) of an API key (default: the signing one), for ChangePubKey."""
        index = self.default_api_key() if api_key_index is None else api_key_index
        return index, self.key(index).public_key.to_bytes()

    def token_or_none(self) -> Secret | None:
        """The auth token of the default key, or None for a client without keys."""
        if self.auth is None:
            return None
        return self.auth.secret(self.default_api_key())

    def auth_token(self, api_key_index: int | None = None) -> str:
        """An auth token for read endpoints and private WebSocket channels (cached, refreshed)."""
        if self.auth is None:
            raise MissingCredentialsError(
                "auth tokens need account_index, api_key_index and api_private_key",
                missing=self.missing_signer(),
            )
        return self.auth.token(self.default_api_key() if api_key_index is None else api_key_index)

    def precheck(self, plan: Plan) -> None:
        """Credentials a plan needs, checked before any request."""
        self.require_account()
        self.default_api_key()
        if plan.needs_l1 and self.eth_key is None:
            raise MissingCredentialsError(NEEDS_ETH_KEY, missing=("eth_private_key",))

    def check_signer(self, drafts: list[Draft]) -> None:
        """What the built drafts need: the Ethereum key where they are L1-signed, a batch size in range."""
        if any(d.needs_l1 for d in drafts) and self.eth_key is None:
            raise MissingCredentialsError(NEEDS_ETH_KEY, missing=("eth_private_key",))
        if len(drafts) > self.max_batch_size:
            raise InvalidInputError(
                f"a batch holds at most {self.max_batch_size} transactions, got {len(drafts)}"
            )
        if not drafts:
            raise InvalidInputError("nothing to send: the batch is empty")

    # -- pure steps of a transaction ---------------------------------------------------------------

    def context(self, books: dict[int, tuple[Decimal | None, Decimal | None]] | None = None) -> Ctx:
        """What a plan's builder may read: metadata, tops of books, approvals, the clock."""
        now_ms = int(time.time() * 1000)
        return Ctx(
            account_index=self.require_account(),
            now_ms=now_ms,
            expired_at=now_ms + TX_LIFETIME_MS,
            markets=self.markets,
            assets=self.assets,
            books=books or {},
            approvals=self.approvals,
        )

    def account_query(self) -> dict[str, Any]:
        """The query of ``account`` for this client's account."""
        return {"by": "index", "value": str(self.require_account())}

    def keep_approvals(self, body: Any) -> None:
        """Cache the integrator approvals of this account from an ``account`` answer."""
        self.approvals = approvals_from_account(tolerant.first_account(body))

    def market_index(self, market: int | str | Market) -> int:
        """A market's index (the market table is loaded)."""
        assert self.markets is not None
        return self.markets.get(market).index

    def sign(self, drafts: list[Draft], api_key_index: int, nonces: list[int]) -> list[SignedTx]:
        """Sign the drafts with one API key and its leased nonces (and the Ethereum key where needed)."""
        from lighter.transactions import sign
        from lighter.transactions._sign import sign_validated

        key = self.key(api_key_index)
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

                assert signed.message_to_sign is not None and self.eth_key is not None
                signed = signed.with_l1_signature(l1_sign(signed.message_to_sign, self.eth_key.reveal()))
            out.append(signed)
        return out

    def ws_options(
        self, ws_url: str | None, options: dict[str, Any], token: Any
    ) -> tuple[str, dict[str, Any]]:
        """URL and `WsClient` arguments for ``ws()``: this network, this account, this client's tokens."""
        if "auth" not in options and "api_private_key" not in options and self.auth is not None:
            options["auth"] = token  # one token cache for REST and every socket
        options.setdefault("account_index", self.account_index)
        return (ws_url or self.ws_url), options

    def describe(self, face: str) -> str:
        """The face's repr: never a secret."""
        from lighter._secrets import mask_url

        return (
            f"{face}(network={self.network!r}, base_url={mask_url(self.base_url)!r}, "
            f"chain_id={self.chain_id}, "
            f"account_index={self.account_index}, api_key_indexes={list(self.api_key_indexes)}, "
            f"eth_key={'set' if self.eth_key else 'none'})"
        )


def replace_tx(tx: Any, **changes: Any) -> Any:
    """attrs.evolve for a transaction (kept here so `attrs` stays an import of transactions only)."""
    import attrs

    return attrs.evolve(tx, **changes)


def results(
    drafts: list[Draft],
    signed: list[SignedTx],
    api_key_index: int,
    nonces: list[int],
    body: Mapping[str, Any],
    waiter: Any = None,
) -> list[TxResult]:
    """The `TxResult` of each sent transaction, from the exchange's answer (our hashes where it has none)."""
    answer = tolerant.send_answer(body)
    hashes = answer.tx_hashes
    if len(hashes) != len(signed):  # then our own hashes stand
        hashes = [None] * len(signed)
    return [
        TxResult(
            tx_hash=str(h) if isinstance(h, str) and h else s.tx_hash,
            tx_type=s.tx_type,
            nonce=n,
            api_key_index=api_key_index,
            signed=s,
            client_order_index=d.client_order_index,
            predicted_execution_time_ms=answer.predicted_execution_time_ms,
            volume_quota_remaining=answer.volume_quota_remaining,
            message=answer.message,
            waiter=waiter,
        )
        for d, s, h, n in zip(drafts, signed, hashes, nonces, strict=True)
    ]


def batch_result(results: list[TxResult]) -> BatchResult:
    """The `BatchResult` of a batch's `TxResult` list."""
    first = results[0] if results else None
    return BatchResult(
        tuple(results),
        predicted_execution_time_ms=first.predicted_execution_time_ms if first else None,
        volume_quota_remaining=first.volume_quota_remaining if first else None,
        message=first.message if first else None,
    )


def first_result(results: list[TxResult]) -> TxResult:
    """The `TxResult` of a single transaction."""
    return results[0]


def merge_plans(plans: list[Plan]) -> Plan:
    """One plan for the plans of a batch (one API key; what any of them needs)."""
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


class Batch(Trading[None, None]):
    """Transactions to send together with consecutive nonces of one API key (``client.send_batch``).

    Every trading method of the client is available; each records one transaction instead of sending.
    """

    can_wait = False

    def __init__(self, core: ClientCore) -> None:
        self.core = core
        self.account_index = core.require_account()
        self.client_order_ids = core.client_order_ids
        self.plans: list[Plan] = []
        super().__init__(self)

    def require_account(self) -> int:
        """The account the batch is signed for."""
        return self.account_index

    def submit(self, plan: Plan) -> None:
        """Record one transaction."""
        self.plans.append(plan)

    def public_key_bytes(self, api_key_index: int | None) -> tuple[int, bytes]:
        """(index, public key) of an API key of the client."""
        return self.core.public_key_bytes(api_key_index)

    def settle(self, submitted: None, timeout: float) -> None:  # pragma: no cover - a batch cannot wait
        """Never called: a batch cannot wait (`can_wait` is False)."""
        raise AssertionError("a batch cannot wait")

    def __len__(self) -> int:
        return len(self.plans)


def batch_plan(batch: Batch | Iterable[Plan]) -> Plan:
    """One plan for ``send_batch``."""
    return merge_plans(batch.plans if isinstance(batch, Batch) else list(batch))
