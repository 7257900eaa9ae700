"""Result codes and messages of the local exchange.

Codes marked "seen" were observed from the real exchange (shared/reference/API-NOTES.md §3, PEERS.md,
real-payloads/ws/error__*.json). The others are local choices in the same numeric family, used where the
real code is unknown; their messages follow the real wording where it is known. Refusals at the HTTP
level (unknown path 404, wrong method 405, body over 4 MiB 413) carry the HTTP status as their code.
"""

from __future__ import annotations

OK = 200
INVALID_PARAM = 20001  # seen
ACCOUNT_NOT_FOUND = 21100  # seen (meaning inferred from user reports)
INVALID_NONCE = 21104  # seen
INVALID_SIGNATURE = 21120  # seen
INVALID_PUBLIC_KEY = 21136  # seen
INVALID_TX_TYPE = 21511  # seen ("invalid tx type for account")
INVALID_BASE_AMOUNT = 21701  # seen
EXPIRED = 21105  # local
INVALID_L1_SIGNATURE = 21121  # local
API_KEY_NOT_FOUND = 21109  # local
MARKET_NOT_FOUND = 21200  # local
ORDER_NOT_FOUND = 21500  # local
NOT_ENOUGH_MARGIN = 21700  # local
INVALID_PRICE = 21702  # local
NOT_ENOUGH_BALANCE = 21703  # local
BATCH_TOO_LARGE = 21600  # local
UNSUPPORTED_TX = 21512  # local
TOO_MANY_REQUESTS = 23000  # seen (HTTP 429)
INTERNAL = 29500  # local (fault injection)
WS_NOT_SUBSCRIBED = 30002  # seen
WS_ALREADY_SUBSCRIBED = 30003  # seen
WS_INVALID_CHANNEL = 30005  # seen


class ExchangeError(Exception):
    """A request the exchange refuses: answered as HTTP ``status`` with ``{code, message}``."""

    def __init__(self, code: int, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.status = status

    def body(self) -> dict[str, object]:
        """The ``{code, message}`` answer body."""
        return {"code": self.code, "message": self.message}


def invalid_param(message: str) -> ExchangeError:
    """An ``invalid param : <message>`` refusal (code 20001), as the real exchange words it."""
    return ExchangeError(INVALID_PARAM, f"invalid param : {message}")
