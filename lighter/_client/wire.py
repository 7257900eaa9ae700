"""Where signed transactions go: the wire as an object. `RestWire` (sendTx / sendTxBatch forms) is a
client's own; ``client.via_ws(ws)`` binds the same trading methods to a `WsWire` (``jsonapi/sendtx``).

A wire turns signed transactions into the step a face performs, refuses what it cannot carry (before
anything is signed), and names the errors after which the outcome is unknown (the nonce resyncs)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from lighter._client.flows import Step, WsSend, json_call
from lighter._errors import InvalidInputError, WsConnectionClosedError, WsTimeoutError

if TYPE_CHECKING:  # pragma: no cover
    from lighter.resources._plans import Plan
    from lighter.transactions import SignedTx
    from lighter.ws.client import WsClient

OUTCOME_UNKNOWN: tuple[type[BaseException], ...] = (WsConnectionClosedError, WsTimeoutError)
"""Errors after which the exchange may or may not have the transaction (the nonce resyncs)."""


class RestWire:
    """sendTx / sendTxBatch (forms) over the client's HTTP connection pool."""

    name = "sendTx"
    transport = "rest"  # the telemetry label
    outcome_unknown = OUTCOME_UNKNOWN

    def check(self, plan: Plan) -> None:
        """Everything a plan can ask for travels over REST."""

    def step(self, signed: list[SignedTx], price_protection: bool | None, batch: bool) -> Step:
        """The sendTx / sendTxBatch call for signed transactions."""
        if batch:
            from lighter_generated.models.req_send_tx_batch import ReqSendTxBatch

            types, infos = json.dumps([s.tx_type for s in signed]), json.dumps([s.tx_info for s in signed])
            return json_call("send_tx_batch", body=ReqSendTxBatch(tx_types=types, tx_infos=infos))
        from lighter_generated.models.req_send_tx import ReqSendTx
        from lighter_generated.types import UNSET

        protection = UNSET if price_protection is None else price_protection
        body = ReqSendTx(tx_type=signed[0].tx_type, tx_info=signed[0].tx_info, price_protection=protection)
        return json_call("send_tx", body=body)

    def __repr__(self) -> str:
        return "RestWire()"


class WsWire:
    """``jsonapi/sendtx`` / ``jsonapi/sendtxbatch`` over a started `WsClient`."""

    name = "jsonapi/sendtx"
    transport = "ws"
    outcome_unknown = OUTCOME_UNKNOWN

    def __init__(self, ws: WsClient) -> None:
        self.ws = ws

    def check(self, plan: Plan) -> None:
        """Refuse what the socket cannot carry, before anything is signed or sent."""
        if plan.price_protection is not None:
            raise InvalidInputError(
                "price_protection is a field of REST sendTx only; jsonapi/sendtx has none (send this order "
                "through the client itself, or drop price_protection)"
            )

    def step(self, signed: list[SignedTx], price_protection: bool | None, batch: bool) -> Step:
        """The socket send of signed transactions."""
        return WsSend(self.ws, signed, batch)

    def __repr__(self) -> str:
        return f"WsWire({self.ws!r})"
