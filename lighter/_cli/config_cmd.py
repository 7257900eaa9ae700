"""``lighter config list|show|set|path``: the profiles of the config file. Secrets are never printed:
a key is shown as where it comes from (``file ~/.config/lighter/keys/sim.key``), never its value."""

from __future__ import annotations

from typing import Any

from lighter._cli.context import CliError, Context
from lighter.profiles import (
    INT_KEYS,
    KNOWN_KEYS,
    Profile,
    config_path,
    get_profile,
    load_profiles,
    resolve_profile_name,
    update_config,
)


def _where(profile: Profile) -> str:
    values = profile.values
    return str(values.get("base_url") or values.get("network") or "")


def _describe(profile: Profile) -> dict[str, Any]:
    values = dict(profile.values)
    return {
        "name": profile.name,
        **values,
        "api_key_from": profile.key_source("api_key"),
        "eth_key_from": profile.key_source("eth_key"),
    }


def config(ctx: Context) -> int:
    """Dispatch ``config ACTION``."""
    action = ctx.args.action
    if action == "path":
        path = config_path(ctx.env)
        if ctx.out.json_mode:
            ctx.out.json({"path": str(path), "exists": path.exists()})
        else:
            ctx.out.line(str(path))
        return 0
    if action == "set":
        return _set(ctx)
    if action == "show":
        return _show(ctx)
    return _list(ctx)


def _list(ctx: Context) -> int:
    profiles = load_profiles(ctx.env)
    active = resolve_profile_name(ctx.opt("profile"), ctx.env)
    if ctx.out.json_mode:
        ctx.out.json([{**_describe(p), "active": p.name == active} for p in profiles.values()])
        return 0
    if not profiles:
        ctx.out.note(
            f"no profiles in {config_path(ctx.env)} yet: `lighter config set NAME network testnet` creates "
            "one, `lighter sim --fund` writes the 'sim' profile"
        )
        return 0
    rows = [
        [
            ("* " if p.name == active else "  ") + p.name,
            _where(p),
            str(p.values.get("chain_id", "")),
            str(p.values.get("account_index", "")),
            str(p.values.get("api_key_index", "")),
            p.key_source("api_key"),
        ]
        for p in profiles.values()
    ]
    ctx.out.table(["PROFILE", "WHERE", "CHAIN", "ACCOUNT", "KEY INDEX", "API KEY FROM"], rows, align="lllrrl")
    return 0


def _show(ctx: Context) -> int:
    name = resolve_profile_name(ctx.args.name or ctx.opt("profile"), ctx.env)
    if name is None:
        raise CliError("which profile? `lighter config show NAME` (`lighter config list` lists them)")
    profile = get_profile(name, ctx.env)
    data = _describe(profile)
    if ctx.out.json_mode:
        ctx.out.json(data)
        return 0
    ctx.out.pairs([(k, str(v)) for k, v in data.items() if k != "name"], title=f"Profile {name}")
    return 0


def _set(ctx: Context) -> int:
    args = ctx.args
    key, raw = args.key, args.value
    if key not in KNOWN_KEYS:
        raise CliError(
            f"unknown setting {key!r} (settings: {', '.join(KNOWN_KEYS)}); keys themselves never go in the "
            "config file: point to them with api_key_file, api_key_env or api_key_keyring"
        )
    value: str | int = raw
    if key in INT_KEYS:
        try:
            value = int(raw)
        except ValueError:
            raise CliError(f"{key} must be an integer, got {raw!r}") from None
    path = update_config({key: value}, args.name, ctx.env)
    if ctx.out.json_mode:
        ctx.out.json({"path": str(path), "profile": args.name, "key": key, "value": value})
    else:
        ctx.out.note(f"{path}: [profiles.{args.name}] {key} = {value!r}")
    return 0
