"""The error tree shared by every layer of the SDK, and the catalogue of Lighter result codes.

```
LighterError
├── ConfigError (also ValueError)            bad client configuration
│   ├── MissingCredentialsError              a signed call on a client built without its credentials
│   └── ProfileError                         unusable config file or profile (``lighter.profiles``)
├── InvalidInputError (also ValueError)      bad call arguments, caught before anything is signed or sent
│   ├── UnknownMarketError / UnknownAssetError
│   └── PrecisionError                       excess precision, float with binary rounding error, tick/lot
├── NonceError                               local nonce state cannot be reconciled
├── TxWaitTimeoutError                       a tx did not reach the wanted state in time
├── APIError                                 anything the exchange (or the network in between) answered
│   ├── APIConnectionError → APITimeoutError
│   ├── APIResponseValidationError           2xx body that is not what the spec promises (HTML, bad JSON)
│   └── APIStatusError                       an error answer: HTTP status and/or Lighter result code
│       ├── BadRequestError (400) → InvalidNonceError, InvalidSignatureError, NotEnoughMarginError, ...
│       ├── AuthenticationError (401), PermissionDeniedError (403), NotFoundError (404)
│       ├── RateLimitError (429, codes 23000-23003)
│       └── InternalServerError (>= 500)
├── WebSocketError                           the stream (also importable from ``lighter.ws.errors``)
│   ├── WsServerError → SubscriptionError    an ``error`` frame; a refused subscribe/unsubscribe
│   ├── MissingAuthError (also ValueError)   a private channel on a client without credentials
│   ├── WsConnectionClosedError              the socket went away while a request waited for its answer
│   ├── WsTimeoutError (also TimeoutError)   no answer in time (subscription ack, transaction result)
│   └── OrderBookError                       a frame the local book cannot apply (book marked unsynced)
│       └── OrderBookGapError, OrderBookNotSnapshottedError, InvalidOrderBookFrameError
└── StoreError                               a shared store (Redis; also importable from ``lighter.stores``)
    ├── StoreConfigError (also ConfigError), StoreUnavailableError, StoreAuthenticationError
    ├── LockLostError (also NonceError)      this worker's hold on an API key expired or was taken over
    └── KeyLeaseUnavailableError             every API key asked for is leased by another worker

RecordingError (ValueError)                  not a recording, or an unreadable one (``lighter.data``)
```

Transactions rejected over the socket raise the same classes as the REST path (``InvalidNonceError``,
``NotEnoughMarginError``...), chosen by result code. ``lighter.errors`` is the public place that lists every
exception a user can meet, including the few defined beside the low-level code that raises them.

Every `APIError` carries `code` (Lighter result code or None), `message` (the server's text), `status_code`,
`retryable` (safe to send again as is, or after a nonce resync), `nonce_consumed` (True/False, None when
unknown), and `hint` (how to fix it). Messages never contain secrets: request URLs are shown without
their query string, and no header is ever included.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, ClassVar

from lighter import _json
from lighter._secrets import mask_url

# Settings a MissingCredentialsError can name (the client's keyword arguments; the CLI and other front
# ends translate them into their own flags and variables).
CREDENTIAL_SETTINGS = ("account_index", "api_key_index", "api_private_key", "eth_private_key")


class LighterError(Exception):
    """Base class of every exception the SDK raises on purpose."""


class ConfigError(LighterError, ValueError):
    """The client was configured wrongly (unknown network, missing chain id, malformed key...).

    `missing` names the settings (``Lighter`` keyword arguments such as ``"chain_id"``) that must be
    given to fix it, so a front end can say it in its own terms (``--chain-id``); empty when the problem
    is a wrong value rather than a missing one.
    """

    def __init__(self, message: str = "", *, missing: Iterable[str] = ()) -> None:
        super().__init__(message)
        self.missing: tuple[str, ...] = tuple(missing)


class MissingCredentialsError(ConfigError):
    """A signed call was made on a client built without the credentials it needs (see `missing`)."""

    def __init__(self, message: str = "", *, missing: Iterable[str] | None = None) -> None:
        if missing is None:  # raised elsewhere with only a message: the settings it names
            missing = [name for name in CREDENTIAL_SETTINGS if name in message]
        super().__init__(message, missing=missing)


class ProfileError(ConfigError):
    """The config file or a profile is unusable: unknown name, malformed file, unsafe key file."""


class InvalidInputError(LighterError, ValueError):
    """A call argument is wrong; raised before anything is signed or sent."""


class UnknownMarketError(InvalidInputError, KeyError):
    """The market symbol or index is not listed by the exchange."""

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0]) if self.args else ""


class UnknownAssetError(InvalidInputError, KeyError):
    """The asset symbol or index is not listed by the exchange."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


class PrecisionError(InvalidInputError):
    """A price or amount cannot be represented exactly with the market's decimals (or off tick/lot)."""


class NonceError(LighterError):
    """The local nonce state could not be reconciled with the exchange."""


class TxWaitTimeoutError(LighterError, TimeoutError):
    """A transaction did not reach the awaited status before the timeout."""

    def __init__(self, message: str, *, tx_hash: str, last_status: Any = None) -> None:
        super().__init__(message)
        self.tx_hash = tx_hash
        self.last_status = last_status


class APIError(LighterError):
    """The exchange (or the network in between) answered with an error, or did not answer.

    `fix` names the kind of remedy the hint describes ("find_account", "register_key", "auth_token",
    "market_rules", "rate_limit", or None), so a front end such as the CLI can give its own version of
    the hint (a command or a flag instead of a Python call).
    """

    retryable: ClassVar[bool] = False
    nonce_consumed_default: ClassVar[bool | None] = False
    default_hint: ClassVar[str] = ""
    fix: ClassVar[str | None] = None

    def __init__(
        self,
        message: str,
        *,
        code: int | None = None,
        status_code: int | None = None,
        hint: str | None = None,
        nonce_consumed: bool | None = None,
        body: Any = None,
    ) -> None:
        self.code = code
        self.message = message
        self.status_code = status_code
        self.hint = hint if hint is not None else self.default_hint
        self.nonce_consumed = self.nonce_consumed_default if nonce_consumed is None else nonce_consumed
        self.body = body
        super().__init__(message)

    def __str__(self) -> str:
        parts = []
        if self.status_code is not None:
            parts.append(f"HTTP {self.status_code}")
        if self.code is not None:
            parts.append(f"code {self.code}")
        head = f"[{', '.join(parts)}] " if parts else ""
        tail = f" (hint: {self.hint})" if self.hint else ""
        return f"{head}{self.message}{tail}"


class APIConnectionError(APIError):
    """The request could not be completed (connection refused, reset, DNS...)."""

    retryable = True
    nonce_consumed_default = None
    # The transport sets a hint for the case at hand (never connected vs broken after sending).
    default_hint = "check base_url and the network"


class APITimeoutError(APIConnectionError):
    """The request timed out. For a transaction, the outcome is unknown: the nonce is resynced."""

    default_hint = "raise the client's timeout, or check the exchange status"


class APIResponseValidationError(APIError):
    """A success status with a body that does not match the API (HTML page, invalid JSON, wrong shape).
    For a transaction the outcome is unknown (the exchange may have run it): the nonce is resynced."""

    nonce_consumed_default = None
    default_hint = "check base_url: it must point at the exchange's REST root, not a web page or proxy"


class APIStatusError(APIError):
    """An error answer: a non-2xx HTTP status, or a Lighter result code other than 200."""


class BadRequestError(APIStatusError):
    """HTTP 400: the exchange refused the request. For a transaction, the nonce was not consumed."""


class AuthenticationError(APIStatusError):
    """HTTP 401: missing, expired or invalid auth token."""

    fix = "auth_token"
    default_hint = "the endpoint needs an auth token; build the client with an API key so one is created"


class PermissionDeniedError(APIStatusError):
    """HTTP 403."""

    default_hint = "the token or key is not allowed to do this; the region may also be restricted"


class NotFoundError(APIStatusError):
    """HTTP 404: the path does not exist on this server (wrong base_url?) or the object is unknown."""

    default_hint = "check base_url and the identifiers you passed"


class RateLimitError(APIStatusError):
    """HTTP 429 or codes 23000-23003: too many requests. Safe to retry after a pause."""

    retryable = True
    fix = "rate_limit"
    default_hint = "slow down: the client paces requests by itself; pass rate_limit='premium' only on premium"


class InternalServerError(APIStatusError):
    """HTTP >= 500 (including non-standard statuses such as 520 from a CDN)."""

    retryable = True
    nonce_consumed_default = None
    default_hint = "the exchange or a proxy failed; retry later"


# --- Lighter result codes -------------------------------------------------------------------------------


class InvalidNonceError(BadRequestError):
    """The transaction's nonce is not the one the exchange expects (code 21104 or message 'invalid nonce')."""

    retryable = True
    default_hint = (
        "the client resyncs its nonce from nextNonce and re-signs once by itself; if you pass nonces "
        "by hand, read GET /api/v1/nextNonce first"
    )


class InvalidSignatureError(BadRequestError):
    """The signature does not verify against the API key registered for (account, api_key_index)."""

    fix = "register_key"
    default_hint = (
        "the API private key does not match the key registered at this api_key_index (re-authorising in "
        "the web app resets keys 0-3), or the chain id is wrong (mainnet 304, testnet 300); register the "
        "key again with change_api_key()"
    )


class ApiKeyNotFoundError(InvalidSignatureError):
    """No public key is registered at this (account, api_key_index)."""

    fix = "register_key"
    default_hint = "register the key first: client.change_api_key() with the account's eth_private_key"


class InvalidPublicKeyError(BadRequestError):
    """The registered public key is unknown or in an old format (code 21136)."""

    fix = "register_key"
    default_hint = "register the API key (change_api_key()) on this network"


class AccountNotFoundError(BadRequestError):
    """The account does not exist on this network."""

    fix = "find_account"
    default_hint = "check account_index; look it up with client.account.by_l1_address(address)"


class InvalidTxTypeForAccountError(BadRequestError):
    """The account type may not send this transaction (code 21511)."""

    default_hint = "sub-accounts and public pools cannot send every transaction type"


class NotEnoughMarginError(BadRequestError):
    """The account's collateral does not cover the order or the change (codes 21507, 21508, 21739)."""

    default_hint = "deposit or transfer USDC, lower the size, or lower the leverage"


class OrderNotFoundError(BadRequestError):
    """The order does not exist or is no longer active."""

    default_hint = "the order may have been filled, cancelled or expired; list active orders first"


class InvalidOrderError(BadRequestError):
    """The exchange refused the order's parameters (codes 216xx, 217xx, 219xx)."""

    fix = "market_rules"
    default_hint = "check the market's tick, lot, minimum size and price bands (client.market(...))"


class TooManyPendingTxsError(BadRequestError):
    """Too many transactions are pending for this account (code 21506). Safe to retry after a pause."""

    retryable = True
    default_hint = "wait for pending transactions to execute before sending more"


class IntegratorNotApprovedError(BadRequestError):
    """The order names an integrator this account has not approved, or fees above the approved caps
    (code 21149). The nonce is not consumed."""

    default_hint = (
        "approve the integrator first with client.approve_integrator(index, max_perps_taker_fee=..., ...), "
        "or lower the integrator fees to the approved caps"
    )


class InvalidParamError(BadRequestError):
    """A request parameter is invalid (code 20001)."""


class InvalidTxError(BadRequestError):
    """The transaction could not be decoded or is not supported (codes 21501-21505)."""

    default_hint = "the signer and the exchange disagree on the tx format; update the SDK"


# --- Streaming (WebSocket) ------------------------------------------------------------------------------


class WebSocketError(LighterError):
    """Base class of every streaming error."""


class WsServerError(WebSocketError):
    """The server sent an ``error`` frame (``{"error": {"code", "message"}}``)."""

    def __init__(self, message: str, *, code: int | None = None, channel: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.channel = channel

    def __str__(self) -> str:
        head = f"[code {self.code}] " if self.code is not None else ""
        where = f" (channel {self.channel})" if self.channel else ""
        return f"{head}{self.message}{where}"


class SubscriptionError(WsServerError):
    """A subscribe or unsubscribe was refused (invalid channel, auth missing or expired, limits)."""


class MissingAuthError(WebSocketError, ValueError):
    """A private channel needs an auth token: build the client with ``auth=`` or the API key arguments."""


class WsConnectionClosedError(WebSocketError):
    """The connection closed before the answer to a request arrived.

    For a transaction this means the outcome is unknown: it may or may not have been accepted.
    """


class WsTimeoutError(WebSocketError, TimeoutError):
    """A subscription acknowledgement or a transaction result did not arrive in time."""


class OrderBookError(WebSocketError):
    """A frame the local order book cannot apply. The book is marked unsynced."""

    def __init__(self, message: str, *, market_id: int | None = None) -> None:
        super().__init__(message)
        self.market_id = market_id


class OrderBookGapError(OrderBookError):
    """A sequence gap: ``begin_nonce`` is not the previous ``nonce``, or ``offset`` does not follow."""

    def __init__(
        self,
        message: str,
        *,
        market_id: int | None = None,
        expected: int | None = None,
        received: int | None = None,
        field: str = "offset",
    ) -> None:
        super().__init__(message, market_id=market_id)
        self.expected = expected
        self.received = received
        self.field = field


class OrderBookNotSnapshottedError(OrderBookError):
    """A diff arrived for a book that has never received a snapshot."""


class InvalidOrderBookFrameError(OrderBookError):
    """A malformed order-book frame, or a level with an absurd price or size."""


# --- Shared stores (Redis). Messages name the server with its password masked, never the secret. ---------


class StoreError(LighterError):
    """A shared store (Redis) could not do what was asked."""


class StoreConfigError(StoreError, ConfigError):
    """The store URL or options are malformed (unknown scheme, bad port, bad TTL...)."""


class StoreUnavailableError(StoreError):
    """The store cannot be reached (refused, reset, timed out), at start or mid-run after retrying.

    Nothing was signed for the call that raised it: take the error as "try again later".
    """


class StoreAuthenticationError(StoreError):
    """The store refused the credentials in the URL (wrong password or user, or none given)."""


class LockLostError(StoreError, NonceError):
    """This worker's hold on an API key expired or was taken over; it must not use nonces it reserved."""


class KeyLeaseUnavailableError(StoreError):
    """Every API key asked for is leased by another worker."""


# --- Recordings -----------------------------------------------------------------------------------------


class RecordingError(ValueError):
    """A path that is not a recording, or a recording that cannot be read (names the file and line)."""


# code -> (class, short description). Sources: codes quoted in public clients (ccxt's Lighter table,
# lighter-python issues); where a code's meaning is only inferred it says so.
RESULT_CODES: dict[int, tuple[type[APIStatusError], str]] = {
    20001: (InvalidParamError, "invalid param"),
    21100: (AccountNotFoundError, "account not found (inferred from user reports)"),
    21104: (InvalidNonceError, "invalid nonce"),
    21120: (InvalidSignatureError, "invalid signature"),
    21136: (InvalidPublicKeyError, "invalid PublicKey, update the sdk"),
    21149: (IntegratorNotApprovedError, "integrator is not approved"),
    21500: (NotFoundError, "transaction not found"),
    21501: (InvalidTxError, "invalid tx info"),
    21502: (InvalidTxError, "marshal tx failed"),
    21503: (InvalidTxError, "marshal event failed"),
    21504: (InvalidSignatureError, "fail to l1 signature"),
    21505: (InvalidTxError, "unsupported tx type"),
    21506: (TooManyPendingTxsError, "too many pending txs"),
    21507: (NotEnoughMarginError, "account is below maintenance margin"),
    21508: (NotEnoughMarginError, "account is below initial margin"),
    21511: (InvalidTxTypeForAccountError, "invalid tx type for account"),
    21614: (InvalidOrderError, "no position found"),
    21700: (OrderNotFoundError, "invalid order index"),
    21701: (InvalidOrderError, "invalid base amount (quoted by a third-party client only)"),
    21707: (OrderNotFoundError, "account is not owner of the order"),
    21708: (OrderNotFoundError, "order is empty"),
    21709: (OrderNotFoundError, "order is inactive"),
    21715: (OrderNotFoundError, "given order is not an active order"),
    21739: (NotEnoughMarginError, "not enough margin to create the order"),
    23000: (RateLimitError, "too many requests"),
    23001: (RateLimitError, "too many subscriptions"),
    23002: (RateLimitError, "too many different accounts"),
    23003: (RateLimitError, "too many connections"),
    # WebSocket message limits (third-party docs citing the exchange's: 200 messages a minute, at most 50
    # unanswered in flight); which of the two codes is which is not published.
    30009: (RateLimitError, "websocket message limit reached"),
    30010: (RateLimitError, "websocket message limit reached"),
}

# Older servers answer {"code": 400, "message": "invalid nonce"}: match well-known message fragments too.
_MESSAGE_FRAGMENTS: tuple[tuple[str, type[APIStatusError]], ...] = (
    ("invalid nonce", InvalidNonceError),
    ("invalid signature", InvalidSignatureError),
    ("invalid publickey", InvalidPublicKeyError),
    ("api key not found", ApiKeyNotFoundError),
    ("not enough margin", NotEnoughMarginError),
    ("not enough collateral", NotEnoughMarginError),
    ("below initial margin", NotEnoughMarginError),
    ("below maintenance margin", NotEnoughMarginError),
    ("order not found", OrderNotFoundError),
    ("account not found", AccountNotFoundError),
    ("too many pending", TooManyPendingTxsError),
    ("too many requests", RateLimitError),
    ("integrator is not approved", IntegratorNotApprovedError),
)

_STATUS_CLASSES: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    429: RateLimitError,
}


def error_class_for(status_code: int | None, code: int | None, message: str) -> type[APIStatusError]:
    """Pick the most specific exception class for an error answer (pure)."""
    # The server's words first: the numeric catalogue is partly inferred, the messages are not.
    lowered = message.lower()
    for fragment, cls in _MESSAGE_FRAGMENTS:
        if fragment in lowered:
            return cls
    if code is not None and code in RESULT_CODES:
        return RESULT_CODES[code][0]
    if code is not None and 21600 <= code <= 21999:
        return InvalidOrderError
    if code is not None and (23000 <= code <= 23099 or code in (30009, 30010)):
        return RateLimitError
    if status_code is not None:
        if status_code in _STATUS_CLASSES:
            return _STATUS_CLASSES[status_code]
        if status_code >= 500:
            return InternalServerError
        if 400 <= status_code < 500:
            return BadRequestError if status_code in (405, 409, 422) else APIStatusError
    return BadRequestError


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:200].lower()
    return head.startswith("<!doctype") or head.startswith("<html") or "<body" in head or "<head" in head


def parse_error_body(content: bytes, content_type: str = "") -> tuple[int | None, str, Any]:
    """Extract ``(code, message, parsed body)`` from an error body of any shape (pure).

    Handles ``{code, message}``, the WebSocket-style ``{"error": {code, message}}``, plain text and HTML.
    """
    text = content.decode("utf-8", errors="replace")
    if "html" in content_type.lower() or _looks_like_html(text):
        return None, "the server answered with an HTML page instead of JSON", None
    try:
        body = _json.loads(text) if text.strip() else None
    except ValueError:
        snippet = text.strip().replace("\n", " ")[:200]
        return None, snippet or "empty error body", text
    if isinstance(body, dict):
        nested = body.get("error")
        inner: dict[str, Any] = nested if isinstance(nested, dict) else body
        raw_code = inner.get("code")
        try:
            code = int(raw_code) if raw_code is not None else None
        except (TypeError, ValueError):
            code = None
        message = inner.get("message")
        if not isinstance(message, str) or not message:
            message = RESULT_CODES[code][1] if code in RESULT_CODES else "error without a message"
        return code, message, body
    return None, str(body)[:200], body


def make_status_error(
    status_code: int | None,
    content: bytes,
    *,
    content_type: str = "",
    url: str = "",
) -> APIStatusError:
    """Build the typed error for an error answer (HTTP status and body). Pure; never includes secrets."""
    code, message, body = parse_error_body(content, content_type)
    if body is None and "HTML" in message:
        where = f" from {safe_url(url)}" if url else ""
        message = f"{message} (HTTP {status_code}{where})"
        cls: type[APIStatusError] = (
            InternalServerError if status_code is not None and status_code >= 500 else APIStatusError
        )
        if status_code in _STATUS_CLASSES:
            cls = _STATUS_CLASSES[status_code]
        return cls(
            message, status_code=status_code, body=None, hint="check base_url; a proxy or CDN answered"
        )
    cls = error_class_for(status_code, code, message)
    return cls(message, code=code, status_code=status_code, body=body)


def safe_url(url: object) -> str:
    """A URL fit for an error message: masked (`lighter._secrets.mask_url`) and without its query string."""
    return mask_url(url).split("?", 1)[0].split("#", 1)[0]
