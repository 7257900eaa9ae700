"""What every command needs: where the exchange is, the account's credentials, and a client.

Settings come from the command line first, then the ``LIGHTER_*`` environment variables of the client
(``LIGHTER_NETWORK``, ``LIGHTER_BASE_URL``, ``LIGHTER_CHAIN_ID``, ``LIGHTER_ACCOUNT_INDEX``,
``LIGHTER_API_KEY_INDEX``, ``LIGHTER_API_PRIVATE_KEY``, ``LIGHTER_ETH_PRIVATE_KEY``), then the profile
(``--profile NAME`` or ``LIGHTER_PROFILE``, see `lighter.profiles`), then defaults (mainnet). Private keys
come from the environment, a key file or the keyring, never from the command line: a key there would show
in ``ps`` and in shell history.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from lighter._cli.output import Output

if TYPE_CHECKING:  # pragma: no cover
    from lighter.client import AsyncLighter, Lighter

EXIT_OK = 0
EXIT_BUG = 1  # an unexpected error: a traceback is shown
EXIT_USAGE = 2  # bad arguments, configuration or input (also argparse's own code)
EXIT_API = 3  # the exchange refused the request
EXIT_NETWORK = 4  # the exchange could not be reached or did not answer in time
EXIT_INTERRUPTED = 130  # Ctrl-C

_LOOPBACK = ("127.0.0.1", "localhost", "::1")
LOCAL_CHAIN_ID = 304  # what `lighter sim` signs with unless told otherwise


class CliError(Exception):
    """A user-facing failure: printed as one line, no traceback, with an exit code."""

    def __init__(self, message: str, exit_code: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.exit_code = exit_code


@dataclass(frozen=True)
class Endpoint:
    """Where the exchange answers, and the chain id signatures use."""

    network: str
    base_url: str
    ws_url: str
    chain_id: int


class Context:
    """The parsed arguments, the environment and the output of one ``lighter`` run."""

    def __init__(
        self, args: argparse.Namespace, out: Output, environ: Mapping[str, str] | None = None
    ) -> None:
        self.args = args
        self.out = out
        self.env: Mapping[str, str] = os.environ if environ is None else environ
        self._cached: dict[str, Any] | None = None

    def opt(self, name: str) -> Any:
        """A global option (they may be given before or after the command), or None."""
        return getattr(self.args, name, None)

    def _settings(self) -> dict[str, Any]:
        """Environment over profile (flags are applied on top by each caller); read once per run."""
        if self._cached is not None:
            return dict(self._cached)
        from lighter._config import settings_from_env
        from lighter.profiles import layer, profile_settings

        upper = dict(settings_from_env(self.env))
        for key in ("network", "base_url"):  # a flag naming the endpoint sets the profile's aside too
            if self.opt(key) is not None:
                upper[key] = self.opt(key)
        self._cached = layer(profile_settings(self.opt("profile"), self.env), upper)
        return dict(self._cached)

    def endpoint(self) -> Endpoint:
        """Resolve network, base URL, WebSocket URL and chain id (flags, then env, then mainnet)."""
        from lighter._config import resolve_endpoint, ws_url_for

        env = self._settings()
        network = self.opt("network") or env.get("network")
        base_url = self.opt("base_url") or env.get("base_url")
        chain_id = self.opt("chain_id") or env.get("chain_id")
        if network is None and base_url is None:
            network = "mainnet"
        if network is None and chain_id is None and base_url is not None:
            # A loopback URL is a local exchange (`lighter sim` signs with chain id 304 by default).
            host = urlsplit(str(base_url)).hostname or ""
            if host in _LOOPBACK:
                network = "local"
        url, chain, name = resolve_endpoint(network=network, base_url=base_url, chain_id=chain_id)
        return Endpoint(name, url, self.opt("ws_url") or ws_url_for(url), chain)

    def client_kwargs(self, *, credentials: bool = True) -> dict[str, Any]:
        """Keyword arguments for ``Lighter``/``AsyncLighter``: endpoint plus credentials from env/flags."""
        ep = self.endpoint()
        kwargs: dict[str, Any] = {"base_url": ep.base_url, "chain_id": ep.chain_id}
        if not credentials:
            return kwargs
        env = self._settings()
        for key in ("account_index", "api_key_index", "api_private_key", "eth_private_key"):
            value = env.get(key)
            if value is not None:
                kwargs[key] = value
        for key in ("account_index", "api_key_index"):
            if self.opt(key) is not None:
                kwargs[key] = self.opt(key)
        if "api_private_key" not in kwargs:  # an index alone cannot sign: the client says what is missing
            kwargs.pop("api_key_index", None)
        return kwargs

    def client(self, *, credentials: bool = True, **overrides: Any) -> Lighter:
        """A blocking client for this run."""
        from lighter.client import Lighter

        return Lighter(**{**self.client_kwargs(credentials=credentials), **overrides})

    def async_client(self, *, credentials: bool = True, **overrides: Any) -> AsyncLighter:
        """An asyncio client for this run."""
        from lighter.client import AsyncLighter

        return AsyncLighter(**{**self.client_kwargs(credentials=credentials), **overrides})

    def given_settings(self) -> set[str]:
        """Names of the client settings this run has from flags or the environment (for error hints)."""
        try:
            env = self._settings()
        except Exception:  # a malformed variable: it is reported on its own
            env = {}
        names = {key for key, value in env.items() if value is not None}
        names |= {
            key
            for key in ("account_index", "api_key_index", "chain_id", "base_url", "network")
            if self.opt(key)
        }
        return names

    def account_index(self, given: int | None = None) -> int:
        """The account to look at: an explicit argument, ``--account-index``, or LIGHTER_ACCOUNT_INDEX."""
        if given is not None:
            return given
        value = self.opt("account_index")
        if value is None:
            value = self._settings().get("account_index")
        if value is None:
            raise CliError(
                "which account? pass --account-index N (or set LIGHTER_ACCOUNT_INDEX); "
                "`lighter account --l1 0xADDRESS` finds it from an Ethereum address"
            )
        return int(value)
