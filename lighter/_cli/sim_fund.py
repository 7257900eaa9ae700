"""``lighter sim --fund [USDC]``: a funded account with a registered API key on a running local exchange,
saved as a profile (default ``sim``) so ``lighter --profile sim account`` works at once.

It goes through the public API as any client would (deposit via the sim's admin route, account lookup,
ChangePubKey signed with a fresh Ethereum key); the two new keys go into files of mode 0600 beside the
config file, and the profile points at them. Nothing is printed of either key.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from lighter import _json
from lighter._cli.context import EXIT_NETWORK, EXIT_USAGE, CliError
from lighter._secrets import mask_url

SIM_API_KEY_INDEX = 3
WAIT_SECONDS = 10.0


def _base_url(args: argparse.Namespace, environ: Any) -> str:
    from lighter.profiles import load_profiles

    if args.base_url:
        return str(args.base_url)
    from_env = (environ.get("LIGHTER_BASE_URL") or "").strip()
    if from_env:
        return from_env
    profile = load_profiles(environ).get(args.profile_name)
    if profile is not None and profile.values.get("base_url"):
        return str(profile.values["base_url"])
    raise CliError("which sim? pass --base-url URL (the URL `lighter sim` printed)")


def _amount(text: str) -> Decimal:
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise CliError(f"--fund takes an amount of USDC, got {text!r}") from None
    if not value.is_finite() or value <= 0 or value > Decimal(10**12):
        raise CliError(f"--fund takes a positive amount of USDC up to 10^12, got {text!r}")
    return value


def _chain_id(base_url: str) -> int:
    import httpx

    try:
        body = _json.loads(httpx.get(base_url.rstrip("/") + "/sim/v1/health", timeout=5).content)
    except (httpx.HTTPError, ValueError) as exc:
        raise CliError(
            f"cannot reach a local exchange at {mask_url(base_url)} ({type(exc).__name__}): is `lighter sim` "
            "running?",
            exit_code=EXIT_NETWORK,
        ) from None
    chain_id = body.get("chain_id") if isinstance(body, dict) else None
    if not isinstance(chain_id, int):
        raise CliError(
            f"{mask_url(base_url)} does not answer like `lighter sim` (no chain id in /sim/v1/health)"
        )
    return chain_id


def fund(args: argparse.Namespace, environ: Any = None) -> int:
    """Onboard, write the key files and the profile, report; one error line (or JSON) on failure."""
    env = os.environ if environ is None else environ
    try:
        data = _fund(args, env)
    except Exception as exc:
        from lighter._cli.report import report_error
        from lighter._errors import ConfigError

        if isinstance(exc, CliError):
            code, message = exc.exit_code, str(exc)
        elif isinstance(exc, ConfigError):
            code, message = EXIT_USAGE, str(exc)
        else:
            raise
        report_error(sys.stderr, exc, code, message, as_json=args.json)
        return code
    if args.json:
        sys.stdout.write(json.dumps(data) + "\n")
    else:
        sys.stdout.write(
            f"✓ account {data['account_index']} funded with {data['usdc']} USDC, API key "
            f"{data['api_key_index']} registered\n"
            f"  profile '{data['profile']}' written to {data['config']} (keys in files of mode 0600)\n"
            f"Try: lighter --profile {data['profile']} account\n"
        )
    sys.stdout.flush()
    return 0


def _fund(args: argparse.Namespace, env: Any) -> dict[str, Any]:
    from lighter.profiles import NAME_RE, keys_dir, update_config, write_key_file
    from lighter.testing.onboarding import onboard

    if not NAME_RE.match(args.profile_name):
        raise CliError(f"--profile-name {args.profile_name!r}: use letters, digits, '-' and '_'")
    usdc = _amount(args.fund)
    base_url = _base_url(args, env).rstrip("/")
    chain_id = _chain_id(base_url)
    try:
        creds = onboard(
            base_url, chain_id=chain_id, usdc=usdc, api_key_index=SIM_API_KEY_INDEX, timeout=WAIT_SECONDS
        )
    except RuntimeError as exc:  # the sim refused a step (its message names which)
        raise CliError(str(exc), exit_code=3) from None
    folder = keys_dir(env)
    stem = f"{args.profile_name}-{creds.account_index}"
    api_file = write_key_file(folder / f"{stem}.api.key", creds.api_private_key, replace=True)
    eth_file = write_key_file(folder / f"{stem}.eth.key", creds.eth_private_key, replace=True)
    path: Path = update_config(
        {
            "base_url": base_url,
            "chain_id": chain_id,
            "account_index": creds.account_index,
            "api_key_index": creds.api_key_index,
            "api_key_file": str(api_file),
            "eth_key_file": str(eth_file),
        },
        args.profile_name,
        env,
        unset=("network", "api_key_env", "api_key_keyring", "eth_key_env", "eth_key_keyring"),
    )
    return {
        "profile": args.profile_name,
        "config": str(path),
        "base_url": base_url,
        "chain_id": chain_id,
        "account_index": creds.account_index,
        "api_key_index": creds.api_key_index,
        "l1_address": creds.l1_address,
        "usdc": str(usdc),
    }
