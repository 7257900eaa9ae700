"""Errors in the command line's own terms: flags, environment variables and commands, not Python calls.

The library's messages and hints speak Python (``Lighter(account_index=...)``,
``client.change_api_key()``). The errors carry what is structured about them (`ConfigError.missing`,
`APIError.fix`, the error class), and this module says the same thing for someone at a shell.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Any

from lighter._errors import APIError, ConfigError, PrecisionError, UnknownMarketError

# What each setting is, and how to give it to `lighter` (read after "needs ...").
SETTING_HELP: dict[str, str] = {
    "account_index": (
        "your account index: pass --account-index N or set LIGHTER_ACCOUNT_INDEX "
        "(`lighter account --l1 0xADDRESS` finds it)"
    ),
    "api_key_index": (
        "the index your API key is registered at: pass --api-key-index N or set LIGHTER_API_KEY_INDEX"
    ),
    "api_private_key": (
        "the API private key: a profile's api_key_file (mode 0600; `lighter config set NAME api_key_file "
        "FILE`, then --profile NAME), or LIGHTER_API_PRIVATE_KEY in the environment (never a flag)"
    ),
    "eth_private_key": (
        "the account's Ethereum key (this transaction is also signed by it): a profile's eth_key_file "
        "(mode 0600), or LIGHTER_ETH_PRIVATE_KEY in the environment (never a flag)"
    ),
    "chain_id": (
        "the chain id signed into every transaction: pass --chain-id N or set LIGHTER_CHAIN_ID "
        "(mainnet 304, testnet 300; never guessed from a URL)"
    ),
    "base_url": (
        "the exchange's URL: pass --base-url URL (the one `lighter sim` printed) or set LIGHTER_BASE_URL"
    ),
    "network": "a network: --network mainnet|testnet|local, or --base-url URL with --chain-id N",
}

# APIError.fix -> the hint in CLI terms.
FIX_HINTS: dict[str, str] = {
    "find_account": (
        "check the account index; `lighter account --l1 0xADDRESS` lists the accounts of an Ethereum address"
    ),
    "register_key": (
        "the API key (the profile's or LIGHTER_API_PRIVATE_KEY) is not the one registered at --api-key-index "
        "on this network "
        "(or --chain-id is wrong: mainnet 304, testnet 300); register it with `lighter keys register` "
        "(needs LIGHTER_ETH_PRIVATE_KEY)"
    ),
    "auth_token": (
        "this needs an auth token, made from your API key: use --profile NAME (or set "
        "LIGHTER_API_PRIVATE_KEY) with --account-index and --api-key-index"
    ),
    "market_rules": "`lighter markets` shows each market's tick, lot and minimum sizes",
    "rate_limit": (
        "too many requests: wait a moment and try again (Standard accounts get 60 requests a minute)"
    ),
}

_REFRESH_MARKETS = re.compile(r"\s*\(call client\.refresh_markets\(\)[^)]*\)")
_PY_ROUNDING = "pass rounding='down'|'up'|'nearest'"
ROUND_HINT = "pass --round down|up|nearest"
_HINT_TAIL = re.compile(r"^(?P<head>.*) \(hint: (?P<hint>[^()]*(?:\([^()]*\)[^()]*)*)\)$", re.S)
# exit code -> the `code` of a --json error
ERROR_KINDS = {1: "bug", 2: "usage", 3: "refused", 4: "network", 5: "missing_extra"}


def _missing_text(names: tuple[str, ...]) -> str:
    parts = [SETTING_HELP.get(name, name) for name in names]
    return "this command needs " + "; and ".join(parts)


def cli_message(exc: BaseException, given: Collection[str] = ()) -> str | None:
    """The one-line message `lighter` prints for `exc`, or None to print ``str(exc)`` as it is.

    `given` names the settings the command line already has (flags or environment): an error that lists
    several missing settings is narrowed to the ones really missing.
    """
    if isinstance(exc, PrecisionError) and _PY_ROUNDING in str(exc):
        return str(exc).replace(_PY_ROUNDING, ROUND_HINT)
    if isinstance(exc, ConfigError) and exc.missing:
        missing = tuple(name for name in exc.missing if name not in given) or exc.missing
        return _missing_text(missing)
    if isinstance(exc, UnknownMarketError):
        text = str(exc)
        if _REFRESH_MARKETS.search(text):
            return _REFRESH_MARKETS.sub("", text) + " (`lighter markets` lists them all)"
        return None
    if isinstance(exc, APIError) and exc.fix in FIX_HINTS:
        head = str(exc)
        if exc.hint and head.endswith(f" (hint: {exc.hint})"):
            head = head[: -len(f" (hint: {exc.hint})")]
        return f"{head} (hint: {FIX_HINTS[exc.fix]})"
    return None


def split_hint(message: str) -> tuple[str, str | None]:
    """``"what went wrong (hint: the fix)"`` -> (what went wrong, the fix)."""
    match = _HINT_TAIL.match(message)
    if match:
        return match.group("head"), match.group("hint")
    head, sep, fix = message.partition("; ")
    if sep and fix.startswith(("pass ", "use ", "set ", "run ", "round ", "pip install")):
        return head, fix
    return message, None


def error_document(exc: BaseException, exit_code: int, message: str) -> dict[str, Any]:
    """The ``--json`` form of an error: ``{"error", "code", "hint", "exit_code", "type"}`` (+ the
    exchange's numeric ``exchange_code`` when it refused)."""
    from lighter._extras import MissingExtraError, install_hint

    error, hint = split_hint(message)
    if isinstance(exc, MissingExtraError):
        hint = install_hint(exc.extra)
    elif isinstance(exc, ConfigError) and exc.missing and hint is None:
        hint = error
    doc: dict[str, Any] = {
        "error": error,
        "code": ERROR_KINDS.get(exit_code, "error"),
        "hint": hint,
        "exit_code": exit_code,
        "type": type(exc).__name__,
    }
    api_code = getattr(exc, "code", None) if isinstance(exc, APIError) else None
    if isinstance(api_code, int):
        doc["exchange_code"] = api_code
    return doc
