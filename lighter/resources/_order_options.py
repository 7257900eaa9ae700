"""Integrator fees and self-trade prevention on orders: the arguments, their checks, their attributes.

An order may name an integrator (the account of the app or bot operator that routed it) and the taker and
maker fees that integrator charges on it, as fractions of the traded value ("0.0005" = 5 bps). The exchange
accepts them only when this account approved that integrator (`approve_integrator`) with caps at least as
high, per market kind (perps or spot), and the approval has not expired: all of that is checked here,
before anything is signed, from the approvals the account lists.

Self-trade prevention says what happens when an order would trade against an order of the same account
(or, with ``across="master_account"``, of any account under the same master): the modes the exchange
defines are ``expire_maker`` (the resting order is cancelled; the exchange's default), ``expire_taker``
(the incoming order is cancelled), ``expire_both`` and ``reduce`` (both shrink by the overlapping size).
The exchange refuses a self-trade mode together with integrator fees.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from lighter._errors import InvalidInputError
from lighter.markets import Amount, Market, to_decimal

FEE_TICK = 1_000_000  # fees: 1 = 100%
MAX_ACCOUNT_INDEX = 2**48 - 2

SELF_TRADE_MODES: dict[str, int] = {"expire_maker": 0, "expire_taker": 1, "expire_both": 2, "reduce": 3}
"""Mode name -> the exchange's self-trade behaviour code (transaction attribute 6)."""
SELF_TRADE_SCOPES: dict[str, int] = {"account": 0, "master_account": 1}
"""Which orders count as "self" -> the exchange's equality code (transaction attribute 7)."""


@dataclass(frozen=True)
class Integrator:
    """``integrator=`` of an order: the integrator's account index and the fees it charges on this order, as
    fractions of the traded value (``Integrator(1234, taker_fee="0.0005", maker_fee="0.0001")``: 5 and 1 bps).
    A bare account index means no fee."""

    account_index: int
    taker_fee: Amount = 0
    maker_fee: Amount = 0


@dataclass(frozen=True)
class SelfTrade:
    """A self-trade prevention choice: ``mode`` (see `SELF_TRADE_MODES`) and ``across`` ("account", the
    default, or "master_account" for every account under the same master)."""

    mode: str
    across: str = "account"


@dataclass(frozen=True)
class OrderOptions:
    """The checked integrator and self-trade choices of one order, in the exchange's integer units."""

    integrator: int = 0
    taker_fee: int = 0
    maker_fee: int = 0
    self_trade_mode: int = 0
    self_trade_scope: int = 0

    def attributes(self) -> Any:
        """The transaction attributes (1, 2, 3, 6, 7), each present only when not its nil value, as the
        official signer sets them."""
        from lighter.transactions import TxAttributes

        values = {
            "integrator_account_index": self.integrator,
            "integrator_taker_fee": self.taker_fee,
            "integrator_maker_fee": self.maker_fee,
            "self_trade_behavior_mode": self.self_trade_mode,
            "self_trade_equality_mode": self.self_trade_scope,
        }
        present = {k: v for k, v in values.items() if v}
        return TxAttributes(**present) if present else None

    def integrators(self) -> tuple[int, ...]:
        """The integrator account indexes a plan must find approved (none or one)."""
        return (self.integrator,) if self.integrator else ()


NO_OPTIONS = OrderOptions()


def _fee(value: Amount, name: str) -> int:
    dec = to_decimal(value, name=name)
    if not dec.is_finite() or dec < 0 or dec > 1:
        raise InvalidInputError(
            f"{name} is a fraction of the traded value between 0 and 1 (e.g. '0.0005' = 5 bps), got {value!r}"
        )
    scaled = dec * FEE_TICK
    if scaled != scaled.to_integral_value():
        raise InvalidInputError(f"{name}={dec} is finer than the exchange's fee unit 0.000001 (1/{FEE_TICK})")
    return int(scaled)


def order_options(
    integrator: int | Integrator | None = None, self_trade: str | SelfTrade | None = None
) -> OrderOptions:
    """Check an order's ``integrator=`` and ``self_trade=`` arguments (pure; approval is checked later)."""
    index = taker = maker = 0
    if integrator is not None:
        if not isinstance(integrator, Integrator):
            integrator = Integrator(integrator)  # the index is checked just below
        index = integrator.account_index
        if isinstance(index, bool) or not isinstance(index, int) or not 1 <= index <= MAX_ACCOUNT_INDEX:
            raise InvalidInputError(
                f"integrator is the integrator's account index (or a lighter.Integrator), an integer in "
                f"1..{MAX_ACCOUNT_INDEX}, got {index!r}"
            )
        taker = _fee(integrator.taker_fee, "integrator taker_fee")
        maker = _fee(integrator.maker_fee, "integrator maker_fee")
    mode, scope = _self_trade(self_trade)
    if (taker or maker) and (mode or scope):
        raise InvalidInputError(
            "self_trade cannot be combined with integrator fees (the exchange refuses it); "
            "leave self_trade unset (expire_maker) or charge no integrator fee"
        )
    if mode == SELF_TRADE_MODES["reduce"] and scope == SELF_TRADE_SCOPES["master_account"]:
        raise InvalidInputError("self_trade mode 'reduce' applies within one account only (across='account')")
    if not (index or mode or scope):
        return NO_OPTIONS
    return OrderOptions(index, taker, maker, mode, scope)


def _self_trade(value: str | SelfTrade | None) -> tuple[int, int]:
    if value is None:
        return 0, 0
    if isinstance(value, str):
        value = SelfTrade(value)
    if not isinstance(value, SelfTrade):
        raise InvalidInputError(
            f"self_trade must be one of {list(SELF_TRADE_MODES)} or a lighter.SelfTrade, got {value!r}"
        )
    mode = SELF_TRADE_MODES.get(str(value.mode).strip().lower().replace("-", "_"))
    if mode is None:
        raise InvalidInputError(f"self_trade must be one of {list(SELF_TRADE_MODES)}, got {value.mode!r}")
    scope = SELF_TRADE_SCOPES.get(str(value.across).strip().lower())
    if scope is None:
        raise InvalidInputError(
            f"self_trade across= must be one of {list(SELF_TRADE_SCOPES)}, got {value.across!r}"
        )
    return mode, scope


@dataclass(frozen=True)
class Approval:
    """One integrator approval of this account, in fee units (see `FEE_TICK`)."""

    integrator: int
    max_perps_taker_fee: int
    max_perps_maker_fee: int
    max_spot_taker_fee: int
    max_spot_maker_fee: int
    expiry_ms: int


def approvals_from_account(account: Mapping[str, Any]) -> dict[int, Approval]:
    """The ``approved_integrators`` of an ``account`` answer's entry, by integrator account index."""
    out: dict[int, Approval] = {}
    for entry in account.get("approved_integrators") or ():
        if not isinstance(entry, Mapping):
            continue
        try:
            index = int(entry["account_index"])
            out[index] = Approval(
                index,
                int(entry.get("max_perps_taker_fee") or 0),
                int(entry.get("max_perps_maker_fee") or 0),
                int(entry.get("max_spot_taker_fee") or 0),
                int(entry.get("max_spot_maker_fee") or 0),
                int(entry.get("approval_expiry") or 0),
            )
        except (KeyError, TypeError, ValueError):
            continue
    return out


def check_approved(
    options: OrderOptions, market: Market, approvals: Mapping[int, Approval] | None, now_ms: int
) -> None:
    """Refuse an integrator this account has not approved (or whose approval expired), and fees above the
    approved caps for this market's kind."""
    if not options.integrator:
        return
    approval = (approvals or {}).get(options.integrator)
    if approval is None or approval.expiry_ms <= now_ms:
        state = "has expired" if approval is not None else "is not approved by this account"
        raise InvalidInputError(
            f"integrator {options.integrator} {state} (the exchange refuses it with code 21149); "
            f"approve it first with client.approve_integrator({options.integrator}, ...)"
        )
    kind = "spot" if market.is_spot else "perps"
    caps = (
        (approval.max_spot_taker_fee, approval.max_spot_maker_fee)
        if market.is_spot
        else (approval.max_perps_taker_fee, approval.max_perps_maker_fee)
    )
    for name, fee, cap in (
        ("integrator taker_fee", options.taker_fee, caps[0]),
        ("integrator maker_fee", options.maker_fee, caps[1]),
    ):
        if fee > cap:
            raise InvalidInputError(
                f"{name}={fee / FEE_TICK:f} is above the {kind} cap this account approved for integrator "
                f"{options.integrator}: allowed 0..{cap / FEE_TICK:f}"
            )


def stale_approvals(known: Mapping[int, Approval], wanted: tuple[int, ...], now_ms: int) -> bool:
    """True when an integrator a plan names is not among the cached approvals (or its approval has lapsed):
    then the account's approvals are read again before the check, so a fresh approval is seen at once."""
    return any(i not in known or known[i].expiry_ms <= now_ms for i in wanted)
