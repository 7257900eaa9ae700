"""Your account: ``account``, ``orders``, ``order ...``, ``keys ...``, ``token``."""

from __future__ import annotations

import os
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from lighter._cli.context import EXIT_API, CliError, Context
from lighter._cli.output import Cell, signed_style
from lighter._cli.views import POSITION_HEADERS, dec, fmt, orders_table, positions_rows

if TYPE_CHECKING:  # pragma: no cover
    from lighter.client import Lighter
    from lighter.models import OrderResult
    from lighter.resources._plans import TxResult

# Lighter's own apps use the lowest key indexes (public docs disagree on whether 2 and 3 are free).
DEFAULT_API_KEY_INDEX = 4
MAX_LIST_LIMIT = 100  # the API's cap on list endpoints
MAX_TOKEN_LIFETIME = 8 * 3600  # the official signer's own default is 7 h; keep tokens short-lived


def _symbols(client: Lighter) -> dict[int, str]:
    return {m.index: m.symbol for m in client.markets()}


def _market_key(text: str) -> int | str:
    return int(text) if text.isdigit() else text


# -- account ------------------------------------------------------------------------------------------


def account(ctx: Context) -> int:
    """Balances, positions and PnL of an account (public data), or the accounts of an L1 address."""
    args = ctx.args
    with ctx.client(credentials=False) as client:
        if args.l1:
            body = client.account.by_l1_address(args.l1).to_dict()
            subs = body.get("sub_accounts") or []
            if ctx.out.json_mode:
                ctx.out.json(subs)
                return 0
            if not subs:
                raise CliError(f"no account for {args.l1}", exit_code=EXIT_API)
            rows = [
                [
                    str(a.get("index")),
                    "master" if int(a.get("account_type", 0)) == 0 else "sub",
                    fmt(a.get("collateral")),
                    fmt(a.get("available_balance")),
                    str(a.get("pending_order_count", "")),
                ]
                for a in subs
            ]
            ctx.out.table(
                ["ACCOUNT", "TYPE", "COLLATERAL", "AVAILABLE", "PENDING ORDERS"], rows, align="llrrr"
            )
            return 0
        index = ctx.account_index(args.index)
        body = client.account.get(index).to_dict()
    accounts = body.get("accounts") or []
    if not accounts:
        raise CliError(f"account {index} not found", exit_code=EXIT_API)
    acc = accounts[0]
    if ctx.out.json_mode:
        ctx.out.json(acc)
        return 0
    positions = acc.get("positions") or []
    upnl = sum((dec(p.get("unrealized_pnl")) or Decimal(0) for p in positions), Decimal(0))
    rpnl = sum((dec(p.get("realized_pnl")) or Decimal(0) for p in positions), Decimal(0))
    ctx.out.pairs(
        [
            ("account", str(acc.get("index"))),
            ("L1 address", str(acc.get("l1_address", ""))),
            ("collateral", fmt(acc.get("collateral"))),
            ("available", fmt(acc.get("available_balance"))),
            ("total value", fmt(acc.get("total_asset_value"))),
            ("unrealized PnL", Cell(fmt(upnl, 6), signed_style(upnl))),
            ("realized PnL", Cell(fmt(rpnl, 6), signed_style(rpnl))),
            ("open orders", str(acc.get("total_order_count", 0))),
        ],
        title=f"Account {acc.get('index')}",
    )
    position_rows = positions_rows(positions)
    ctx.out.line()
    if position_rows:
        ctx.out.table(POSITION_HEADERS, position_rows, align="llrrrrrr", title="Positions")
    else:
        ctx.out.line(ctx.out.style("no open positions", "dim"))
    balances = [a for a in acc.get("assets") or [] if dec(a.get("balance"))]
    if balances:
        ctx.out.line()
        ctx.out.table(
            ["ASSET", "BALANCE", "LOCKED"],
            [[str(a.get("symbol")), fmt(a.get("balance")), fmt(a.get("locked_balance"))] for a in balances],
            title="Spot balances",
        )
    return 0


# -- orders -------------------------------------------------------------------------------------------


def orders(ctx: Context) -> int:
    """Open orders of your account (auth token from your API key), or ``--history``."""
    args = ctx.args
    if not 1 <= args.limit <= MAX_LIST_LIMIT:
        raise CliError(f"--limit must be in 1..{MAX_LIST_LIMIT}")
    with ctx.client() as client:
        market = _market_key(args.market) if args.market else None
        which = {"account_index": client.account_index}
        if market is not None:
            which["market_id"] = client.market(market).index
        if args.history:
            body = client.api.account_inactive_orders(limit=args.limit, **which).to_dict()
        else:
            body = client.api.account_active_orders(**which).to_dict()
        symbols = _symbols(client)
    items = body.get("orders") or []
    if ctx.out.json_mode:
        ctx.out.json(items)
        return 0
    if not items:
        ctx.out.note("no past orders" if args.history else "no open orders")
        return 0
    orders_table(ctx.out, items, symbols)
    return 0


def _outcome(outcome: OrderResult) -> dict[str, Any]:
    """What --wait prints: the state, and for an order what filled, at what average price, for what fees."""
    data: dict[str, Any] = {"status": outcome.tx.status_code, "block_height": outcome.tx.block_height}
    data["state"] = outcome.state.value
    if outcome.order is not None:
        data["filled"] = str(outcome.filled)
        if outcome.average_price is not None:
            data["average_price"] = str(outcome.average_price.quantize(Decimal(1).scaleb(-8)).normalize())
        data["fees"] = str(outcome.fees)
        data["fills"] = "; ".join(f"{f.size} @ {f.price} ({f.role.value})" for f in outcome.fills)
    if outcome.reason:
        data["reason"] = outcome.reason
    return data


def tx_status_name(status: Any) -> str:
    """The exchange's numeric transaction status in words (1 pending, 2 executed; later stages are
    executed too)."""
    from lighter.client import TX_STATUS_EXECUTED, TX_STATUS_PENDING

    if status == TX_STATUS_PENDING:
        return "pending"
    if status == TX_STATUS_EXECUTED:
        return "executed"
    if isinstance(status, int) and status > TX_STATUS_EXECUTED:
        return f"executed (status {status})"
    return f"status {status}"


def _report(ctx: Context, client: Lighter, what: str, result: TxResult) -> int:
    data: dict[str, Any] = {"tx_hash": result.tx_hash, "nonce": result.nonce}
    if result.client_order_index is not None:
        data["client_order_index"] = result.client_order_index
    if getattr(ctx.args, "wait", False):
        data.update(_outcome(client.wait_for_result(result, timeout=30)))
        data["status_name"] = tx_status_name(data["status"])
    if ctx.out.json_mode:
        ctx.out.json(data)
        return 0
    ctx.out.line(f"{ctx.out.style('✓', 'green')} {what}")
    shown = {k: v for k, v in data.items() if k != "status_name"}
    if "status" in shown:
        shown["status"] = data["status_name"]
    ctx.out.pairs([(k.replace("_", " "), str(v)) for k, v in shown.items()])
    return 0


def _as_sent(client: Lighter, market: str, size: str, price: str, rounding: str | None) -> tuple[str, str]:
    """Size and price as the order carries them (rounded to lot and tick with ``--round``)."""
    if rounding is None:
        return size, price
    m = client.market(_market_key(market))
    sent_size = m.size_from_int(m.size_to_int(size, rounding=rounding))
    return f"{sent_size:f}", f"{m.price_from_int(m.price_to_int(price, rounding=rounding)):f}"


def order(ctx: Context) -> int:
    """``order limit|market|modify|cancel|cancel-all``: signed with your API key."""
    a = ctx.args
    with ctx.client() as client:
        if a.action == "limit":
            tif = "ioc" if a.ioc else None
            result = client.create_order(
                _market_key(a.market),
                side=a.side,
                size=a.size,
                price=a.price,
                time_in_force=tif,
                post_only=a.post_only,
                reduce_only=a.reduce_only,
                client_order_index=a.client_order_index,
                rounding=a.round,
            )
            size, price = _as_sent(client, a.market, a.size, a.price, a.round)
            what = f"limit {a.side} {size} {a.market} @ {price}" + (" (post-only)" if a.post_only else "")
        elif a.action == "market":
            result = client.create_market_order(
                _market_key(a.market),
                side=a.side,
                size=a.size,
                max_slippage=a.slippage,
                price=a.price,
                reduce_only=a.reduce_only,
                rounding=a.round,
            )
            what = f"market {a.side} {a.size} {a.market}"
        elif a.action == "modify":
            result = client.modify_order(
                _market_key(a.market), a.order_index, size=a.size, price=a.price, rounding=a.round
            )
            what = f"modified order {a.order_index}: {a.size} @ {a.price}"
        elif a.action == "cancel":
            result = client.cancel_order(_market_key(a.market), a.order_index)
            what = f"cancelled order {a.order_index}"
        else:  # cancel-all
            market = _market_key(a.market) if a.market else None
            result = client.cancel_all_orders(market=market)
            what = "cancelled every open order" + (f" in {a.market}" if a.market else "")
        return _report(ctx, client, what, result)


# -- keys and tokens ----------------------------------------------------------------------------------


def keys(ctx: Context) -> int:
    """``keys generate|register|list``."""
    action = ctx.args.action
    if action == "generate":
        return _keys_generate(ctx)
    if action == "register":
        return _keys_register(ctx)
    return _keys_list(ctx)


def _keys_generate(ctx: Context) -> int:
    from lighter.signing import PrivateKey

    key = PrivateKey.generate()
    public = key.public_key.hex()
    if ctx.args.out:
        from pathlib import Path

        from lighter.profiles import write_key_file

        path = write_key_file(Path(ctx.args.out), key.to_hex())
        if ctx.out.json_mode:
            ctx.out.json({"public_key": public, "api_key_file": str(path)})
            return 0
        ctx.out.pairs([("public key", public), ("private key", f"written to {path} (mode 0600)")])
        ctx.out.note(f"Register it with: lighter keys register --api-key-file {path} --api-key-index N")
        return 0
    data = {"api_private_key": key.to_hex(), "public_key": public}
    if ctx.out.json_mode:
        ctx.out.json(data)
        return 0
    ctx.out.pairs([("private key", data["api_private_key"]), ("public key", data["public_key"])])
    ctx.out.note(
        "Keep the private key secret and off the command line (shell history keeps what you type).\n"
        "Next time, `lighter keys generate --out FILE` writes it to a file of mode 0600 instead. Then:\n"
        "  lighter keys register --api-key-file FILE --api-key-index N      (your Ethereum key: "
        "--eth-key-file, a profile, or typed at the prompt)\n"
        "  lighter config set NAME api_key_file FILE                         (use it with --profile NAME)"
    )
    return 0


def _l1_address(eth_key: str) -> str:
    from lighter.signing.l1 import eth_account

    Account = eth_account()
    try:
        address: str = Account.from_key(eth_key).address
    except Exception:  # eth-account raises several types for a bad key; never echo the key
        raise CliError("the Ethereum private key is not a valid Ethereum private key") from None
    return address


def _key_from_file(path_text: str, what: str) -> str:
    from pathlib import Path

    from lighter.profiles import check_key_file

    path = Path(path_text).expanduser()
    check_key_file(path, what=what)
    value = path.read_text(encoding="utf-8", errors="replace").strip()
    if not value:
        raise CliError(f"{what}: {path} is empty")
    return value


def _eth_key(ctx: Context, settings: dict[str, Any]) -> str:
    """The Ethereum key: --eth-key-file, the profile/environment, or a prompt without echo on a terminal."""
    if ctx.args.eth_key_file:
        return _key_from_file(ctx.args.eth_key_file, "--eth-key-file")
    if settings.get("eth_private_key"):
        return str(settings["eth_private_key"])
    import sys

    if sys.stdin.isatty():
        import getpass

        typed = getpass.getpass("Ethereum private key (not echoed): ").strip()
        if typed:
            return typed
    raise CliError(
        "registering an API key is signed with your Ethereum key: pass --eth-key-file FILE (mode 0600), "
        "use a profile with eth_key_file, or set LIGHTER_ETH_PRIVATE_KEY"
    )


def _keys_register(ctx: Context) -> int:
    """Onboarding: register an API key (given or new) with ChangePubKey, signed with the Ethereum key."""
    from lighter.signing import PrivateKey

    settings = ctx.client_kwargs()
    eth_key = _eth_key(ctx, settings)
    address = _l1_address(eth_key)
    api_key_index = ctx.opt("api_key_index")
    if api_key_index is None:
        api_key_index = ctx._settings().get("api_key_index", DEFAULT_API_KEY_INDEX)
    key_file = ctx.args.api_key_file
    written = None
    if key_file and os.path.exists(os.path.expanduser(key_file)):
        raw_key: Any = _key_from_file(key_file, "--api-key-file")
    elif key_file:
        raw_key = None
    else:
        raw_key = ctx._settings().get("api_private_key")
    generated = raw_key is None
    key = PrivateKey.generate() if generated else None
    api_private_key = key.to_hex() if key is not None else str(raw_key)
    if generated and key_file:
        from pathlib import Path

        from lighter.profiles import write_key_file

        written = write_key_file(Path(key_file), api_private_key)
    account_index = settings.get("account_index")
    base = ctx.client_kwargs(credentials=False)
    if account_index is None:
        from lighter._errors import AccountNotFoundError

        with ctx.client(credentials=False) as anon:
            try:
                subs = anon.account.by_l1_address(address).to_dict().get("sub_accounts") or []
            except AccountNotFoundError:
                subs = []
        masters = [int(a["index"]) for a in subs if int(a.get("account_type", 0)) == 0]
        if not masters:
            raise CliError(f"no account for {address}: deposit to the exchange first", exit_code=EXIT_API)
        account_index = min(masters)
    from lighter.client import Lighter

    with Lighter(
        **base,
        account_index=account_index,
        api_key_index=api_key_index,
        api_private_key=api_private_key,
        eth_private_key=eth_key,
    ) as client:
        result = client.change_api_key()
        client.wait_for_tx(result, timeout=30)
    data: dict[str, Any] = {
        "account_index": account_index,
        "api_key_index": api_key_index,
        "l1_address": address,
        "tx_hash": result.tx_hash,
    }
    if written is not None:
        data["api_key_file"] = str(written)
    elif generated:
        data["api_private_key"] = api_private_key
    if ctx.out.json_mode:
        ctx.out.json(data)
        return 0
    ctx.out.line(
        f"{ctx.out.style('✓', 'green')} API key {api_key_index} registered on account {account_index}"
    )
    if generated and written is None:
        ctx.out.pairs([("new API private key", api_private_key)])
        ctx.out.note(
            "(a new key was generated: this is the only time it is shown; save it in a file of mode 0600 "
            "— next time pass --api-key-file FILE and it is written there)"
        )
    key_ref = str(written or key_file or "FILE")
    ctx.out.line("Save it as a profile:")
    ctx.out.line(f"  lighter config set NAME account_index {account_index}")
    ctx.out.line(f"  lighter config set NAME api_key_index {api_key_index}")
    ctx.out.line(f"  lighter config set NAME api_key_file {key_ref}")
    ctx.out.line("  lighter --profile NAME account")
    return 0


def _keys_list(ctx: Context) -> int:
    index = ctx.account_index()
    with ctx.client(credentials=False) as client:
        body = client.account.api_keys(account_index=index).to_dict()
    items = body.get("api_keys") or []
    if ctx.out.json_mode:
        ctx.out.json(items)
        return 0
    rows = [[str(k.get("api_key_index")), str(k.get("public_key")), str(k.get("nonce", ""))] for k in items]
    ctx.out.table(["INDEX", "PUBLIC KEY", "NEXT NONCE"], rows, align="llr", title=f"API keys of {index}")
    return 0


def token(ctx: Context) -> int:
    """Print an auth token (for the ``authorization`` header or private WebSocket channels)."""
    import time

    lifetime = ctx.args.lifetime
    if not 120 <= lifetime <= MAX_TOKEN_LIFETIME:
        raise CliError("--lifetime must be between 120 seconds and 8 hours (28800)")
    with ctx.client(auth_token_lifetime=lifetime) as client:
        value = client.auth_token()
    if ctx.out.json_mode:
        ctx.out.json({"token": value, "deadline": int(time.time()) + lifetime})
    else:
        ctx.out.line(value)
    return 0
