"""What a face hands its resources: `Reads` (the read areas' `lighter.resources._seam.Reader`) and
`FlowDesk` (trading's `Desk`), both built on the flows and the face's driver, so they are one class for
both faces: on `Lighter` they return values, on `AsyncLighter` awaitables."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from lighter._client import flows
from lighter._client.core import Batch, ClientCore, batch_plan

if TYPE_CHECKING:  # pragma: no cover
    from lighter.resources._plans import Plan
    from lighter.resources._seam import Paging as Pager
    from lighter.resources.trading import ClientOrderIds

Drive = Callable[[flows.Flow[Any]], Any]
"""A face's driver: runs a flow to its result (blocking), or returns an awaitable of it (asyncio)."""


class Reads:
    """Generated operations, pages and the account, for the read areas of one face."""

    def __init__(
        self,
        core: ClientCore,
        drive: Drive,
        stream: Callable[[Pager, int | str | None], Any],
        gather: Callable[[Pager, int | str | None], Any],
    ) -> None:
        self.core = core
        self.drive = drive
        self.stream = stream  # a pager's items as an (async) iterator
        self.gather = gather  # a pager's items as a list (an awaitable of it)

    def require_account(self) -> int:
        """The client's account index."""
        return self.core.require_account()

    def default_api_key(self) -> int:
        """The client's signing API key."""
        return self.core.default_api_key()

    def call(
        self,
        name: str,
        params: dict[str, Any],
        *,
        market: int | str | None = None,
        market_param: str | None = None,
        as_json: bool = False,
        auth: bool = True,
    ) -> Any:
        """A generated operation, driven by the face (see `Reader.call`)."""
        from lighter.resources._ops import REGISTRY

        op = REGISTRY.get(name)  # an unknown name fails at call time, on both faces
        flow = flows.call(
            self.core, op, params, market=market, market_param=market_param, as_json=as_json, auth=auth
        )
        return self.drive(flow)

    def then(self, value: Any, fn: Callable[[Any], Any]) -> Any:
        """`fn` of a call's answer, once there."""
        return self.drive(flows.then(value, fn))

    def pages(self, pager: Pager, market: int | str | None, *, collect: bool) -> Any:
        """Every item of a pager: a list with `collect`, else an (async) iterator."""
        return self.gather(pager, market) if collect else self.stream(pager, market)


class FlowDesk:
    """Plans of one face sent over one wire: `Trading`'s desk for the client (REST) and ``via_ws``."""

    def __init__(
        self, core: ClientCore, wire: Any, drive: Drive, *, waiter: Any, can_wait: bool = True
    ) -> None:
        self.core = core
        self.wire = wire
        self.drive = drive
        self.waiter = waiter  # what `TxResult.wait()` calls: the client
        self.can_wait = can_wait

    @property
    def client_order_ids(self) -> ClientOrderIds:
        """The client's client-order-index source (one per client)."""
        return self.core.client_order_ids

    def require_account(self) -> int:
        """The account the plans are signed for."""
        return self.core.require_account()

    def public_key_bytes(self, api_key_index: int | None) -> tuple[int, bytes]:
        """(index, public key) of an API key of the client."""
        return self.core.public_key_bytes(api_key_index)

    def submit(self, plan: Plan) -> Any:
        """Send one plan over this desk's wire: its `TxResult` (awaitable on `AsyncLighter`)."""
        self.wire.check(plan)  # at call time, like other bad input
        return self.drive(flows.single(self.core, plan, self.wire, self.waiter))

    def submit_batch(self, batch: Batch | Iterable[Plan]) -> Any:
        """Send a batch in one request: its `BatchResult` (awaitable on `AsyncLighter`)."""
        plan = batch_plan(batch)
        self.wire.check(plan)
        return self.drive(flows.batch(self.core, plan, self.wire, self.waiter))

    def settle(self, submitted: Any, timeout: float) -> Any:
        """``wait=True``: the sent transaction's `OrderResult`."""
        return self.drive(flows.settle(self.core, submitted, timeout))


class NowaitDesk(FlowDesk):
    """``via_ws(ws, blocking=False)``: each plan signed and put on the socket now, a future of its result."""

    def submit(self, plan: Plan) -> Any:
        """Sign and put one plan on the socket now: a future of its `TxResult`."""
        self.wire.check(plan)
        return self.drive(flows.nowait(self.core, plan, self.wire.ws, batch=False))

    def submit_batch(self, batch: Batch | Iterable[Plan]) -> Any:
        """Sign and put a batch on the socket now: a future of its `BatchResult`."""
        plan = batch_plan(batch)
        self.wire.check(plan)
        return self.drive(flows.nowait(self.core, plan, self.wire.ws, batch=True))
