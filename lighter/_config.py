"""Networks, environment variables and client settings.

The chain id is part of every signature, so it is never guessed from a URL: it comes from a network
profile (`network="mainnet"` -> 304, `"testnet"` -> 300, `"local"` -> 304 like `lighter sim`) or is given
explicitly next to `base_url`.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

from lighter._errors import ConfigError

DEFAULT_TIMEOUT = 10.0
DEFAULT_CONNECT_TIMEOUT = 5.0
DEFAULT_MAX_RETRIES = 2


@dataclass(frozen=True)
class Network:
    """A network profile: where the REST API and the stream live, and the chain id signatures use."""

    name: str
    base_url: str | None
    chain_id: int

    @property
    def ws_url(self) -> str | None:
        """The WebSocket URL derived from the REST base (``/stream``)."""
        if self.base_url is None:
            return None
        return ws_url_for(self.base_url)


NETWORKS: dict[str, Network] = {
    "mainnet": Network("mainnet", "https://mainnet.zklighter.elliot.ai", 304),
    "testnet": Network("testnet", "https://testnet.zklighter.elliot.ai", 300),
    # The local exchange (`lighter sim`) picks its port at start-up, so its base_url must be given.
    "local": Network("local", None, 304),
}


def ws_url_for(base_url: str) -> str:
    """``https://host`` -> ``wss://host/stream``; ``http://127.0.0.1:8080`` -> ``ws://127.0.0.1:8080/stream``."""
    url = base_url.rstrip("/")
    if url.startswith("https://"):
        url = "wss://" + url[len("https://") :]
    elif url.startswith("http://"):
        url = "ws://" + url[len("http://") :]
    return url + "/stream"


def resolve_endpoint(
    *, network: str | None, base_url: str | None, chain_id: int | None
) -> tuple[str, int, str]:
    """Return ``(base_url, chain_id, network_name)`` or raise a ConfigError that says what to pass."""
    if network is not None:
        profile = NETWORKS.get(network.lower())
        if profile is None:
            known = ", ".join(sorted(NETWORKS))
            raise ConfigError(f"unknown network {network!r}; use one of: {known}")
        url = base_url or profile.base_url
        if url is None:
            raise ConfigError(
                f"network {profile.name!r} needs base_url (the URL `lighter sim` printed, e.g. "
                "http://127.0.0.1:PORT)",
                missing=("base_url",),
            )
        return (
            _check_url(url),
            _check_chain_id(chain_id if chain_id is not None else profile.chain_id),
            (profile.name),
        )
    if base_url is None:
        raise ConfigError(
            "pass network='mainnet' or 'testnet', or base_url=... together with chain_id=... "
            "(or use Lighter.from_env() with LIGHTER_NETWORK / LIGHTER_BASE_URL)",
            missing=("network",),
        )
    if chain_id is None:
        raise ConfigError(
            f"base_url={_check_url(base_url)!r} needs an explicit chain_id (mainnet 304, testnet 300): "
            "the chain id is part of every signature and is never guessed from the URL",
            missing=("chain_id",),
        )
    return _check_url(base_url), _check_chain_id(chain_id), "custom"


def _check_url(url: str) -> str:
    if not isinstance(url, str) or not url.startswith(("http://", "https://")):
        raise ConfigError(f"base_url must start with http:// or https://, got {url!r}")
    return url.rstrip("/")


def _check_chain_id(chain_id: object) -> int:
    if isinstance(chain_id, bool) or not isinstance(chain_id, int) or not 0 < chain_id < 2**32:
        raise ConfigError(
            f"chain_id must be a positive 32-bit integer (mainnet 304, testnet 300), got {chain_id!r}"
        )
    return chain_id


ENV_VARS = (
    "LIGHTER_NETWORK",
    "LIGHTER_BASE_URL",
    "LIGHTER_CHAIN_ID",
    "LIGHTER_ACCOUNT_INDEX",
    "LIGHTER_API_KEY_INDEX",
    "LIGHTER_API_PRIVATE_KEY",
    "LIGHTER_ETH_PRIVATE_KEY",
    "LIGHTER_REDIS_URL",
)
REDIS_URL_VAR = "LIGHTER_REDIS_URL"


def store_network_name(network: str, base_url: str, chain_id: int) -> str:
    """The name that namespaces shared-store keys (Redis) for one exchange.

    Mainnet and testnet (by profile, or by their URL and chain id) are their profile names, so every
    process of a fleet agrees however it was configured; any other exchange (a local one, a proxy) is
    named by its chain id, host and port, so two local exchanges never share nonce counters.
    """
    url = base_url.rstrip("/")
    for profile in NETWORKS.values():
        if profile.base_url is not None and profile.base_url == url and profile.chain_id == chain_id:
            return profile.name
    parts = urlsplit(url)
    raw = f"{network}-{chain_id}-{parts.hostname or ''}-{parts.port or ''}"
    return re.sub(r"[^A-Za-z0-9_.-]", "_", raw)[:64]


def settings_from_env(environ: Mapping[str, str] | None = None) -> dict[str, object]:
    """Read the ``LIGHTER_*`` variables into keyword arguments for ``Lighter(...)`` (pure over `environ`).

    Values that are absent are left out, so explicit keyword arguments can complete them.
    """
    env = os.environ if environ is None else environ
    out: dict[str, object] = {}

    def get(name: str) -> str | None:
        value = env.get(name)
        return value.strip() if value is not None and value.strip() else None

    if (value := get("LIGHTER_NETWORK")) is not None:
        out["network"] = value
    if (value := get("LIGHTER_BASE_URL")) is not None:
        out["base_url"] = value
    for var, key in (
        ("LIGHTER_CHAIN_ID", "chain_id"),
        ("LIGHTER_ACCOUNT_INDEX", "account_index"),
        ("LIGHTER_API_KEY_INDEX", "api_key_index"),
    ):
        if (value := get(var)) is not None:
            try:
                out[key] = int(value)
            except ValueError:
                raise ConfigError(f"{var} must be an integer, got {value!r}") from None
    if (value := get("LIGHTER_API_PRIVATE_KEY")) is not None:
        out["api_private_key"] = value
    if (value := get("LIGHTER_ETH_PRIVATE_KEY")) is not None:
        out["eth_private_key"] = value
    return out
