"""One measurement of one SDK, printed as JSON: ``python _sdk_ops.py SDK OP [ARGS_JSON]``.

SDK is ``ours`` (run with the project's interpreter), ``lighter-sdk`` or ``typed-lighter`` (run with the
side virtualenv's, where the name ``lighter`` is lighter-sdk's package). Every SDK does the same work through
its own public API; an operation an SDK does not offer prints ``null`` with a reason. Figures are medians of
repeated rounds (see ``_common``). This file is run by path so that only ``_common`` is imported from here.
"""

from __future__ import annotations

import asyncio
import json
import statistics
import sys
import time
from datetime import datetime, timezone
from typing import Any

import _common as C

ORDER = C.ORDER

# -- code run in fresh interpreters ---------------------------------------------------------------------

IMPORT_CODE = {
    "ours": "import lighter",
    "lighter-sdk": "import lighter",
    "typed-lighter": "import typed_lighter",
}
IMPORT_CLIENT_CODE = {
    "ours": "from lighter import Lighter",
    "lighter-sdk": "from lighter import SignerClient",
    "typed-lighter": "from typed_lighter import Lighter",
}
FIRST_SIGNATURE_CODE = {
    "ours": (
        "from lighter.signing import PrivateKey\n"
        "from lighter.transactions import CreateOrder, sign\n"
        "key = PrivateKey.from_hex({key!r})\n"
        "tx = CreateOrder(account_index={acc}, api_key_index={aki}, market_index={o[market_index]}, "
        "client_order_index={o[client_order_index]}, base_amount={o[base_amount]}, price={o[price]}, "
        "is_ask={o[is_ask]}, type={o[order_type]}, time_in_force={o[time_in_force]}, reduce_only=0, "
        "trigger_price=0, order_expiry={o[order_expiry]}, expired_at=1795505748763)\n"
        "sign(tx, key, chain_id={chain}, nonce={o[nonce]})\n"
    ),
    "lighter-sdk": (
        "import asyncio\n"
        "from lighter import SignerClient\n"
        "async def main():\n"
        "    c = SignerClient(url='http://127.0.0.1:9', account_index={acc}, "
        "api_private_keys={{{aki}: {key!r}}}, chain_id={chain})\n"
        "    _, _, _, err = c.sign_create_order({o[market_index]}, {o[client_order_index]}, "
        "{o[base_amount]}, "
        "{o[price]}, {o[is_ask]}, {o[order_type]}, {o[time_in_force]}, 0, 0, {o[order_expiry]}, "
        "nonce={o[nonce]}, api_key_index={aki})\n"
        "    assert err is None, err\n"
        "asyncio.run(main())\n"
    ),
    "typed-lighter": (
        "from datetime import datetime, timezone\n"
        "from typed_lighter.core.signer import AccountSigner\n"
        "s = AccountSigner.new(account_index={acc}, api_keys={{{aki}: {key!r}}}, chain_id={chain})\n"
        "s.create_order({{'order_type': 'limit', 'market_index': {o[market_index]}, "
        "'client_order_index': {o[client_order_index]}, 'base_amount': {o[base_amount]}, "
        "'is_ask': bool({o[is_ask]}), 'price': {o[price]}, 'time_in_force': 'good-till-time', "
        "'order_expiry': datetime.fromtimestamp({o[order_expiry]} / 1000, timezone.utc)}}, "
        "nonce={o[nonce]}, api_key_index={aki})\n"
    ),
}


def _timed(code: str) -> str:
    return "import time\n_t0 = time.perf_counter()\n" + code + "print(time.perf_counter() - _t0)\n"


def _format(code: str) -> str:
    return code.format(key=C.KEY_HEX, acc=C.ACCOUNT_INDEX, aki=C.API_KEY_INDEX, chain=C.CHAIN_ID, o=ORDER)


# -- signing --------------------------------------------------------------------------------------------


def _ours_key() -> Any:
    """Our key, after the first signature has loaded the signer's tables (as in a running process)."""
    from lighter import signing
    from lighter.signing import PrivateKey

    key = PrivateKey.from_hex(C.KEY_HEX)
    key.sign(bytes(40))
    cache = getattr(signing, "_cache", None)
    if cache is not None and hasattr(cache, "wait"):
        cache.wait(300)  # a background build of the big table must not run during the timing
    return key


def _ours_signer() -> tuple[Any, Any]:
    from lighter.transactions import CreateOrder

    key = _ours_key()
    tx = CreateOrder(
        account_index=C.ACCOUNT_INDEX,
        api_key_index=C.API_KEY_INDEX,
        market_index=ORDER["market_index"],
        client_order_index=ORDER["client_order_index"],
        base_amount=ORDER["base_amount"],
        price=ORDER["price"],
        is_ask=ORDER["is_ask"],
        type=ORDER["order_type"],
        time_in_force=ORDER["time_in_force"],
        reduce_only=0,
        trigger_price=0,
        order_expiry=ORDER["order_expiry"],
        expired_at=1795505748763,
    )
    return key, tx


def _official_client() -> Any:
    """lighter-sdk's SignerClient; it must be built inside a running event loop (aiohttp)."""
    from lighter import SignerClient

    async def build() -> Any:
        return SignerClient(
            url="http://127.0.0.1:9",
            account_index=C.ACCOUNT_INDEX,
            api_private_keys={C.API_KEY_INDEX: C.KEY_HEX},
            chain_id=C.CHAIN_ID,
        )

    loop = asyncio.new_event_loop()
    return loop.run_until_complete(build())


def _typed_signer() -> Any:
    from typed_lighter.core.signer import AccountSigner

    return AccountSigner.new(
        account_index=C.ACCOUNT_INDEX, api_keys={C.API_KEY_INDEX: C.KEY_HEX}, chain_id=C.CHAIN_ID
    )


TYPED_ORDER = {
    "order_type": "limit",
    "market_index": ORDER["market_index"],
    "client_order_index": ORDER["client_order_index"],
    "base_amount": ORDER["base_amount"],
    "is_ask": bool(ORDER["is_ask"]),
    "price": ORDER["price"],
    "time_in_force": "good-till-time",
    "order_expiry": datetime.fromtimestamp(ORDER["order_expiry"] / 1000, timezone.utc),
}


def op_sign(sdk: str, rounds: int) -> Any:
    if sdk == "ours":
        from lighter.transactions import sign

        key, tx = _ours_signer()
        return C.median_seconds_per_call(
            lambda: sign(tx, key, chain_id=C.CHAIN_ID, nonce=ORDER["nonce"]), calls=100, rounds=rounds
        )
    if sdk == "lighter-sdk":
        client = _official_client()

        def once() -> None:
            _, _, _, err = client.sign_create_order(
                ORDER["market_index"],
                ORDER["client_order_index"],
                ORDER["base_amount"],
                ORDER["price"],
                ORDER["is_ask"],
                ORDER["order_type"],
                ORDER["time_in_force"],
                0,
                0,
                ORDER["order_expiry"],
                nonce=ORDER["nonce"],
                api_key_index=C.API_KEY_INDEX,
            )
            assert err is None, err

        return C.median_seconds_per_call(once, calls=100, rounds=rounds)
    signer = _typed_signer()
    return C.median_seconds_per_call(
        lambda: signer.create_order(TYPED_ORDER, nonce=ORDER["nonce"], api_key_index=C.API_KEY_INDEX),
        calls=100,
        rounds=rounds,
    )


def op_sign_warm(sdk: str, rounds: int) -> Any:
    """One create-order signature with the nonce pool warm: the pool is refilled (untimed) before each."""
    if sdk != "ours":
        return {"na": "no nonce pool: see the create-order signature row"}
    from lighter.signing import _nonce_pool
    from lighter.transactions import sign

    key, tx = _ours_signer()
    _nonce_pool.stop()  # refills happen here, between the timed calls
    samples = []
    for _ in range(rounds):
        calls = []
        for _ in range(100):
            _nonce_pool.fill(1)
            start = time.perf_counter()
            sign(tx, key, chain_id=C.CHAIN_ID, nonce=ORDER["nonce"])
            calls.append(time.perf_counter() - start)
        samples.append(statistics.median(calls))
    return statistics.median(samples)


def op_verify(sdk: str, rounds: int) -> Any:
    message = bytes(range(40))
    if sdk == "ours":
        from lighter.signing import verify

        key = _ours_key()
        public, signature = key.public_key, key.sign(message)
        assert verify(public, message, signature)
        return C.median_seconds_per_call(lambda: verify(public, message, signature), calls=20, rounds=rounds)
    if sdk == "lighter-sdk":
        return {"na": "the bundled signer library exports no verify"}
    from typed_lighter.core.signer import PythonSigner
    from typed_lighter.core.signer.schnorr import verify as typed_verify

    signer = PythonSigner.from_hex(C.KEY_HEX)
    public, signature = signer.public_key, signer.sign(message)
    assert typed_verify(pk=public, msg_hash=message, sig=signature)
    return C.median_seconds_per_call(
        lambda: typed_verify(pk=public, msg_hash=message, sig=signature), calls=20, rounds=rounds
    )


def op_auth(sdk: str, rounds: int) -> Any:
    if sdk == "ours":
        from lighter.signing import create_auth_token

        key = _ours_key()
        return C.median_seconds_per_call(
            lambda: create_auth_token(key, account_index=C.ACCOUNT_INDEX, api_key_index=C.API_KEY_INDEX),
            calls=100,
            rounds=rounds,
        )
    if sdk == "lighter-sdk":
        client = _official_client()

        def once() -> None:
            token, err = client.create_auth_token_with_expiry(api_key_index=C.API_KEY_INDEX)
            assert err is None and token, err

        return C.median_seconds_per_call(once, calls=100, rounds=rounds)
    signer = _typed_signer()
    return C.median_seconds_per_call(
        lambda: signer.auth_token(api_key_index=C.API_KEY_INDEX), calls=100, rounds=rounds
    )


# -- fresh processes ------------------------------------------------------------------------------------


def op_import(sdk: str, rounds: int) -> Any:
    return C.fresh_process_seconds(
        sys.executable, _timed(IMPORT_CODE[sdk] + "\n"), runs=rounds, env=C.clean_env()
    )


def op_import_client(sdk: str, rounds: int) -> Any:
    return C.fresh_process_seconds(
        sys.executable, _timed(IMPORT_CLIENT_CODE[sdk] + "\n"), runs=rounds, env=C.clean_env()
    )


def op_first_signature(sdk: str, rounds: int) -> Any:
    return C.fresh_process_seconds(
        sys.executable, _timed(_format(FIRST_SIGNATURE_CODE[sdk])), runs=rounds, env=C.clean_env()
    )


def op_rss(sdk: str, rounds: int) -> Any:
    code = C.RSS_SNIPPET.format(code=IMPORT_CLIENT_CODE[sdk])
    return C.fresh_process_seconds(sys.executable, code, runs=min(rounds, 3), env=C.clean_env())


# -- order books ----------------------------------------------------------------------------------------


def op_parse_book(sdk: str, rounds: int) -> Any:
    """Frame text of a 500-level snapshot -> the SDK's order-book object."""
    text = json.dumps(C.book_snapshot())
    if sdk == "ours":
        from lighter.ws import OrderBook

        def once() -> None:
            book = OrderBook(C.MARKET)
            book.apply(json.loads(text))
            assert len(book) == 500

        return C.median_seconds_per_call(once, calls=50, rounds=rounds)
    if sdk == "lighter-sdk":
        from lighter.ws_client import WsClient

        def once_official() -> None:
            ws = WsClient(
                ws_url="ws://127.0.0.1:9/stream", order_book_ids=[C.MARKET], on_order_book_update=None
            )
            ws.on_message(None, text)
            assert len(ws.order_book_states[str(C.MARKET)]["bids"]) == 250

        return C.median_seconds_per_call(once_official, calls=50, rounds=rounds)
    from typed_core.validation import validator
    from typed_lighter.streams.order_book import OrderBookUpdate

    check = validator(OrderBookUpdate)

    def once_typed() -> None:
        frame = check.json(text)
        assert len(frame["order_book"]["bids"]) == 250

    return C.median_seconds_per_call(once_typed, calls=50, rounds=rounds)


def op_book_updates(sdk: str, rounds: int, frames: int = 20_000) -> Any:
    """Diff frames (1-4 levels each) applied per second to a local 500-level book."""
    snapshot = C.book_snapshot()
    diffs = C.book_diffs(snapshot, frames)
    rates = []
    if sdk == "typed-lighter":
        return {"na": "no local order book (frames are validated and handed over)"}
    for _ in range(rounds):
        snap = json.loads(json.dumps(snapshot))  # fresh copies: the official client mutates the frames
        batch = json.loads(json.dumps(diffs))
        if sdk == "ours":
            from lighter.ws import OrderBook

            book = OrderBook(C.MARKET)
            book.apply(snap)
            start = time.perf_counter()
            for frame in batch:
                book.apply(frame)
            rates.append(frames / (time.perf_counter() - start))
            assert book.is_synced
        else:
            from lighter.ws_client import WsClient

            ws = WsClient(
                ws_url="ws://127.0.0.1:9/stream", order_book_ids=[C.MARKET], on_order_book_update=None
            )
            ws.on_message(None, snap)
            start = time.perf_counter()
            for frame in batch:
                ws.handle_update_order_book(frame)
            rates.append(frames / (time.perf_counter() - start))
    return statistics.median(rates)


# -- sockets --------------------------------------------------------------------------------------------


class _Done(Exception):
    pass


def _ws_round(sdk: str, url: str, frames: int) -> float:
    """One run: frames per second from the snapshot to the last diff, as seen by user code."""
    marks: dict[str, float] = {}
    count = 0
    if sdk == "ours":
        import threading

        from lighter.ws import WsClient

        done = threading.Event()

        def on_book(event: Any) -> None:
            nonlocal count
            if event.snapshot:
                marks["start"] = time.perf_counter()
                return
            count += 1
            if count == frames:
                marks["end"] = time.perf_counter()
                done.set()

        with WsClient(url, queue_size=frames + 10) as ws:
            ws.subscribe_order_book(C.MARKET, callback=on_book)
            if not done.wait(300):
                raise RuntimeError(f"only {count} of {frames} frames arrived")
    elif sdk == "lighter-sdk":
        from lighter.ws_client import WsClient as OfficialWs

        def on_update(market_id: str, state: Any) -> None:
            nonlocal count
            if "start" not in marks:
                marks["start"] = time.perf_counter()  # the snapshot
                return
            count += 1
            if count == frames:
                marks["end"] = time.perf_counter()
                raise _Done

        client = OfficialWs(ws_url=url, order_book_ids=[C.MARKET], on_order_book_update=on_update)
        try:
            client.run()
        except _Done:
            client.ws.close()
    else:
        from typed_lighter import Lighter

        async def main() -> None:
            nonlocal count
            client = Lighter.new(public=True, api_url="http://127.0.0.1:9", ws_url=url)
            async with client, client.streams.order_book(C.MARKET) as stream:
                async for _frame in stream:
                    if "start" not in marks:
                        marks["start"] = time.perf_counter()
                        continue
                    count += 1
                    if count == frames:
                        marks["end"] = time.perf_counter()
                        break

        asyncio.run(main())
    return frames / (marks["end"] - marks["start"])


def op_ws_frames(sdk: str, rounds: int, port: int, frames: int) -> Any:
    """Frames per second from the loopback server through the SDK's WebSocket client to user code."""
    url = f"ws://127.0.0.1:{port}/stream"
    return statistics.median(_ws_round(sdk, url, frames) for _ in range(rounds))


def op_rest(sdk: str, rounds: int, base_url: str, calls: int) -> Any:
    """Sequential ``GET /api/v1/orderBooks`` round trips per second through the SDK's typed REST call."""
    if sdk == "ours":
        from lighter import Lighter

        with Lighter(base_url=base_url, chain_id=C.CHAIN_ID, rate_limit=None) as client:
            seconds = C.median_seconds_per_call(client.market_data.order_books, calls=calls, rounds=rounds)
        return 1 / seconds
    if sdk == "lighter-sdk":
        import lighter as official

        async def official_run() -> float:
            api = official.ApiClient(configuration=official.Configuration(host=base_url))
            orders = official.OrderApi(api)
            await orders.order_books()
            samples = []
            for _ in range(rounds):
                start = time.perf_counter()
                for _ in range(calls):
                    await orders.order_books()
                samples.append((time.perf_counter() - start) / calls)
            await api.close()
            return 1 / statistics.median(samples)

        return asyncio.run(official_run())
    from typed_lighter import Lighter

    async def typed_run() -> float:
        async with Lighter.new(public=True, api_url=base_url, ws_url="ws://127.0.0.1:9/stream") as client:
            await client.api.markets.order_books()
            samples = []
            for _ in range(rounds):
                start = time.perf_counter()
                for _ in range(calls):
                    await client.api.markets.order_books()
                samples.append((time.perf_counter() - start) / calls)
            return 1 / statistics.median(samples)

    return asyncio.run(typed_run())


OPS = {
    "sign": op_sign,
    "sign_warm": op_sign_warm,
    "verify": op_verify,
    "auth": op_auth,
    "import": op_import,
    "import_client": op_import_client,
    "first_signature": op_first_signature,
    "rss": op_rss,
    "parse_book": op_parse_book,
    "book_updates": op_book_updates,
    "ws_frames": op_ws_frames,
    "rest": op_rest,
}


def main() -> None:
    sdk, op = sys.argv[1], sys.argv[2]
    kwargs = json.loads(sys.argv[3]) if len(sys.argv) > 3 else {}
    try:
        value = OPS[op](sdk, **kwargs)
    except Exception as exc:  # report, do not hide: the table shows the error
        value = {"error": f"{type(exc).__name__}: {exc}"[:200]}
    print(json.dumps({"value": value}))


if __name__ == "__main__":
    main()
