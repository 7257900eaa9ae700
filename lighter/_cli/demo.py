"""``lighter demo``: a scripted trading session on a local exchange the command starts itself.

Nothing leaves the machine: the exchange (``lighter.testing.LocalExchange``) listens on 127.0.0.1 with a
synthetic market maker quoting every market. The session uses only the public SDK, exactly as a bot on
the real exchange would:

1. start the exchange;  2. deposit USDC for a fresh Ethereum address (the local stand-in for a bridge
deposit) and find the account by that address;  3. onboard: register an API key with ChangePubKey,
signed by the new key and by the Ethereum key;  4. stream the order book and the account over the
WebSocket;  5. quote post-only bids and asks in one batch;  6. take liquidity with a market order;
7. modify a resting order;  8. cancel all;  9. close part of the position;  then a summary of fills,
positions and PnL. It takes a few seconds.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import ROUND_DOWN, ROUND_UP, Decimal
from typing import TYPE_CHECKING, Any

from lighter._cli.context import CliError, Context
from lighter._cli.output import Cell, Output, signed_style
from lighter._cli.views import (
    POSITION_HEADERS,
    TRADE_HEADERS,
    book_lines,
    dec,
    fmt,
    positions_rows,
    trades_rows,
)

if TYPE_CHECKING:  # pragma: no cover
    from lighter.markets import Market
    from lighter.ws import WsClient

DEPOSIT_USDC = 10_000
API_KEY_INDEX = 3
QUOTE_NOTIONAL = Decimal(300)  # USDC per resting quote
QUOTE_OFFSETS = (Decimal("0.002"), Decimal("0.004"), Decimal("0.006"))  # away from the touch
WAIT = 10.0  # seconds any single step may wait for the exchange or the stream
STREAM_UPDATES_SHOWN = 3


@dataclass
class Step:
    """One step of the session: what happened and how long it took."""

    name: str
    detail: str = ""
    ms: float = 0.0


@dataclass
class Session:
    """What the demo did, for the summary (also its ``--json`` output)."""

    base_url: str = ""
    ws_url: str = ""
    l1_address: str = ""
    account_index: int = 0
    api_key_index: int = API_KEY_INDEX
    market: str = ""
    steps: list[Step] = field(default_factory=list)
    fills: list[dict[str, Any]] = field(default_factory=list)
    positions: list[dict[str, Any]] = field(default_factory=list)
    account: dict[str, Any] = field(default_factory=dict)
    book_updates: int = 0
    total_seconds: float = 0.0

    def as_json(self) -> dict[str, Any]:
        """The session as JSON-ready data."""
        return {
            "base_url": self.base_url,
            "ws_url": self.ws_url,
            "l1_address": self.l1_address,
            "account_index": self.account_index,
            "api_key_index": self.api_key_index,
            "market": self.market,
            "steps": [{"name": s.name, "detail": s.detail, "ms": round(s.ms, 1)} for s in self.steps],
            "book_updates": self.book_updates,
            "fills": self.fills,
            "positions": self.positions,
            "collateral": self.account.get("collateral"),
            "total_asset_value": self.account.get("total_asset_value"),
            "total_seconds": round(self.total_seconds, 2),
        }


class Narrator:
    """Prints each step as it completes (to stderr under ``--json``, so stdout stays one document)."""

    def __init__(self, out: Output, session: Session) -> None:
        self.out = out
        self.session = session

    def say(self, text: str = "", style: str | None = None) -> None:
        """One line of narration."""
        if self.out.json_mode:
            self.out.note(text, style)
        else:
            self.out.line(self.out.style(text, style))

    @contextmanager
    def step(self, name: str) -> Iterator[Step]:
        """Time a step; the body fills in ``detail``."""
        step = Step(name)
        number = len(self.session.steps) + 1
        start = time.perf_counter()
        try:
            yield step
        except Exception as exc:
            self.say(f"{number:2d}. {name}: failed", "red")
            raise _StepFailed(name, exc) from exc
        step.ms = (time.perf_counter() - start) * 1000
        self.session.steps.append(step)
        head = f"{number:2d}. {name:<18s}"
        timing = f"{step.ms:7.0f} ms"
        out = self.out
        colour = out.err_colour if out.json_mode else out.colour
        text = (
            f"{out.style('✓', 'green', err=out.json_mode)} {head} {step.detail}  "
            f"{out.style(timing, 'dim', err=out.json_mode)}"
            if colour
            else f"  {head} {step.detail}  ({timing.strip()})"
        )
        if out.json_mode:
            out.stderr.write(text + "\n")
            out.stderr.flush()
        else:
            out.line(text)


class _StepFailed(Exception):
    def __init__(self, name: str, exc: Exception) -> None:
        super().__init__(name)
        self.name = name
        self.exc = exc


def _wait(predicate: Callable[[], bool], what: str, timeout: float = WAIT) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise CliError(f"timed out after {timeout:.0f} s waiting for {what}", exit_code=4)
        time.sleep(0.02)


def _changed(read: Callable[[], object]) -> Callable[[], bool]:
    """A predicate that turns true once `read()` returns something else than it does now."""
    before = read()
    return lambda: read() != before


def _quantize(value: Decimal, step: Decimal, rounding: str) -> Decimal:
    return (value / step).to_integral_value(rounding=rounding) * step


def _size_for(market: Market, notional: Decimal, price: Decimal) -> Decimal:
    """A size worth about `notional` USDC, on the lot grid and at least the market's minimums."""
    size = _quantize(notional / price, market.lot_size, ROUND_UP)
    size = max(size, _quantize(market.min_base_amount, market.lot_size, ROUND_UP))
    if market.min_quote_amount and size * price < market.min_quote_amount:
        size = _quantize(market.min_quote_amount * Decimal("1.1") / price, market.lot_size, ROUND_UP)
    return size


def run(ctx: Context) -> int:
    """Run the scripted session and print its summary; exit code 0 when every step worked."""
    from lighter._extras import require

    require("aiohttp", extra="sim", purpose="lighter demo (it runs a local exchange)")
    from lighter.testing import LocalExchange

    out = ctx.out
    session = Session()
    talk = Narrator(out, session)
    started = time.perf_counter()
    talk.say("lighter demo: a scripted session on a local exchange (everything stays on 127.0.0.1)", "bold")
    talk.say()
    try:
        with talk.step("Local exchange") as step:
            lx = LocalExchange(market_maker=True, maker_seed=ctx.args.seed).start()
            session.base_url, session.ws_url = lx.base_url, lx.ws_url
            step.detail = f"{lx.base_url}, synthetic market maker quoting"
        try:
            _session(ctx, talk, session, lx)
        finally:
            lx.stop()
    except _StepFailed as failed:
        raise failed.exc from None
    session.total_seconds = time.perf_counter() - started
    _summary(out, talk, session)
    return 0


def _session(ctx: Context, talk: Narrator, session: Session, lx: Any) -> None:
    from lighter.client import Lighter
    from lighter.signing import PrivateKey
    from lighter.signing.l1 import eth_account
    from lighter.ws import WsClient

    Account = eth_account()

    out = ctx.out
    with talk.step("Deposit") as step:
        eth = Account.create()
        session.l1_address = eth.address
        lx.deposit(eth.address, DEPOSIT_USDC)  # on mainnet: a bridge deposit from this address
        with Lighter(base_url=lx.base_url, chain_id=lx.chain_id) as anon:
            subs = anon.account.by_l1_address(eth.address).to_dict()["sub_accounts"]
        session.account_index = min(int(a["index"]) for a in subs if int(a.get("account_type", 0)) == 0)
        step.detail = f"{DEPOSIT_USDC:,} USDC from {eth.address[:10]}… → account {session.account_index}"

    api_key = PrivateKey.generate()
    client = Lighter(
        base_url=lx.base_url,
        chain_id=lx.chain_id,
        account_index=session.account_index,
        api_key_index=API_KEY_INDEX,
        api_private_key=api_key.to_hex(),
        eth_private_key="0x" + bytes(eth.key).hex(),
    )
    ws: WsClient | None = None
    try:
        with talk.step("Onboard") as step:
            registered = client.change_api_key()
            client.wait_for_tx(registered, timeout=WAIT, poll_interval=0.05)
            step.detail = f"API key {API_KEY_INDEX} registered (ChangePubKey signed with the Ethereum key)"

        market = client.market(ctx.args.market)
        session.market = market.symbol
        with talk.step("Stream") as step:
            ws = WsClient(
                lx.ws_url,
                account_index=session.account_index,
                api_key_index=API_KEY_INDEX,
                api_private_key=api_key.to_hex(),
            ).start()
            ws.subscribe_order_book(market.index, wait=True, timeout=WAIT)
            ws.subscribe_account_all(session.account_index, wait=True, timeout=WAIT)
            book = ws.order_book(market.index)
            first = book.nonce if book.nonce is not None else book.offset
            _wait(
                lambda: (
                    (book.nonce if book.nonce is not None else book.offset) != first
                    and book.best_bid is not None
                    and book.best_ask is not None
                ),
                f"an update of the {market.symbol} book",
            )
            step.detail = f"{market.symbol} order book and account {session.account_index} over WebSocket"
        bids, asks = book.top(5)
        for text in book_lines(out, f"{market.symbol} book (live)", bids, asks, 5):
            talk.say("      " + text)

        def version() -> int | None:
            return book.nonce if book.nonce is not None else book.offset

        for _ in range(STREAM_UPDATES_SHOWN):  # a few updates as the market maker re-quotes
            _wait(_changed(version), f"an update of the {market.symbol} book")
            top_bid, top_ask = book.best_bid, book.best_ask
            if top_bid is not None and top_ask is not None:
                talk.say(
                    f"      update: bid {top_bid[1]:f} @ {out.style(f'{top_bid[0]:f}', 'green')}  |  "
                    f"ask {out.style(f'{top_ask[0]:f}', 'red')} x {top_ask[1]:f}"
                )

        account = ws.account(session.account_index)
        with talk.step("Post-only quotes") as step:
            bid0, ask0 = book.best_bid, book.best_ask
            assert bid0 is not None and ask0 is not None
            mid = (bid0[0] + ask0[0]) / 2
            size = _size_for(market, QUOTE_NOTIONAL, mid)
            batch = client.batch()
            quotes = []
            for offset in QUOTE_OFFSETS:
                bid_px = _quantize(bid0[0] * (1 - offset), market.tick_size, ROUND_DOWN)
                ask_px = _quantize(ask0[0] * (1 + offset), market.tick_size, ROUND_UP)
                batch.create_order(market.index, side="buy", size=size, price=bid_px, post_only=True)
                batch.create_order(market.index, side="sell", size=size, price=ask_px, post_only=True)
                quotes += [("buy", bid_px), ("sell", ask_px)]
            sent = client.send_batch(batch)
            _wait(lambda: len(_open_orders(account)) >= len(quotes) - 1, "the quotes on the stream")
            resting = len(_open_orders(account))
            step.detail = (
                f"{len(QUOTE_OFFSETS)} bids + {len(QUOTE_OFFSETS)} asks of {size} in one batch "
                f"(nonces {sent[0].nonce}..{sent[-1].nonce}), {resting} resting"
            )

        with talk.step("Take liquidity") as step:
            take = size * 2
            fills_before = len(account.trades)
            taken = client.create_market_order(market.index, side="buy", size=take)
            _wait(lambda: len(account.trades) > fills_before, "the fill on the stream")
            time.sleep(0.1)  # a market order may fill against several levels: let them all arrive
            fills = [t for t in account.trades[fills_before:] if t.tx_hash == taken.tx_hash] or list(
                account.trades[fills_before:]
            )
            filled = sum((t.size or Decimal(0) for t in fills), Decimal(0))
            notional = sum((t.usd_amount or Decimal(0) for t in fills), Decimal(0))
            avg = (notional / filled).quantize(market.tick_size) if filled else Decimal(0)
            step.detail = (
                f"market buy {take} {market.symbol}: filled {filled} @ avg {avg} ({len(fills)} fill(s))"
            )

        with talk.step("Modify") as step:
            active = (
                client.api.account_active_orders(account_index=client.account_index, market_id=market.index)
                .to_dict()
                .get("orders")
                or []
            )
            bids_open = sorted(
                (o for o in active if not o.get("is_ask")), key=lambda o: Decimal(str(o["price"]))
            )
            if not bids_open:
                raise CliError("no resting bid left to modify (the market moved through them)", exit_code=3)
            target = bids_open[0]  # the farthest from the touch: still resting
            old_px = Decimal(str(target["price"]))
            new_px = _quantize(old_px * Decimal("0.999"), market.tick_size, ROUND_DOWN)
            new_size = size * 2
            index = int(target["order_index"])
            client.modify_order(market.index, index, size=new_size, price=new_px)
            _wait(
                lambda: (o := account.orders.get(index)) is not None and o.price == new_px,
                "the modified order on the stream",
            )
            step.detail = f"bid {index}: {size} @ {old_px} → {new_size} @ {new_px}"

        with talk.step("Cancel all") as step:
            before = len(_open_orders(account))
            client.cancel_all_orders()
            _wait(lambda: not _open_orders(account), "the cancellations on the stream")
            step.detail = f"{before} open orders → 0"

        with talk.step("Close half") as step:
            position = account.positions.get(market.index)
            held = (position.size if position is not None else None) or Decimal(0)
            close = _quantize(held / 2, market.lot_size, ROUND_DOWN)
            if close >= market.min_base_amount:
                fills_before = len(account.trades)
                client.create_market_order(market.index, side="sell", size=close, reduce_only=True)
                _wait(lambda: len(account.trades) > fills_before, "the closing fill on the stream")
                time.sleep(0.1)
                step.detail = f"market sell {close} {market.symbol} (reduce-only)"
            else:
                step.detail = "position too small to split"

        with talk.step("Summary data") as step:
            detail = client.account.get().to_dict()["accounts"][0]
            session.account = detail
            session.positions = [p for p in detail.get("positions") or [] if dec(p.get("position"))]
            trades = (
                client.api.trades(
                    account_index=client.account_index, market_id=market.index, limit=100, sort_by="timestamp"
                )
                .to_dict()
                .get("trades")
                or []
            )
            session.fills = trades
            session.book_updates = ws.stats.get("frames", 0)
            step.detail = "account, positions and fills over REST"
    finally:
        if ws is not None:
            ws.close()
        client.close()


def _open_orders(account: Any) -> list[Any]:
    return [o for o in account.orders.values() if o.is_active]


def _summary(out: Output, talk: Narrator, session: Session) -> None:
    if out.json_mode:
        out.json(session.as_json())
        return
    acc = session.account
    talk.say()
    talk.say(f"Fills (account {session.account_index}, {session.market})", "bold")
    rows = trades_rows(reversed(session.fills), account_index=session.account_index)
    for text in out.table_lines(TRADE_HEADERS, rows, align="llrrrl"):
        talk.say("   " + text)
    talk.say()
    talk.say("Positions", "bold")
    prows = positions_rows(session.positions)
    if prows:
        for text in out.table_lines(POSITION_HEADERS, prows, align="llrrrrrr"):
            talk.say("   " + text)
    else:
        talk.say("   no open position")
    upnl = sum((dec(p.get("unrealized_pnl")) or Decimal(0) for p in session.positions), Decimal(0))
    rpnl = sum((dec(p.get("realized_pnl")) or Decimal(0) for p in session.positions), Decimal(0))
    collateral = dec(acc.get("collateral")) or Decimal(0)
    talk.say()
    talk.say("Account", "bold")
    width = 16
    for key, cell in (
        ("collateral", Cell(f"{fmt(collateral, 2)} USDC (deposited {DEPOSIT_USDC:,})")),
        ("realized PnL", Cell(fmt(rpnl, 2), signed_style(rpnl))),
        ("unrealized PnL", Cell(fmt(upnl, 2), signed_style(upnl))),
        ("total value", Cell(fmt(acc.get("total_asset_value"), 2))),
    ):
        talk.say(f"   {out.style(key.ljust(width), 'dim')}{out.style(cell.text, cell.style)}")
    talk.say()
    talk.say(
        f"Done in {session.total_seconds:.1f} s: {len(session.steps)} steps, {len(session.fills)} fills, "
        f"{session.book_updates} WebSocket frames.",
        "bold",
    )
    talk.say(
        "Next: `lighter sim --market-maker` runs this exchange for your own bot, `lighter sim --fund` "
        "(in another terminal) gives you a funded account as the 'sim' profile; see docs/quickstart.md."
    )
