"""The bots of the tick-to-trade benchmark: ``python _t2t_bots.py SDK MODE PORT``.

SDK ``ours`` (the project's interpreter) or ``lighter-sdk`` (the side virtualenv's, where ``lighter`` is the
official package); MODE ``main`` (the WebSocket client on the process's main thread, as the SDK's examples
run it) or ``worker`` (on a worker thread). Each bot subscribes to the order book of market 0 on the
loopback server and answers every update with one post-only limit buy at the new best bid, sent over the
same WebSocket, with ``client_order_index`` = the update's offset so the server can pair them. It runs
until the benchmark kills it. Run by path so that only the standard library is imported from here.
"""

from __future__ import annotations

import json
import sys
import threading
import time
from typing import Any

KEY_HEX = "e94a0dd5ecaabd8fcb2eff4ce2dfa37589cce10528ab0e31cf904c5d961853aacf66ff1d7824fc36"
ACCOUNT_INDEX = 12345
API_KEY_INDEX = 3
CHAIN_ID = 304
MARKET = 0
SIZE_INT = 1000  # 0.1 (4 size decimals)
EXPIRY_MS = int(time.time() * 1000) + 24 * 3600 * 1000  # a day ahead: within the exchange's 30-day bound


def ours(mode: str, port: int) -> None:
    import logging

    logging.basicConfig(level=logging.WARNING)
    from lighter import Lighter

    client = Lighter(
        base_url=f"http://127.0.0.1:{port}",
        chain_id=CHAIN_ID,
        account_index=ACCOUNT_INDEX,
        api_key_index=API_KEY_INDEX,
        api_private_key=KEY_HEX,
        rate_limit=None,
    )
    client.markets()
    ws = client.ws()
    trader = client.via_ws(ws, blocking=False)

    import os
    import time

    marks: list[tuple[int, int, int, int]] = []
    debug = os.environ.get("T2T_DEBUG")
    profile = None
    if os.environ.get("T2T_PROFILE"):
        import cProfile

        profile = cProfile.Profile(time.thread_time)

    def on_book(event: Any) -> None:
        if debug:  # when the callback ran, on the clock the server stamps with (CLOCK_MONOTONIC)
            start = time.perf_counter_ns()
            cpu = time.thread_time_ns()
            if profile is not None and len(marks) > 50:
                profile.enable()
            on_book_inner(event)
            if profile is not None:
                profile.disable()
            marks.append((event.offset, start, time.perf_counter_ns(), time.thread_time_ns() - cpu))
            if len(marks) % 100 == 0:
                with open(debug, "w") as out:  # T2T_DEBUG names the file (a benchmark's own diagnostics)
                    json.dump(marks, out)
                if profile is not None and len(marks) == 400:
                    import pstats

                    with open(debug + ".prof", "w") as out:
                        pstats.Stats(profile, stream=out).sort_stats("tottime").print_stats(60)
        else:
            on_book_inner(event)

    def on_book_inner(event: Any) -> None:
        # the snapshot is answered too (the server ignores that order): it warms what a first order
        # needs once (the nonce from nextNonce, the signer's tables), as a running bot would have
        best = event.book.best_bid
        if best is None:
            return
        trader.create_order(
            MARKET,
            side="buy",
            size="0.1",
            price=best[0],
            post_only=True,
            client_order_index=event.offset,
            expiry=EXPIRY_MS,
        )

    ws.subscribe_order_book(MARKET, callback=on_book)
    ws.start()  # callbacks run on the client's own dispatch thread in both modes
    threading.Event().wait()


def official(mode: str, port: int) -> None:
    import asyncio

    from lighter.ws_client import WsClient

    from lighter import SignerClient

    async def build() -> Any:
        return SignerClient(
            url=f"http://127.0.0.1:{port}",
            account_index=ACCOUNT_INDEX,
            api_private_keys={API_KEY_INDEX: KEY_HEX},
            chain_id=CHAIN_ID,
        )

    signer = asyncio.new_event_loop().run_until_complete(build())
    nonce = [0]

    def on_update(market_id: str, state: dict[str, Any]) -> None:
        bids = state["bids"]  # the snapshot is answered too, as for ours
        if not bids:
            return
        best = max(float(level["price"]) for level in bids)  # the client keeps levels unsorted
        nonce[0] += 1
        tx_type, tx_info, _tx_hash, err = signer.sign_create_order(
            MARKET,
            client.last_offset,
            SIZE_INT,
            round(best * 100),
            0,
            signer.ORDER_TYPE_LIMIT,
            signer.ORDER_TIME_IN_FORCE_POST_ONLY,
            0,
            0,
            EXPIRY_MS,
            nonce=nonce[0],
            api_key_index=API_KEY_INDEX,
        )
        assert err is None, err
        message = {
            "type": "jsonapi/sendtx",
            "data": {"id": f"t2t-{nonce[0]}", "tx_type": tx_type, "tx_info": json.loads(tx_info)},
        }
        client.ws.send(json.dumps(message))

    class Client(WsClient):  # type: ignore[misc,valid-type]
        last_offset = 1000  # the snapshot's

        def handle_update_order_book(self, message: dict[str, Any]) -> None:
            self.last_offset = message["offset"]
            super().handle_update_order_book(message)

    client = Client(
        ws_url=f"ws://127.0.0.1:{port}/stream",
        order_book_ids=[MARKET],
        on_order_book_update=on_update,
        on_unhandled_message=lambda message: None,  # the answers to our orders
    )
    if mode == "main":
        client.run()
    else:
        threading.Thread(target=client.run, daemon=True).start()
        threading.Event().wait()


def main() -> None:
    sdk, mode, port = sys.argv[1], sys.argv[2], int(sys.argv[3])
    (ours if sdk == "ours" else official)(mode, port)


if __name__ == "__main__":
    main()
