"""Trading in human units, written once for both faces.

Every method builds a `Plan` (pure: argument checks, then a builder that turns human units into a
transaction once market metadata is at hand) and returns ``self._submit(plan)``. On `Lighter` that is the
`TxResult`; on `AsyncLighter` it is an awaitable of it; on a `Batch` it records the plan. Bad input is
refused by the builder, before any nonce is taken and before anything is signed or sent.
"""

from __future__ import annotations

import functools
import itertools
import math
import random
import threading
import time
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, Protocol, TypedDict, TypeVar, cast

from lighter._errors import InvalidInputError
from lighter.markets import EXACT, USDC, Amount, Market, to_decimal
from lighter.resources._order_options import (
    Integrator,
    OrderOptions,
    SelfTrade,
    check_approved,
    order_options,
)
from lighter.resources._plans import Ctx, Draft, Plan

if TYPE_CHECKING:  # pragma: no cover
    from typing_extensions import Unpack

    from lighter.transactions import _enums as E
else:

    class _Enums:
        """`lighter.transactions._enums`, imported on first use (with the first trading call)."""

        def __getattr__(self, name: str) -> Any:
            from lighter.transactions import _enums

            value = getattr(_enums, name)
            setattr(self, name, value)
            return value

    E = _Enums()

R = TypeVar("R")  # what a single-transaction call returns on this face
RB = TypeVar("RB")  # what send_batch returns on this face

SIDES = {"buy": 0, "bid": 0, "long": 0, "sell": 1, "ask": 1, "short": 1}  # the words of IsAsk
TRADING_MODES = {"simple": 0, "unified": 1}  # UpdateAccountConfig's AccountTradingMode
FEE_TICK = 1_000_000  # fees: 1 = 100%
SHARE_TICK = 10_000  # share rates: 1 = 100%
MARGIN_FRACTION_TICK = 10_000
DEFAULT_MAX_SLIPPAGE = Decimal("0.01")
MAX_CLIENT_ORDER_INDEX = 2**48 - 1


class Words(NamedTuple):
    """The words a trader writes, as the protocol's codes (`lighter.transactions._enums` defines each
    code once; loaded with the first trading call, not with ``from lighter import Lighter``)."""

    order_types: dict[str, int]
    time_in_force: dict[str, int]
    routes: dict[str, int]
    margin_modes: dict[str, int]
    margin_directions: dict[str, int]
    triggered: frozenset[int]  # stop-loss and take-profit orders, market or limit
    triggered_market: frozenset[int]  # priced from the trigger
    immediate: frozenset[int]  # always immediate-or-cancel


@functools.cache
def words() -> Words:
    """The trader's words for order types, times in force, routes, margin modes and directions."""
    from lighter.transactions._enums import MarginDirection, MarginMode, OrderType, RouteType, TimeInForce

    o, t = OrderType, TimeInForce
    triggered_market = frozenset({o.STOP_LOSS, o.TAKE_PROFIT})
    return Words(
        order_types={name.lower(): kind for name, kind in o.__members__.items()},
        time_in_force={
            "ioc": t.IMMEDIATE_OR_CANCEL,
            "gtt": t.GOOD_TILL_TIME,
            "gtc": t.GOOD_TILL_TIME,
            "post_only": t.POST_ONLY,
        },
        routes={"perp": RouteType.PERP, "perps": RouteType.PERP, "spot": RouteType.SPOT},
        margin_modes={"cross": MarginMode.CROSS, "isolated": MarginMode.ISOLATED},
        margin_directions={"add": MarginDirection.ADD, "remove": MarginDirection.REMOVE},
        triggered=frozenset({o.STOP_LOSS, o.STOP_LOSS_LIMIT, o.TAKE_PROFIT, o.TAKE_PROFIT_LIMIT}),
        triggered_market=triggered_market,
        immediate=frozenset({o.MARKET, *triggered_market}),
    )


def _check_route(asset: Any, route_type: int, what: str, fix: str) -> None:
    """The perp route holds USDC only (the exchange answers code 20001 and the nonce is wasted): refuse
    other assets on it before anything is signed, naming the call that works."""
    if route_type == E.RouteType.PERP and asset.index != USDC.index:
        raise InvalidInputError(
            f"{what}: the perp route holds USDC only, and {asset.symbol} lives on the spot route; {fix}"
        )


def _choice(value: object, table: Mapping[str, int], what: str) -> int:
    if isinstance(value, str) and value.strip().lower() in table:
        return int(table[value.strip().lower()])
    if isinstance(value, int) and not isinstance(value, bool) and value in table.values():
        return int(value)
    raise InvalidInputError(f"{what} must be one of {sorted(table)}, got {value!r}")


def parse_side(side: object) -> int:
    """'buy'/'sell' (also 'bid'/'ask', 'long'/'short') -> is_ask."""
    return _choice(side, SIDES, "side")


# The exchange's bounds (lighter-go MaxOrderExpiryPeriod, MaxOrderCancelAllPeriod), one for every path.
MAX_ORDER_EXPIRY_MS = 30 * 24 * 3600 * 1000
MAX_CANCEL_ALL_MS = 15 * 24 * 3600 * 1000
MAX_APPROVAL_EXPIRY_MS = 10**14  # an integrator approval is not an order: only the sanity bound


def _expiry_ms(expiry: object, now_ms: int, what: str = "expiry", limit_ms: int = MAX_ORDER_EXPIRY_MS) -> int:
    """None -> now + 28 days; a datetime, a timedelta from now, or unix milliseconds; at most `limit_ms`
    ahead, however it is given."""
    if expiry is None:
        return now_ms + 28 * 24 * 3600 * 1000
    if isinstance(expiry, datetime):
        if expiry.tzinfo is None:
            raise InvalidInputError(f"{what} must be a timezone-aware datetime")
        value = int(expiry.timestamp() * 1000)
    elif isinstance(expiry, timedelta):
        value = now_ms + int(expiry.total_seconds() * 1000)
    elif isinstance(expiry, int) and not isinstance(expiry, bool):
        if expiry < 10**12:
            raise InvalidInputError(f"{what} is unix time in milliseconds, got {expiry} (seconds?)")
        if expiry >= 10**14:  # the year 5138: microseconds or nanoseconds
            raise InvalidInputError(f"{what} is unix time in milliseconds, got {expiry} (microseconds?)")
        value = expiry
    else:
        raise InvalidInputError(
            f"{what} must be a datetime, a timedelta or unix milliseconds, got {expiry!r}"
        )
    if value <= now_ms:
        raise InvalidInputError(f"{what} is in the past")
    if value > now_ms + limit_ms:
        raise InvalidInputError(
            f"{what} is at most {limit_ms // 86_400_000} days ahead (the exchange's limit), got "
            f"{(value - now_ms) / 86_400_000:.1f} days"
        )
    return value


def _fraction_to_int(value: Amount, tick: int, what: str) -> int:
    """A fraction such as '0.001' (0.1%) -> integer units of `tick` (exact)."""
    dec = to_decimal(value, name=what)
    if dec < 0 or dec > 1:
        raise InvalidInputError(f"{what} is a fraction between 0 and 1 (e.g. '0.001' = 0.1%), got {dec}")
    scaled = Fraction(dec) * tick  # exact: Decimal arithmetic would round past the context's precision
    if scaled.denominator != 1:
        raise InvalidInputError(f"{what}={dec} is finer than 1/{tick}")
    return int(scaled)


def _flag(value: object, what: str) -> bool:
    """A True/False argument; a truthy string such as "false" from a config file is refused, not signed."""
    if not isinstance(value, bool):
        raise InvalidInputError(f"{what} must be True or False, got {value!r}")
    return value


def _perp_only(market: Market, what: str) -> None:
    if market.is_spot:
        raise InvalidInputError(f"{what} is for perp markets; {market.symbol} is a spot market")


def _index(value: object, what: str, low: int = 0, high: int = 2**48 - 1) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise InvalidInputError(f"{what} must be an integer in {low}..{high}, got {value!r}")
    return value


def _memo(memo: object) -> bytes:
    """At most 32 bytes, zero-padded: bytes, ``0x`` hex, or text (UTF-8). Anything else is refused before a
    byte is allocated (``bytes(10**12)`` would be)."""
    if memo is None:
        return bytes(32)
    if isinstance(memo, (bytes, bytearray)):
        raw = bytes(memo)
    elif isinstance(memo, str):
        if len(memo) > 66:
            raise InvalidInputError(f"memo is at most 32 bytes, got {len(memo)} characters")
        if memo[:2].lower() == "0x":
            try:
                raw = bytes.fromhex(memo[2:])
            except ValueError:
                raise InvalidInputError(f"memo {memo!r} starts with 0x but is not hex") from None
        else:
            raw = memo.encode("utf-8")
    else:
        raise InvalidInputError(f"memo must be bytes, '0x' hex or text, got {type(memo).__name__}")
    if len(raw) > 32:
        raise InvalidInputError(f"memo is at most 32 bytes, got {len(raw)}")
    return raw.ljust(32, b"\0")


def check_bracket_legs(
    long: bool, entry: Amount | None, take_profit: Amount | None, stop_loss: Amount | None
) -> None:
    """Refuse protective legs on the wrong side: for a long position the take-profit lies above the entry
    and the stop-loss, the stop-loss below the entry; mirrored for a short (pure)."""
    above, below = ("above", "below") if long else ("below", "above")

    def beyond(a: Decimal, b: Decimal) -> bool:
        return a > b if long else a < b

    tp = None if take_profit is None else to_decimal(take_profit, name="take_profit")
    sl = None if stop_loss is None else to_decimal(stop_loss, name="stop_loss")
    at = None if entry is None else to_decimal(entry, name="price")
    override = "; pass check_legs=False to send it anyway"
    position = "long" if long else "short"
    if tp is not None and at is not None and not beyond(tp, at):
        raise InvalidInputError(
            f"take_profit {tp} must be {above} the entry price {at} of a {position}{override}"
        )
    if sl is not None and at is not None and not beyond(at, sl):
        raise InvalidInputError(
            f"stop_loss {sl} must be {below} the entry price {at} of a {position}{override}"
        )
    if tp is not None and sl is not None and not beyond(tp, sl):
        raise InvalidInputError(f"take_profit {tp} must be {above} stop_loss {sl} for a {position}{override}")


class ClientOrderIds:
    """Unique client order indexes: seconds since epoch (31 bits) then a 16-bit counter (< 2**48)."""

    def __init__(self) -> None:
        self._counter = itertools.count(random.randrange(1 << 16))
        self._lock = threading.Lock()

    def next(self) -> int:
        """A fresh index, unique for 65,536 orders per second of this client."""
        with self._lock:
            n = next(self._counter) & 0xFFFF
        return ((int(time.time()) & 0x7FFF_FFFF) << 16 | n) or 1


def _top_price(ctx: Ctx, market: Market, is_ask: bool) -> Decimal:
    """The price a market order of this side would cross first (best ask to buy, best bid to sell)."""
    bid, ask = ctx.books.get(market.index, (None, None))
    best = bid if is_ask else ask
    if best is None:
        best = market.last_trade_price
    if best is None or best <= 0:
        raise InvalidInputError(
            f"the {market.symbol} book has no {'bids' if is_ask else 'asks'} to price a market order; pass "
            "price= as the worst price you accept"
        )
    return best


def order_fields(
    ctx: Ctx,
    market: Market,
    *,
    side: object,
    size: Amount | None,
    price: Amount | None,
    order_type: int,
    time_in_force: object,
    reduce_only: bool | None,
    trigger_price: Amount | None,
    expiry: object,
    max_slippage: Amount | None,
    rounding: str | None,
    client_order_index: int,
    check_minimums: bool = True,
) -> dict[str, int]:
    """The ten signed fields of an order, from human units (pure). reduce_only=None: reduce-only on a perp
    market, not on a spot market (which has no position to reduce)."""
    is_ask = parse_side(side)
    if reduce_only is None:
        reduce_only = not market.is_spot
    elif _flag(reduce_only, "reduce_only"):
        _perp_only(market, "reduce_only=True")
    base_amount = 0 if size is None else market.size_to_int(size, rounding=rounding)
    trigger = 0
    w = words()
    if order_type in w.triggered:
        if trigger_price is None:
            raise InvalidInputError("stop-loss and take-profit orders need trigger_price")
        trigger = market.price_to_int(trigger_price, rounding=rounding, name="trigger_price")
    elif trigger_price is not None:
        raise InvalidInputError("trigger_price is only for stop-loss and take-profit orders")
    slippage = DEFAULT_MAX_SLIPPAGE if max_slippage is None else max_slippage
    if price is not None:
        price_int = market.price_to_int(price, rounding=rounding)
    elif order_type == E.OrderType.MARKET:  # worst price from the top of the book
        price_int = market.slippage_price(
            _top_price(ctx, market, bool(is_ask)), slippage, is_ask=bool(is_ask)
        )
    elif order_type in w.triggered_market:  # worst price from the trigger
        price_int = market.slippage_price(market.price_from_int(trigger), slippage, is_ask=bool(is_ask))
    else:
        raise InvalidInputError(f"a {_name(order_type)} order needs price=")
    tif: int
    if order_type in w.immediate:
        tif = E.TimeInForce.IMMEDIATE_OR_CANCEL
        if isinstance(time_in_force, bool) or time_in_force not in (None, "ioc", 0):
            raise InvalidInputError(f"a {_name(order_type)} order is always immediate-or-cancel")
    else:
        tif = (
            E.TimeInForce.GOOD_TILL_TIME
            if time_in_force is None
            else _choice(time_in_force, w.time_in_force, "time_in_force")
        )
    if order_type == E.OrderType.MARKET or (
        order_type == E.OrderType.LIMIT and tif == E.TimeInForce.IMMEDIATE_OR_CANCEL
    ):
        if expiry is not None:
            raise InvalidInputError("immediate-or-cancel orders take no expiry")
        order_expiry = 0
    else:
        order_expiry = _expiry_ms(expiry, ctx.now_ms)
    if check_minimums and base_amount:
        market.check_order(base_amount, price_int, reduce_only=reduce_only)
    return {
        "market_index": market.index,
        "client_order_index": client_order_index,
        "base_amount": base_amount,
        "price": price_int,
        "is_ask": is_ask,
        "type": order_type,
        "time_in_force": int(tif),
        "reduce_only": 1 if reduce_only else 0,
        "trigger_price": trigger,
        "order_expiry": order_expiry,
    }


def _options_for(ctx: Ctx, market: Market, options: OrderOptions) -> Any:
    """The attributes an order carries for its integrator and self-trade choices, once the integrator is
    known to be approved for fees this high on this kind of market."""
    check_approved(options, market, ctx.approvals, ctx.now_ms)
    return options.attributes()


def _name(order_type: int) -> str:
    return next(k for k, v in words().order_types.items() if v == order_type).replace("_", "-")


def _wrap(build: Callable[[Ctx], list[Draft]]) -> Callable[[Ctx], list[Draft]]:
    """Turn the transactions package's ValueError/TypeError into InvalidInputError and validate early."""

    def wrapped(ctx: Ctx) -> list[Draft]:
        try:
            drafts = build(ctx)
            for draft in drafts:
                draft.tx.validate()
                draft.validated = True
        except InvalidInputError:
            raise
        except (ValueError, TypeError) as exc:
            raise InvalidInputError(str(exc)) from exc
        return drafts

    return wrapped


class Protection(NamedTuple):
    """The take-profit and stop-loss legs a bracket or OCO order asks for."""

    take_profit: Amount | None
    take_profit_limit_price: Amount | None
    stop_loss: Amount | None
    stop_loss_limit_price: Amount | None
    max_slippage: Amount | None
    rounding: str | None


class TriggerOptions(TypedDict, total=False):
    """The optional arguments of `create_stop_loss_order` and `create_take_profit_order`."""

    max_slippage: Amount  # default 0.01 (1%): the worst price of a market trigger, from the trigger
    reduce_only: bool | None  # default None: reduce-only on a perp market, not on spot
    expiry: datetime | timedelta | int | None
    client_order_index: int | None
    rounding: str | None
    integrator: int | Integrator | None
    self_trade: str | SelfTrade | None


class Desk(Protocol[R]):
    """What `Trading` needs from whoever sends: the account and its keys, and a wire for plans.

    A client face is `Trading` bound to a desk over REST; ``client.via_ws(ws)`` is `Trading` bound to a
    desk over the socket; a `Batch` is its own desk (it records the plans)."""

    can_wait: bool  # can wait for an order's outcome (not a batch, not the socket faces)

    @property
    def client_order_ids(self) -> ClientOrderIds:
        """Where fresh client order indexes come from."""

    def require_account(self) -> int:
        """The account the transactions are signed for."""

    def public_key_bytes(self, api_key_index: int | None) -> tuple[int, bytes]:
        """(index, public key) of an API key (default: the signing one)."""

    def submit(self, plan: Plan) -> R:
        """Send (or record) one plan."""

    def settle(self, submitted: R, timeout: float) -> Any:
        """``wait=True``: the outcome of what `submit` sent."""


class Trading(Generic[R, RB]):
    """Every transaction type of the signer, in human units, sent through a `Desk`."""

    def __init__(self, desk: Desk[R]) -> None:
        self._desk = desk

    def _submit(self, plan: Plan) -> R:
        return self._desk.submit(plan)

    def _public_key_bytes(self, api_key_index: int | None) -> tuple[int, bytes]:
        return self._desk.public_key_bytes(api_key_index)

    def _tx(self, cls_name: str, **fields: Any) -> Any:
        """An unsigned tx with placeholder nonce/API key (set at send time)."""
        import lighter.transactions as txs

        cls = getattr(txs, cls_name)
        account_field = "from_account_index" if cls_name in ("Withdraw", "Transfer") else "account_index"
        account = self._desk.require_account()
        return cls(**{account_field: account, "api_key_index": 0, "nonce": 0, **fields})

    def _coid(self, client_order_index: int | None) -> int:
        if client_order_index is None:
            return self._desk.client_order_ids.next()
        return _index(client_order_index, "client_order_index", 1, MAX_CLIENT_ORDER_INDEX)

    # -- orders --------------------------------------------------------------------------------------

    def create_order(
        self,
        market: int | str,
        *,
        side: str,
        size: Amount,
        price: Amount | None = None,
        order_type: str = "limit",
        time_in_force: str | None = None,
        reduce_only: bool | None = False,
        post_only: bool = False,
        trigger_price: Amount | None = None,
        expiry: datetime | timedelta | int | None = None,
        client_order_index: int | None = None,
        max_slippage: Amount | None = None,
        rounding: str | None = None,
        price_protection: bool | None = None,
        api_key_index: int | None = None,
        integrator: int | Integrator | None = None,
        self_trade: str | SelfTrade | None = None,
        wait: bool = False,
        wait_timeout: float = 30.0,
    ) -> Any:
        """Place an order. `size` and `price` are human units ("0.1" ETH at "3000.5" USDC).

        Returns the `TxResult` (hash, nonce, client order index); with ``wait=True`` waits until the
        exchange executed it and returns an `OrderResult` instead: ``state`` (filled, partially_filled,
        resting, pending, cancelled, rejected), ``filled``, ``average_price``, ``fees`` and ``fills``
        from the exchange's records. ``result.wait()`` does the same later.

        order_type: "limit" (default), "market" (price = worst accepted price; default: the top of the
        book moved by `max_slippage`, 1%), "stop_loss", "stop_loss_limit", "take_profit",
        "take_profit_limit". time_in_force: "gtt" (default for resting orders), "ioc", "post_only" (or
        post_only=True). Resting orders expire after 28 days unless `expiry` says otherwise.
        reduce_only=True is for perp markets; None means reduce-only on a perp market and not on spot.
        integrator: the account index of an integrator this account approved (`approve_integrator`), or
        ``lighter.Integrator(index, taker_fee="0.0005", maker_fee="0.0001")`` with the fees it charges.
        self_trade: what happens if the order would trade with this account's own orders:
        "expire_maker" (the exchange's default), "expire_taker", "expire_both", "reduce", or
        ``lighter.SelfTrade(mode, across="master_account")``.
        """
        kind = _choice(order_type, words().order_types, "order_type")
        options = order_options(integrator, self_trade)
        if _flag(post_only, "post_only"):
            if time_in_force not in (None, "post_only"):
                raise InvalidInputError("post_only=True conflicts with time_in_force")
            time_in_force = "post_only"
        coid = self._coid(client_order_index)

        def build(ctx: Ctx) -> list[Draft]:
            m = ctx.market(market)
            fields = order_fields(
                ctx,
                m,
                side=side,
                size=size,
                price=price,
                order_type=kind,
                time_in_force=time_in_force,
                reduce_only=reduce_only,
                trigger_price=trigger_price,
                expiry=expiry,
                max_slippage=max_slippage,
                rounding=rounding,
                client_order_index=coid,
            )
            attributes = _options_for(ctx, m, options)
            tx = self._tx("CreateOrder", expired_at=ctx.expired_at, attributes=attributes, **fields)
            return [Draft(tx, client_order_index=coid)]

        books = (market,) if kind == E.OrderType.MARKET and price is None else ()
        if _flag(wait, "wait") and not self._desk.can_wait:
            raise InvalidInputError(
                f"wait=True is not available on {type(self).__name__} (a batch, or trading over WebSocket): "
                "send, then client.wait_for_result(result)"
            )
        submitted = self._submit(
            Plan(
                _wrap(build),
                needs_markets=True,
                book_markets=books,
                price_protection=price_protection,
                api_key_index=api_key_index,
                integrators=options.integrators(),
            )
        )
        return self._desk.settle(submitted, wait_timeout) if wait else submitted

    def create_limit_order(
        self,
        market: int | str,
        *,
        side: str,
        size: Amount,
        price: Amount,
        time_in_force: str | None = None,
        post_only: bool = False,
        reduce_only: bool = False,
        expiry: datetime | timedelta | int | None = None,
        client_order_index: int | None = None,
        rounding: str | None = None,
        integrator: int | Integrator | None = None,
        self_trade: str | SelfTrade | None = None,
        wait: bool = False,
    ) -> Any:
        """A limit order: GTT by default, or time_in_force="ioc", or post_only=True. ``wait=True``: see
        `create_order`."""
        return self.create_order(
            market,
            side=side,
            size=size,
            price=price,
            order_type="limit",
            time_in_force=time_in_force,
            post_only=post_only,
            reduce_only=reduce_only,
            expiry=expiry,
            client_order_index=client_order_index,
            rounding=rounding,
            integrator=integrator,
            self_trade=self_trade,
            wait=wait,
        )

    def create_market_order(
        self,
        market: int | str,
        *,
        side: str,
        size: Amount,
        max_slippage: Amount = DEFAULT_MAX_SLIPPAGE,
        price: Amount | None = None,
        reduce_only: bool = False,
        client_order_index: int | None = None,
        rounding: str | None = None,
        integrator: int | Integrator | None = None,
        self_trade: str | SelfTrade | None = None,
        wait: bool = False,
    ) -> Any:
        """A market order whose worst price is the top of the book moved by `max_slippage` (0.01 = 1%),
        or `price` when given. ``wait=True``: see `create_order`."""
        return self.create_order(
            market,
            side=side,
            size=size,
            price=price,
            order_type="market",
            reduce_only=reduce_only,
            max_slippage=max_slippage,
            client_order_index=client_order_index,
            rounding=rounding,
            integrator=integrator,
            self_trade=self_trade,
            wait=wait,
        )

    def create_stop_loss_order(
        self,
        market: int | str,
        *,
        side: str,
        size: Amount,
        trigger_price: Amount,
        limit_price: Amount | None = None,
        **options: Unpack[TriggerOptions],
    ) -> R:
        """A stop-loss: a market order (worst price = trigger moved by `max_slippage`) or, with
        `limit_price`, a limit order, placed when the price reaches `trigger_price`. Reduce-only by default
        on a perp market (reduce_only=None), not on a spot market. Options: see `TriggerOptions`."""
        return self._triggered("stop_loss", market, (side, size, trigger_price, limit_price), options)

    def create_take_profit_order(
        self,
        market: int | str,
        *,
        side: str,
        size: Amount,
        trigger_price: Amount,
        limit_price: Amount | None = None,
        **options: Unpack[TriggerOptions],
    ) -> R:
        """A take-profit, market or (with `limit_price`) limit, placed when `trigger_price` is reached.
        Reduce-only by default on a perp market (reduce_only=None), not on a spot market. Options: see
        `TriggerOptions`."""
        return self._triggered("take_profit", market, (side, size, trigger_price, limit_price), options)

    def _triggered(
        self, kind: str, market: int | str, order: tuple[str, Amount, Amount, Amount | None], options: Any
    ) -> R:
        unknown = sorted(set(options) - set(TriggerOptions.__annotations__))
        if unknown:
            raise TypeError(f"create_{kind}_order() got an unexpected keyword argument {unknown[0]!r}")
        side, size, trigger_price, limit_price = order
        result: R = self.create_order(
            market,
            side=side,
            size=size,
            price=limit_price,
            order_type=kind if limit_price is None else f"{kind}_limit",
            trigger_price=trigger_price,
            **{"max_slippage": DEFAULT_MAX_SLIPPAGE, "reduce_only": None, **options},
        )
        return result

    def _protective(
        self,
        ctx: Ctx,
        m: Market,
        p: Protection,
        *,
        side: str,
        size: Amount | None,
        expiry: int,
        skip_missing: bool,
    ) -> list[dict[str, int]]:
        """The reduce-only take-profit then stop-loss legs of a bracket or OCO (the signer requires both to
        be reduce-only, so perp markets only). A None trigger is no leg with `skip_missing` (brackets), else
        order_fields' "need trigger_price" error (OCO)."""
        _perp_only(m, "a bracket or OCO order (its take-profit and stop-loss are reduce-only)")
        legs = []
        max_slippage, rounding = p.max_slippage, p.rounding
        for kind, trigger, limit_price in (
            ("take_profit", p.take_profit, p.take_profit_limit_price),
            ("stop_loss", p.stop_loss, p.stop_loss_limit_price),
        ):
            if trigger is None and skip_missing:
                continue
            legs.append(
                order_fields(
                    ctx,
                    m,
                    side=side,
                    size=size,
                    price=limit_price,
                    order_type=words().order_types[kind if limit_price is None else kind + "_limit"],
                    time_in_force=None,
                    reduce_only=True,
                    trigger_price=trigger,
                    expiry=expiry,
                    max_slippage=max_slippage,
                    rounding=rounding,
                    client_order_index=0,
                    check_minimums=False,
                )
            )
        return legs

    def create_bracket_order(
        self,
        market: int | str,
        *,
        side: str,
        size: Amount,
        price: Amount | None = None,
        take_profit: Amount | None = None,
        stop_loss: Amount | None = None,
        take_profit_limit_price: Amount | None = None,
        stop_loss_limit_price: Amount | None = None,
        max_slippage: Amount | None = None,
        expiry: datetime | timedelta | int | None = None,
        client_order_index: int | None = None,
        rounding: str | None = None,
        check_legs: bool = True,
        integrator: int | Integrator | None = None,
        self_trade: str | SelfTrade | None = None,
    ) -> R:
        """An entry order (limit at `price`, or market when `price` is None) that, once filled, places a
        take-profit and/or a stop-loss on the opposite side (OTOCO with both, OTO with one). The
        protective orders are reduce-only and take the filled size, so brackets are for perp markets.
        The legs must make sense (a long's take-profit above its entry and stop-loss, its stop-loss below
        the entry; mirrored for a short); ``check_legs=False`` sends them as given."""
        if take_profit is None and stop_loss is None:
            raise InvalidInputError("a bracket needs take_profit=, stop_loss= or both (trigger prices)")
        options = order_options(integrator, self_trade)
        coid = self._coid(client_order_index)
        closing = "sell" if parse_side(side) == 0 else "buy"
        if _flag(check_legs, "check_legs"):
            check_bracket_legs(parse_side(side) == 0, price, take_profit, stop_loss)
        protection = Protection(
            take_profit, take_profit_limit_price, stop_loss, stop_loss_limit_price, max_slippage, rounding
        )

        def build(ctx: Ctx) -> list[Draft]:
            m = ctx.market(market)
            child_expiry = _expiry_ms(expiry, ctx.now_ms)
            entry = order_fields(
                ctx,
                m,
                side=side,
                size=size,
                price=price,
                order_type=E.OrderType.MARKET if price is None else E.OrderType.LIMIT,
                time_in_force=None,
                reduce_only=False,
                trigger_price=None,
                expiry=None if price is None else child_expiry,
                max_slippage=max_slippage,
                rounding=rounding,
                client_order_index=coid,
            )
            children = self._protective(
                ctx, m, protection, side=closing, size=None, expiry=child_expiry, skip_missing=True
            )
            grouping = E.GroupingType.OTOCO if len(children) == 2 else E.GroupingType.OTO
            return [self._grouped(ctx, m, grouping, [entry, *children], coid, options)]

        return self._submit(
            Plan(
                _wrap(build),
                needs_markets=True,
                book_markets=(market,) if price is None else (),
                integrators=options.integrators(),
            )
        )

    def create_oco_order(
        self,
        market: int | str,
        *,
        side: str,
        size: Amount,
        take_profit: Amount,
        stop_loss: Amount,
        take_profit_limit_price: Amount | None = None,
        stop_loss_limit_price: Amount | None = None,
        max_slippage: Amount | None = None,
        expiry: datetime | timedelta | int | None = None,
        rounding: str | None = None,
        check_legs: bool = True,
        integrator: int | Integrator | None = None,
        self_trade: str | SelfTrade | None = None,
    ) -> R:
        """One-cancels-the-other: a reduce-only take-profit and stop-loss of `size` on `side` (the side
        that closes your position; perp markets only); when one triggers, the other is cancelled. Selling
        closes a long, so its take-profit must lie above its stop-loss (below, buying); ``check_legs=False``
        sends them as given."""
        if _flag(check_legs, "check_legs"):
            check_bracket_legs(parse_side(side) == 1, None, take_profit, stop_loss)
        options = order_options(integrator, self_trade)
        protection = Protection(
            take_profit, take_profit_limit_price, stop_loss, stop_loss_limit_price, max_slippage, rounding
        )

        def build(ctx: Ctx) -> list[Draft]:
            m = ctx.market(market)
            child_expiry = _expiry_ms(expiry, ctx.now_ms)
            legs = self._protective(
                ctx, m, protection, side=side, size=size, expiry=child_expiry, skip_missing=False
            )
            return [self._grouped(ctx, m, E.GroupingType.OCO, legs, None, options)]

        return self._submit(Plan(_wrap(build), needs_markets=True, integrators=options.integrators()))

    def _grouped(
        self,
        ctx: Ctx,
        market: Market,
        grouping: int,
        orders: list[dict[str, int]],
        coid: int | None,
        options: OrderOptions,
    ) -> Draft:
        from lighter.transactions import OrderInfo

        infos = [OrderInfo(**o) for o in orders]
        tx = self._tx(
            "CreateGroupedOrders",
            grouping_type=grouping,
            orders=infos,
            expired_at=ctx.expired_at,
            attributes=_options_for(ctx, market, options),
        )
        return Draft(tx, client_order_index=coid)

    def modify_order(
        self,
        market: int | str,
        order_index: int,
        *,
        size: Amount,
        price: Amount,
        trigger_price: Amount | None = None,
        rounding: str | None = None,
        integrator: int | Integrator | None = None,
        self_trade: str | SelfTrade | None = None,
    ) -> R:
        """Change the size, price (and trigger) of a resting order (integrator and self_trade as in
        `create_order`)."""
        index = _index(order_index, "order_index", 0, 2**60 - 1)
        options = order_options(integrator, self_trade)

        def build(ctx: Ctx) -> list[Draft]:
            m = ctx.market(market)
            trigger = (
                0
                if trigger_price is None
                else m.price_to_int(trigger_price, rounding=rounding, name="trigger_price")
            )
            base_amount = m.size_to_int(size, rounding=rounding)
            price_int = m.price_to_int(price, rounding=rounding)
            # The order's reduce-only flag is not known here, so the minimums apply as to a new order.
            m.check_order(base_amount, price_int)
            tx = self._tx(
                "ModifyOrder",
                market_index=m.index,
                index=index,
                base_amount=base_amount,
                price=price_int,
                trigger_price=trigger,
                expired_at=ctx.expired_at,
                attributes=_options_for(ctx, m, options),
            )
            return [Draft(tx)]

        return self._submit(Plan(_wrap(build), needs_markets=True, integrators=options.integrators()))

    def cancel_order(self, market: int | str, order_index: int) -> R:
        """Cancel one order by its order index (or client order index)."""
        index = _index(order_index, "order_index", 0, 2**60 - 1)

        def build(ctx: Ctx) -> list[Draft]:
            m = ctx.market(market)
            return [
                Draft(self._tx("CancelOrder", market_index=m.index, index=index, expired_at=ctx.expired_at))
            ]

        return self._submit(Plan(_wrap(build), needs_markets=True))

    def cancel_all_orders(self, *, market: int | str | None = None) -> R:
        """Cancel every open order now (of one market when `market` is given)."""

        def build(ctx: Ctx) -> list[Draft]:
            fields: dict[str, Any] = {"time_in_force": 0, "time": 0, "expired_at": ctx.expired_at}
            if market is not None:
                from lighter.transactions import TxAttributes

                fields["attributes"] = TxAttributes(cancel_all_market_index=ctx.market(market).index)
            return [Draft(self._tx("CancelAllOrders", **fields))]

        return self._submit(Plan(_wrap(build), needs_markets=market is not None))

    def schedule_cancel_all(self, after: timedelta | float | datetime) -> R:
        """Dead-man switch: cancel every order at `after` (a delay in seconds, a timedelta or a datetime)
        unless called again to push it back, or aborted with `abort_scheduled_cancel_all()`."""
        if isinstance(after, (int, float)) and not isinstance(after, bool):
            if not math.isfinite(after) or not 0 < after <= MAX_CANCEL_ALL_MS / 1000:
                raise InvalidInputError(
                    f"after is seconds from now, more than 0 and at most {MAX_CANCEL_ALL_MS // 1000} "
                    f"(15 days, the exchange's limit), got {after!r}"
                )
            after = timedelta(seconds=after)

        def build(ctx: Ctx) -> list[Draft]:
            at = _expiry_ms(after, ctx.now_ms, "after", MAX_CANCEL_ALL_MS)
            return [
                Draft(
                    self._tx(
                        "CancelAllOrders",
                        time_in_force=E.CancelAllTimeInForce.SCHEDULED,
                        time=at,
                        expired_at=ctx.expired_at,
                    )
                )
            ]

        return self._submit(Plan(_wrap(build)))

    def abort_scheduled_cancel_all(self) -> R:
        """Disarm the dead-man switch set by `schedule_cancel_all`."""

        def build(ctx: Ctx) -> list[Draft]:
            return [
                Draft(
                    self._tx(
                        "CancelAllOrders",
                        time_in_force=E.CancelAllTimeInForce.ABORT_SCHEDULED,
                        time=0,
                        expired_at=ctx.expired_at,
                    )
                )
            ]

        return self._submit(Plan(_wrap(build)))

    # -- positions and collateral -------------------------------------------------------------------

    def update_leverage(self, market: int | str, leverage: Amount, *, margin_mode: str = "cross") -> R:
        """Set the leverage of a market: 20 -> initial margin fraction 500 (of 10,000), truncated like the
        official SDK (3x -> 3333). Refused above the market's maximum leverage."""
        lev = to_decimal(leverage, name="leverage")
        mode = _choice(margin_mode, words().margin_modes, "margin_mode")
        if lev < 1:
            raise InvalidInputError(f"leverage must be at least 1, got {lev}")

        def build(ctx: Ctx) -> list[Draft]:
            m = ctx.market(market)
            _perp_only(m, "leverage")
            imf = int(EXACT.divide_int(Decimal(MARGIN_FRACTION_TICK), lev))
            if m.min_initial_margin_fraction and imf < m.min_initial_margin_fraction:
                raise InvalidInputError(
                    f"leverage {lev}x is above the maximum of {m.max_leverage:f}x for {m.symbol}"
                )
            tx = self._tx(
                "UpdateLeverage",
                market_index=m.index,
                initial_margin_fraction=imf,
                margin_mode=mode,
                expired_at=ctx.expired_at,
            )
            return [Draft(tx)]

        return self._submit(Plan(_wrap(build), needs_markets=True))

    def update_margin(self, market: int | str, amount: Amount, *, direction: str = "add") -> R:
        """Add USDC to (or remove it from) an isolated position's margin."""
        way = _choice(direction, words().margin_directions, "direction")
        usdc = USDC.amount_to_int(amount)

        def build(ctx: Ctx) -> list[Draft]:
            m = ctx.market(market)
            _perp_only(m, "margin")
            tx = self._tx(
                "UpdateMargin",
                market_index=m.index,
                usdc_amount=usdc,
                direction=way,
                expired_at=ctx.expired_at,
            )
            return [Draft(tx)]

        return self._submit(Plan(_wrap(build), needs_markets=True))

    def withdraw(
        self, asset: int | str, amount: Amount, *, route: str = "perp", rounding: str | None = None
    ) -> R:
        """Withdraw `amount` of `asset` ("USDC", "ETH", or an asset index) to the account's L1 address."""
        route_type = _choice(route, words().routes, "route")

        def build(ctx: Ctx) -> list[Draft]:
            assert ctx.assets is not None
            a = ctx.assets.get(asset)
            _check_route(
                a,
                route_type,
                f"cannot withdraw {a.symbol} with route='perp'",
                (f"pass route='spot': withdraw({a.symbol!r}, {str(amount)!r}, route='spot')"),
            )
            value = a.amount_to_int(amount, rounding=rounding)
            if a.min_withdrawal_amount is not None and a.amount_from_int(value) < a.min_withdrawal_amount:
                raise InvalidInputError(f"the minimum withdrawal of {a.symbol} is {a.min_withdrawal_amount}")
            tx = self._tx(
                "Withdraw",
                asset_index=a.index,
                route_type=route_type,
                amount=value,
                expired_at=ctx.expired_at,
            )
            return [Draft(tx)]

        return self._submit(Plan(_wrap(build), needs_assets=True))

    def transfer(
        self,
        to_account_index: int,
        asset: int | str,
        amount: Amount,
        *,
        fee: Amount = 0,
        from_route: str = "perp",
        to_route: str = "perp",
        memo: str | bytes | None = None,
        rounding: str | None = None,
    ) -> R:
        """Move `amount` of `asset` to another account (signed with the Ethereum key too). `fee` in USDC."""
        to_index = _index(to_account_index, "to_account_index", 0, 2**48 - 2)
        memo_bytes = _memo(memo)
        fee_int = 0 if to_decimal(fee, name="fee") == 0 else USDC.amount_to_int(fee, name="fee")
        table = words().routes
        routes = (_choice(from_route, table, "from_route"), _choice(to_route, table, "to_route"))

        def build(ctx: Ctx) -> list[Draft]:
            assert ctx.assets is not None
            a = ctx.assets.get(asset)
            for name, route_type in (("from_route", routes[0]), ("to_route", routes[1])):
                _check_route(
                    a, route_type, f"cannot transfer {a.symbol} with {name}='perp'", f"pass {name}='spot'"
                )
            if to_index == ctx.account_index and routes[0] == routes[1]:
                raise InvalidInputError(
                    "a transfer to this same account must change route (from_route='perp', "
                    "to_route='spot' or the reverse); to another account, pass its index"
                )
            tx = self._tx(
                "Transfer",
                to_account_index=to_index,
                asset_index=a.index,
                from_route_type=routes[0],
                to_route_type=routes[1],
                amount=a.amount_to_int(amount, rounding=rounding),
                usdc_fee=fee_int,
                memo=memo_bytes,
                expired_at=ctx.expired_at,
            )
            return [Draft(tx, needs_l1=True)]

        return self._submit(Plan(_wrap(build), needs_assets=True, needs_l1=True))

    # -- account ------------------------------------------------------------------------------------

    def change_api_key(self, *, api_key_index: int | None = None) -> R:
        """Register this client's API key (its public key) at `api_key_index` (default: the client's),
        signed with the Ethereum key of the account: the onboarding step before trading."""
        key_index, pub_key = self._public_key_bytes(api_key_index)

        def build(ctx: Ctx) -> list[Draft]:
            return [
                Draft(self._tx("ChangePubKey", pub_key=pub_key, expired_at=ctx.expired_at), needs_l1=True)
            ]

        return self._submit(Plan(_wrap(build), api_key_index=key_index, needs_l1=True))

    def create_sub_account(self) -> R:
        """Create a sub-account of this (master) account."""

        def build(ctx: Ctx) -> list[Draft]:
            return [Draft(self._tx("CreateSubAccount", expired_at=ctx.expired_at))]

        return self._submit(Plan(_wrap(build)))

    def update_account_config(self, *, trading_mode: str) -> R:
        """Set the account trading mode: "simple" or "unified"."""
        mode = _choice(trading_mode, TRADING_MODES, "trading_mode")

        def build(ctx: Ctx) -> list[Draft]:
            return [
                Draft(self._tx("UpdateAccountConfig", account_trading_mode=mode, expired_at=ctx.expired_at))
            ]

        return self._submit(Plan(_wrap(build)))

    def update_account_asset_config(self, asset: int | str, *, margin_enabled: bool) -> R:
        """Use an asset as margin (or stop using it)."""
        enabled = _flag(margin_enabled, "margin_enabled")

        def build(ctx: Ctx) -> list[Draft]:
            assert ctx.assets is not None
            a = ctx.assets.get(asset)
            tx = self._tx(
                "UpdateAccountAssetConfig",
                asset_index=a.index,
                asset_margin_mode=1 if enabled else 0,
                expired_at=ctx.expired_at,
            )
            return [Draft(tx)]

        return self._submit(Plan(_wrap(build), needs_assets=True))

    def approve_integrator(
        self,
        integrator_account_index: int,
        *,
        max_perps_taker_fee: Amount,
        max_perps_maker_fee: Amount,
        max_spot_taker_fee: Amount,
        max_spot_maker_fee: Amount,
        expiry: datetime | timedelta | int,
    ) -> R:
        """Let an integrator charge fees up to the given fractions ("0.0002" = 2 bps) until `expiry`.
        Signed with the Ethereum key too. To revoke, use `revoke_integrator`."""
        index = _index(integrator_account_index, "integrator_account_index", 1, 2**48 - 2)
        fees = {
            name: _fraction_to_int(value, FEE_TICK, name)
            for name, value in (
                ("max_perps_taker_fee", max_perps_taker_fee),
                ("max_perps_maker_fee", max_perps_maker_fee),
                ("max_spot_taker_fee", max_spot_taker_fee),
                ("max_spot_maker_fee", max_spot_maker_fee),
            )
        }

        def build(ctx: Ctx) -> list[Draft]:
            tx = self._tx(
                "ApproveIntegrator",
                integrator_account_index=index,
                approval_expiry=_expiry_ms(expiry, ctx.now_ms, limit_ms=MAX_APPROVAL_EXPIRY_MS),
                expired_at=ctx.expired_at,
                **fees,
            )
            return [Draft(tx, needs_l1=True)]

        return self._submit(Plan(_wrap(build), needs_l1=True))

    def revoke_integrator(self, integrator_account_index: int) -> R:
        """Withdraw an integrator approval (expiry 0, all fees 0)."""
        index = _index(integrator_account_index, "integrator_account_index", 1, 2**48 - 2)

        def build(ctx: Ctx) -> list[Draft]:
            tx = self._tx(
                "ApproveIntegrator",
                integrator_account_index=index,
                approval_expiry=0,
                max_perps_taker_fee=0,
                max_perps_maker_fee=0,
                max_spot_taker_fee=0,
                max_spot_maker_fee=0,
                expired_at=ctx.expired_at,
            )
            return [Draft(tx, needs_l1=True)]

        return self._submit(Plan(_wrap(build), needs_l1=True))

    # -- public pools and staking -------------------------------------------------------------------

    def create_public_pool(
        self, *, operator_fee: Amount, initial_total_shares: int, min_operator_share_rate: Amount
    ) -> R:
        """Create a public pool; `operator_fee` and `min_operator_share_rate` are fractions ("0.1" = 10%)."""
        fee = _fraction_to_int(operator_fee, FEE_TICK, "operator_fee")
        rate = _fraction_to_int(min_operator_share_rate, SHARE_TICK, "min_operator_share_rate")
        shares = _index(initial_total_shares, "initial_total_shares", 1)

        def build(ctx: Ctx) -> list[Draft]:
            return [
                Draft(
                    self._tx(
                        "CreatePublicPool",
                        operator_fee=fee,
                        initial_total_shares=shares,
                        min_operator_share_rate=rate,
                        expired_at=ctx.expired_at,
                    )
                )
            ]

        return self._submit(Plan(_wrap(build)))

    def update_public_pool(
        self, public_pool_index: int, *, active: bool, operator_fee: Amount, min_operator_share_rate: Amount
    ) -> R:
        """Freeze or reactivate a public pool and change its fee and minimum operator share."""
        index = _index(public_pool_index, "public_pool_index", 0, 2**48 - 2)
        fee = _fraction_to_int(operator_fee, FEE_TICK, "operator_fee")
        rate = _fraction_to_int(min_operator_share_rate, SHARE_TICK, "min_operator_share_rate")

        def build(ctx: Ctx) -> list[Draft]:
            return [
                Draft(
                    self._tx(
                        "UpdatePublicPool",
                        public_pool_index=index,
                        status=0 if _flag(active, "active") else 1,
                        operator_fee=fee,
                        min_operator_share_rate=rate,
                        expired_at=ctx.expired_at,
                    )
                )
            ]

        return self._submit(Plan(_wrap(build)))

    def _shares(self, cls_name: str, pool_field: str, pool_index: int, share_amount: int) -> R:
        index = _index(pool_index, pool_field, 0)
        shares = _index(share_amount, "share_amount", 1)

        def build(ctx: Ctx) -> list[Draft]:
            return [
                Draft(
                    self._tx(cls_name, **{pool_field: index}, share_amount=shares, expired_at=ctx.expired_at)
                )
            ]

        return self._submit(Plan(_wrap(build)))

    def mint_shares(self, public_pool_index: int, share_amount: int) -> R:
        """Deposit into a public pool (shares in the pool's share units)."""
        return self._shares("MintShares", "public_pool_index", public_pool_index, share_amount)

    def burn_shares(self, public_pool_index: int, share_amount: int) -> R:
        """Withdraw from a public pool."""
        return self._shares("BurnShares", "public_pool_index", public_pool_index, share_amount)

    def stake(self, staking_pool_index: int, share_amount: int) -> R:
        """Stake into a staking pool."""
        return self._shares("StakeAssets", "staking_pool_index", staking_pool_index, share_amount)

    def unstake(self, staking_pool_index: int, share_amount: int) -> R:
        """Unstake from a staking pool."""
        return self._shares("UnstakeAssets", "staking_pool_index", staking_pool_index, share_amount)

    # -- anything else ------------------------------------------------------------------------------

    def send_tx(self, tx: Any, *, price_protection: bool | None = None, other_account: bool = False) -> R:
        """Sign and send any `lighter.transactions` object. Its nonce and API key are managed here (an unset
        nonce is fine: the nonce manager's is signed in). A transaction of another account than this
        client's is refused unless ``other_account=True``."""
        import attrs

        from lighter.transactions import Tx

        if not isinstance(tx, Tx):
            raise InvalidInputError(
                f"send_tx takes a lighter.transactions transaction, got {type(tx).__name__}"
            )
        needs_l1 = int(tx.tx_type) in (8, 12, 45)
        allow_other = _flag(other_account, "other_account")
        if tx.nonce is None:
            tx = attrs.evolve(cast(Any, tx), nonce=0)  # a placeholder: the lease nonce is signed in

        def build(ctx: Ctx) -> list[Draft]:
            owner = getattr(tx, "from_account_index", None)
            owner = getattr(tx, "account_index", None) if owner is None else owner
            if owner != ctx.account_index and not allow_other:
                raise InvalidInputError(
                    f"tx is a transaction of account {owner}, and this client trades as account "
                    f"{ctx.account_index}; pass other_account=True to send it anyway"
                )
            return [
                Draft(
                    tx, client_order_index=getattr(tx, "client_order_index", None) or None, needs_l1=needs_l1
                )
            ]

        return self._submit(Plan(_wrap(build), price_protection=price_protection, needs_l1=needs_l1))
