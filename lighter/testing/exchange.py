"""The whole state of the local exchange and the one door transactions come through.

``Exchange`` is synchronous and not thread-safe: the server calls it from its event loop only. A
transaction is decoded with ``lighter.transactions``, checked (types, ranges, account, expiry, nonce,
signatures), then applied by ``txs.HANDLERS``; a refused transaction changes nothing.
"""

from __future__ import annotations

import copy
import functools
import json
import time
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from lighter._loggers import get_logger
from lighter.testing import errors, funding, notifications, txs
from lighter.testing.accounts import Account, Accounts, ApiKey
from lighter.testing.book import Events
from lighter.testing.engine import Engine
from lighter.testing.errors import ExchangeError
from lighter.testing.markets import USDC_ASSET_ID, Asset, Market, default_assets, default_markets
from lighter.transactions._enums import AttributeType, RouteType, TxType

# types whose L1 signature is checked when present (and required to move another owner's funds)
_L1_SIGNED_WHEN_ASKED = (TxType.TRANSFER, TxType.APPROVE_INTEGRATOR)

log = get_logger("lighter.testing")

MAX_BATCH = 50  # apidocs; asyncapi says 15
TX_EXECUTED = 2  # local choice: 0 failed, 1 pending, 2 executed
Listener = Callable[[Events, list["TxRecord"]], None]
_T = TypeVar("_T")


@dataclass
class TxRecord:
    """An accepted transaction as the tx/txs/accountTxs endpoints and the account_tx channel show it."""

    hash: str
    type: int
    info: str
    event_info: str
    account_index: int
    l1_address: str
    api_key_index: int
    nonce: int
    expire_at: int
    block_height: int
    queued_at: int
    executed_at: int
    transaction_index: int
    status: int = TX_EXECUTED


def _counting_refusals(method: Callable[..., _T]) -> Callable[..., _T]:
    """Count the refusals of a submit method by result code (``Exchange.tx_refused``)."""

    @functools.wraps(method)
    def counted(self: Exchange, *args: Any) -> _T:
        try:
            return method(self, *args)
        except ExchangeError as exc:
            self.tx_refused[exc.code] += 1
            raise

    return counted


@dataclass
class Faults:
    """Transaction-level faults (the HTTP/WS ones live in the server)."""

    invalid_nonce_next: int = 0


@dataclass
class _Checked:
    tx: Any
    account: Account
    tx_hash: str
    info: str
    skip_nonce: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


class Exchange:
    """Markets, accounts, the matching engine and the transaction log."""

    def __init__(
        self,
        *,
        chain_id: int = 304,
        verify_signatures: bool = True,
        markets: dict[int, Market] | None = None,
        assets: dict[int, Asset] | None = None,
        clock: Callable[[], float] = time.time,
        funding_interval: float = funding.DEFAULT_INTERVAL,
    ) -> None:
        self.chain_id = chain_id
        self.verify_signatures = verify_signatures
        self.clock = clock
        self.assets = assets if assets is not None else default_assets()
        self.accounts = Accounts()
        self.engine = Engine(
            markets if markets is not None else default_markets(), self.assets, self.accounts
        )
        self.txs: list[TxRecord] = []
        self.tx_by_hash: dict[str, TxRecord] = {}
        self.account_txs: dict[int, list[TxRecord]] = {}
        self.deposits: list[dict[str, Any]] = []
        self.withdraws: list[dict[str, Any]] = []
        self.transfers: list[dict[str, Any]] = []
        self.listeners: list[Listener] = []
        self.tx_refused: Counter[int] = Counter()  # result code -> transactions refused (GET /metrics)
        self.faults = Faults()
        self.funding = funding.Funding(funding_interval)
        self.notifications = notifications.Notifications()
        self.started_at = self.now_ms()

    # ------------------------------------------------------------------ basics
    def now_ms(self) -> int:
        """The exchange clock in ms (``clock`` given to the constructor; wall time by default)."""
        return int(self.clock() * 1000)

    @property
    def height(self) -> int:
        """The current block height (one block per accepted transaction)."""
        return self.engine.block_height

    def account(self, index: int) -> Account:
        """The account with ``index``; ExchangeError (account not found) otherwise."""
        acc = self.accounts.get(index)
        if acc is None:
            raise ExchangeError(errors.ACCOUNT_NOT_FOUND, "account not found")
        return acc

    def _publish(self, records: list[TxRecord]) -> None:
        events = self.engine.drain_events()
        if not events and not records:
            return
        self._emit(events, records)

    def _emit(self, events: Events, records: list[TxRecord]) -> None:
        """Record the notifications of a change, then tell the listeners (the WebSocket hub)."""
        events.notifications = self.notifications.record_fills(
            events.trades, {mid: ms.market for mid, ms in self.engine.markets.items()}
        )
        for listener in list(self.listeners):
            try:
                listener(events, records)
            except Exception:  # a broken subscriber must not break the exchange
                log.exception("exchange listener failed")

    def tick(self) -> None:
        """Expire orders, run due cancel-alls, sample and settle funding; the server calls this often."""
        now = self.now_ms()
        self.engine.expire(now)
        self.funding.tick(self.engine, now)
        self._publish([])

    def settle_funding(self) -> list[funding.Settlement]:
        """Settle funding of every perp market now (outside the periodic schedule)."""
        now = self.now_ms()
        self.engine.now = now
        settled = self.funding.settle(self.engine, now)
        self._publish([])
        return settled

    def set_index_price(self, market_id: int, price: int | None) -> None:
        """Pin the index (oracle) price of a perp market, in price units; None: follow the last trade."""
        self.funding.set_index_price(self.engine, market_id, price)
        self.engine.events.markets.add(market_id)
        self._publish([])

    def internal(self, fn: Callable[[], Any]) -> Any:
        """Run an internal (unsigned) change such as the market maker's quotes, then publish it."""
        now = self.now_ms()
        self.engine.now = now
        self.engine.tx_hash = ""
        try:
            return fn()
        finally:
            self._publish([])

    # ------------------------------------------------------------------ admin
    def deposit(
        self, l1_address: str, amount: int, asset_index: int = USDC_ASSET_ID, route: int | None = None
    ) -> Account:
        """Create (if needed) and fund the master account of ``l1_address``. ``amount`` is in asset units."""
        if not isinstance(l1_address, str) or not _is_address(l1_address):
            raise errors.invalid_param("l1_address must be a 0x-prefixed 20-byte hex address")
        if isinstance(amount, bool) or not isinstance(amount, int) or amount <= 0:
            raise errors.invalid_param("amount must be a positive integer in the asset's base units")
        if asset_index not in self.assets:
            raise errors.invalid_param(f"unknown asset {asset_index}")
        if route is None:
            route = RouteType.PERP if asset_index == USDC_ASSET_ID else RouteType.SPOT
        if route not in txs.ROUTES or (route == RouteType.PERP and asset_index != USDC_ASSET_ID):
            raise errors.invalid_param("invalid route: the perp route holds USDC only")
        now = self.now_ms()
        self.engine.now = now
        acc = self.accounts.master_for_l1(l1_address)
        if acc is None:
            acc = self.accounts.create_master(l1_address, now)
        if route == RouteType.PERP:
            acc.collateral += amount
        else:
            acc.assets[asset_index] = acc.assets.get(asset_index, 0) + amount
        self.deposits.append(
            {
                "account_index": acc.index,
                "l1_address": l1_address,
                "asset_id": asset_index,
                "amount": amount,
                "timestamp": now,
            }
        )
        self.engine.events.accounts.add(acc.index)
        self._publish([])
        return acc

    def register_key(self, acc: Account, api_key_index: int, public_key_hex: str) -> None:
        """Register (or replace) API key ``api_key_index`` of ``acc`` with an 80-hex public key."""
        acc.api_keys[api_key_index] = ApiKey(api_key_index, public_key_hex.lower(), self.now_ms())

    def record_withdraw(self, acc: Account, asset_index: int, amount: int) -> None:
        """Log a withdrawal for the withdraw-history endpoints."""
        self.withdraws.append(
            {
                "account_index": acc.index,
                "asset_id": asset_index,
                "amount": amount,
                "timestamp": self.now_ms(),
                "tx_hash": self.engine.tx_hash,
            }
        )

    def record_transfer(self, acc: Account, to: Account, tx: Any) -> None:
        """Log a transfer for the transfer-history endpoint (both accounts see it)."""
        self.transfers.append(
            {
                "from": acc,
                "to": to,
                "asset_id": tx.asset_index,
                "amount": tx.amount,
                "fee": tx.usdc_fee if tx.asset_index == USDC_ASSET_ID else 0,
                "from_route": tx.from_route_type,
                "to_route": tx.to_route_type,
                "timestamp": self.now_ms(),
                "tx_hash": self.engine.tx_hash,
            }
        )

    # ------------------------------------------------------------------ transactions
    @_counting_refusals
    def submit(self, tx_type: Any, tx_info: Any) -> TxRecord:
        """Check and apply one transaction; raises ExchangeError (and changes nothing) when refused."""
        checked = self._check(tx_type, tx_info, pending={})
        try:
            record = self._apply(checked)
        except ExchangeError:
            self._publish([])  # expiries that ran before the refusal are real changes
            raise
        self._publish_record(record)
        return record

    @_counting_refusals
    def submit_batch(self, tx_types: Any, tx_infos: Any) -> list[TxRecord]:
        """All or nothing: every tx is checked first, then applied in order on a snapshot."""
        if not isinstance(tx_types, list) or not isinstance(tx_infos, list):
            raise errors.invalid_param("tx_types and tx_infos must be JSON lists")
        if len(tx_types) != len(tx_infos):
            raise errors.invalid_param("tx_types and tx_infos must have the same length")
        if not tx_types:
            raise errors.invalid_param("empty batch")
        if len(tx_types) > MAX_BATCH:
            raise ExchangeError(errors.BATCH_TOO_LARGE, f"too many transactions in batch (max {MAX_BATCH})")
        pending: dict[tuple[int, int], int] = {}
        checked = [self._check(t, i, pending=pending) for t, i in zip(tx_types, tx_infos, strict=True)]
        if len({c.tx_hash for c in checked}) != len(checked):  # a skip-nonce tx twice: replayed in the batch
            raise ExchangeError(errors.INVALID_NONCE, "invalid nonce: transaction already executed")
        snapshot = copy.deepcopy((self.accounts, self.engine))
        records: list[TxRecord] = []
        try:
            for c in checked:
                c.account = self.accounts.by_index[c.account.index]
                records.append(self._apply(c))
        except ExchangeError:
            self.accounts, self.engine = snapshot
            for r in records:
                self._forget(r)
            raise
        for r in records:
            self._publish_record(r)
        self._publish([])
        return records

    def _check(self, tx_type: Any, tx_info: Any, *, pending: dict[tuple[int, int], int]) -> _Checked:
        from lighter import transactions

        if isinstance(tx_type, bool) or not isinstance(tx_type, int):
            raise errors.invalid_param("tx_type must be an integer")
        if tx_type not in txs.USER_TX_TYPES:
            raise ExchangeError(errors.INVALID_TX_TYPE, f"invalid tx type: {tx_type}")
        if isinstance(tx_info, str):
            info = tx_info
        elif isinstance(tx_info, Mapping):
            info = json.dumps(tx_info)
        else:
            raise errors.invalid_param("tx_info must be a JSON object")
        try:
            tx = transactions.decode(tx_type, info)
        except (ValueError, TypeError) as exc:
            raise errors.invalid_param(str(exc)) from None
        try:
            tx.validate()
        except (ValueError, TypeError) as exc:
            text = str(exc)
            if text.startswith("base_amount") or ".base_amount" in text.split(" ")[0]:
                raise ExchangeError(errors.INVALID_BASE_AMOUNT, f"invalid base amount: {text}") from None
            raise errors.invalid_param(text) from None
        account_index = getattr(tx, "from_account_index", None)
        if account_index is None:
            account_index = getattr(tx, "account_index")  # noqa: B009 - not on the Tx base class
        acc = self.account(account_index)
        now = self.now_ms()
        if tx.expired_at <= now:
            raise ExchangeError(errors.EXPIRED, "transaction expired: expired_at is in the past")
        skip_nonce = txs.attributes_of(tx).get(AttributeType.SKIP_NONCE, 0) == 1
        key = (acc.index, tx.api_key_index)
        expected = pending.get(key, acc.next_nonce(tx.api_key_index))
        if self.faults.invalid_nonce_next > 0:
            self.faults.invalid_nonce_next -= 1
            raise ExchangeError(errors.INVALID_NONCE, "invalid nonce")
        if not skip_nonce and tx.nonce != expected:
            raise ExchangeError(errors.INVALID_NONCE, "invalid nonce")
        tx_hash = tx.hash(self.chain_id)
        hash_hex = tx_hash.hex()
        if hash_hex in self.tx_by_hash:
            raise ExchangeError(errors.INVALID_NONCE, "invalid nonce: transaction already executed")
        if self.verify_signatures:
            self._verify(tx_type, tx, acc, tx_hash)
        if not skip_nonce:
            pending[key] = expected + 1
        return _Checked(tx, acc, hash_hex, info, skip_nonce)

    def _verify(self, tx_type: int, tx: Any, acc: Account, tx_hash: bytes) -> None:
        from lighter import signing

        if tx.sig is None:
            raise ExchangeError(errors.INVALID_SIGNATURE, "invalid signature: Sig is missing")
        if tx_type == TxType.CHANGE_PUB_KEY:
            public_key = tx.pub_key.hex()
        else:
            key = acc.api_keys.get(tx.api_key_index)
            if key is None:
                raise ExchangeError(
                    errors.API_KEY_NOT_FOUND,
                    f"api key not found: account {acc.index} has no key {tx.api_key_index}",
                )
            public_key = key.public_key
        try:
            ok = signing.verify(public_key, tx_hash, tx.sig)
        except (ValueError, TypeError):
            raise ExchangeError(errors.INVALID_PUBLIC_KEY, "invalid PublicKey") from None
        if not ok:
            raise ExchangeError(errors.INVALID_SIGNATURE, "invalid signature")
        needs_l1 = tx_type == TxType.CHANGE_PUB_KEY or (
            tx_type in (TxType.TRANSFER, TxType.APPROVE_INTEGRATOR)
            and (tx.l1_sig or not self._same_owner(tx, acc))
        )
        if needs_l1:
            self._verify_l1(tx, acc)

    def _same_owner(self, tx: Any, acc: Account) -> bool:
        to_index = getattr(tx, "to_account_index", None)
        if to_index is None:
            return False
        to = self.accounts.get(to_index)
        return to is not None and to.l1_address.lower() == acc.l1_address.lower()

    def _verify_l1(self, tx: Any, acc: Account) -> None:
        from lighter import signing

        if not tx.l1_sig:
            raise ExchangeError(errors.INVALID_L1_SIGNATURE, "invalid L1 signature: L1Sig is required")
        message = tx.l1_message(self.chain_id)
        try:
            signer = signing.l1_recover(message, tx.l1_sig)
        except Exception:  # eth-account raises several types on malformed signatures
            raise ExchangeError(errors.INVALID_L1_SIGNATURE, "invalid L1 signature") from None
        if signer.lower() != acc.l1_address.lower():
            raise ExchangeError(
                errors.INVALID_L1_SIGNATURE, "invalid L1 signature: signer is not the account's L1 address"
            )

    def _apply(self, c: _Checked) -> TxRecord:
        tx, acc = c.tx, c.account
        now = self.now_ms()
        self.engine.now = now
        self.engine.tx_hash = c.tx_hash
        self.engine.expire(now)
        handler = txs.HANDLERS.get(int(tx.tx_type))
        if handler is None:
            raise ExchangeError(
                errors.UNSUPPORTED_TX, f"tx type {int(tx.tx_type)} is not supported by the local exchange"
            )
        event_info = handler(self, tx, acc)
        if not c.skip_nonce:
            acc.nonces[tx.api_key_index] = tx.nonce + 1
        self.engine.block_height += 1
        record = TxRecord(
            hash=c.tx_hash,
            type=int(tx.tx_type),
            info=c.info,
            event_info=json.dumps(event_info),
            account_index=acc.index,
            l1_address=acc.l1_address,
            api_key_index=tx.api_key_index,
            nonce=tx.nonce,
            expire_at=tx.expired_at,
            block_height=self.engine.block_height,
            queued_at=now,
            executed_at=now,
            transaction_index=len(self.txs),
        )
        self.txs.append(record)
        self.tx_by_hash[record.hash] = record
        self.account_txs.setdefault(acc.index, []).append(record)
        return record

    def _forget(self, record: TxRecord) -> None:
        self.txs.remove(record)
        self.tx_by_hash.pop(record.hash, None)
        self.account_txs.get(record.account_index, []).remove(record)

    def _publish_record(self, record: TxRecord) -> None:
        self._emit(self.engine.drain_events(), [record])


def _is_address(value: str) -> bool:
    if len(value) != 42 or not value.startswith(("0x", "0X")):
        return False
    try:
        int(value[2:], 16)
    except ValueError:
        return False
    return True
