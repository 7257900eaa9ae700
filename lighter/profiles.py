"""Named profiles: where to trade and as whom, in ``~/.config/lighter/config.toml``.

.. code-block:: toml

    [profiles.main]
    network = "mainnet"
    account_index = 123
    api_key_index = 4
    api_key_file = "~/.config/lighter/keys/main.key"    # must be mode 0600

    [profiles.ci]
    network = "testnet"
    account_index = 456
    api_key_index = 5
    api_key_env = "CI_LIGHTER_KEY"                      # the key is in this environment variable

The file is ``$LIGHTER_CONFIG``, else ``$XDG_CONFIG_HOME/lighter/config.toml``, else
``~/.config/lighter/config.toml``. A profile is chosen by name (``Lighter.from_profile("main")``,
``lighter --profile main``) or by ``LIGHTER_PROFILE``. Keys never live in the file itself: a key comes
from an environment variable (``api_key_env``), a file only its owner can read (``api_key_file``, refused
when group or others may read it), or the OS keyring (``api_key_keyring``, with the ``keyring`` extra).
The same three forms exist for the Ethereum key (``eth_key_*``), needed only for L1-signed transactions.

Precedence: explicit arguments > ``LIGHTER_*`` environment variables > the profile. Where to connect is
one decision: when the environment or the arguments name a network or a base URL, the profile's network,
base URL and chain id are all set aside (never a mix of two exchanges).
"""

from __future__ import annotations

import os
import re
import stat
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lighter._errors import ProfileError

__all__ = [
    "KEYRING_SERVICE",
    "Profile",
    "ProfileError",
    "config_path",
    "layer",
    "load_profiles",
    "profile_settings",
    "resolve_profile_name",
    "set_value",
    "write_key_file",
]

PROFILE_VAR = "LIGHTER_PROFILE"
CONFIG_VAR = "LIGHTER_CONFIG"
KEYRING_SERVICE = "lighter-client"  # keyring entries: service "lighter-client", username as configured
MAX_CONFIG_BYTES = 1 << 20  # a config file is a few hundred bytes; refuse anything absurd
NAME_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")

# key -> type of its value. Secrets are never values: only where to find them.
STR_KEYS: tuple[str, ...] = ("network", "base_url", "api_key_env", "api_key_file", "api_key_keyring")
STR_KEYS += ("eth_key_env", "eth_key_file", "eth_key_keyring", "description")
INT_KEYS = ("chain_id", "account_index", "api_key_index")
KNOWN_KEYS = STR_KEYS + INT_KEYS
ENDPOINT_KEYS = ("network", "base_url", "chain_id")
SECRET_SOURCES = {"api_private_key": "api_key", "eth_private_key": "eth_key"}


def config_path(environ: Mapping[str, str] | None = None) -> Path:
    """Where the config file is: ``LIGHTER_CONFIG``, else the XDG config dir (``~/.config/lighter``)."""
    env = os.environ if environ is None else environ
    explicit = (env.get(CONFIG_VAR) or "").strip()
    if explicit:
        return Path(explicit).expanduser()
    base = (env.get("XDG_CONFIG_HOME") or "").strip()
    root = Path(base) if base else Path(env.get("HOME") or Path.home()) / ".config"
    return root / "lighter" / "config.toml"


def _toml_loads(text: str) -> dict[str, Any]:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib  # type: ignore[import-not-found,unused-ignore]
    return tomllib.loads(text)


def _line_of(text: str, section: str, key: str | None = None) -> int | None:
    """The line number of ``[profiles.section]`` (or of ``key`` inside it), for error messages."""
    header = re.compile(rf"^\s*\[\s*profiles\s*\.\s*\"?{re.escape(section)}\"?\s*\]")
    inside = False
    for number, line in enumerate(text.splitlines(), 1):
        if line.lstrip().startswith("["):
            inside = bool(header.match(line))
            if inside and key is None:
                return number
            continue
        if inside and key is not None and re.match(rf"^\s*\"?{re.escape(key)}\"?\s*=", line):
            return number
    return None


@dataclass(frozen=True)
class Profile:
    """One named profile as written in the file (no secret: only where the keys come from)."""

    name: str
    values: Mapping[str, Any]

    def key_source(self, which: str = "api_key") -> str:
        """Where the key comes from, for display: ``env LIGHTER_KEY``, ``file PATH``, ``keyring NAME``."""
        for kind in ("env", "file", "keyring"):
            value = self.values.get(f"{which}_{kind}")
            if value:
                return f"{kind} {value}"
        return "none"


def load_profiles(environ: Mapping[str, str] | None = None, path: Path | None = None) -> dict[str, Profile]:
    """Every profile of the config file (none when the file does not exist); ProfileError when malformed."""
    path = config_path(environ) if path is None else path
    try:
        with open(path, "rb") as fh:
            raw = fh.read(MAX_CONFIG_BYTES + 1)
    except FileNotFoundError:
        return {}
    except OSError as exc:
        raise ProfileError(f"cannot read the config file {path}: {exc.strerror or exc}") from None
    if len(raw) > MAX_CONFIG_BYTES:
        raise ProfileError(f"{path}: larger than {MAX_CONFIG_BYTES} bytes, not a config file")
    try:
        text = raw.decode("utf-8")
        data = _toml_loads(text)
    except UnicodeDecodeError:
        raise ProfileError(f"{path}: not UTF-8 text") from None
    except ValueError as exc:  # tomllib.TOMLDecodeError names the line and column
        raise ProfileError(f"{path}: malformed TOML: {exc}") from None
    unknown_top = sorted(k for k in data if k != "profiles")
    if unknown_top:
        raise ProfileError(f"{path}: unknown top-level key {unknown_top[0]!r} (use [profiles.NAME] tables)")
    tables = data.get("profiles", {})
    if not isinstance(tables, dict):
        raise ProfileError(f"{path}: 'profiles' must be a table of [profiles.NAME] tables")
    out: dict[str, Profile] = {}
    for name, values in tables.items():
        where = f"{path}, line {_line_of(text, name)}" if _line_of(text, name) else str(path)
        if not NAME_RE.match(name):
            raise ProfileError(f"{where}: profile name {name!r}: use letters, digits, '-' and '_'")
        if not isinstance(values, dict):
            raise ProfileError(f"{where}: profiles.{name} must be a table")
        for key, value in values.items():
            line = _line_of(text, name, key)
            at = f"{path}, line {line}" if line else str(path)
            _check_value(f"{at}: profile {name!r}", key, value)
        out[name] = Profile(name, dict(values))
    return out


def _check_value(where: str, key: str, value: object) -> None:
    if key in SECRET_SOURCES or key in ("api_key", "eth_key", "private_key"):
        raise ProfileError(
            f"{where}: {key!r}: keys are never written in the config file; point to them with api_key_file / "
            "eth_key_file (a file of mode 0600), api_key_env / eth_key_env (a variable name) or *_keyring"
        )
    if key not in KNOWN_KEYS:
        raise ProfileError(f"{where}: unknown key {key!r} (known: {', '.join(KNOWN_KEYS)})")
    if key in INT_KEYS and (isinstance(value, bool) or not isinstance(value, int)):
        raise ProfileError(f"{where}: {key} must be an integer, got {value!r}")
    if key in STR_KEYS and not isinstance(value, str):
        raise ProfileError(f"{where}: {key} must be a string, got {value!r}")


def resolve_profile_name(name: str | None, environ: Mapping[str, str] | None = None) -> str | None:
    """The profile to use: ``name``, else ``LIGHTER_PROFILE``, else None."""
    if name:
        return name
    env = os.environ if environ is None else environ
    return (env.get(PROFILE_VAR) or "").strip() or None


def get_profile(name: str, environ: Mapping[str, str] | None = None, path: Path | None = None) -> Profile:
    """The profile called ``name``; ProfileError naming the file and the known profiles otherwise."""
    path = config_path(environ) if path is None else path
    profiles = load_profiles(environ, path)
    profile = profiles.get(name)
    if profile is None:
        known = ", ".join(sorted(profiles)) or "none yet"
        raise ProfileError(
            f"unknown profile {name!r} in {path} (profiles: {known}; `lighter config set {name} network "
            "testnet` creates one)"
        )
    return profile


def check_key_file(path: Path, *, what: str) -> None:
    """Refuse a key file that group or others may read or write (like ssh does)."""
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        raise ProfileError(f"{what}: cannot read {path}: {exc.strerror or exc}") from None
    if os.name == "posix" and mode & 0o077:
        raise ProfileError(
            f"{what}: {path} is accessible by others (mode {stat.S_IMODE(mode):04o}); refusing to use it: "
            f"chmod 600 {path}"
        )


def _read_secret(profile: Profile, which: str, environ: Mapping[str, str]) -> str | None:
    values = profile.values
    what = f"profile {profile.name!r}"
    var = values.get(f"{which}_env")
    if var:
        value = (environ.get(var) or "").strip()
        if not value:
            raise ProfileError(f"{what}: {which}_env names ${var}, which is not set")
        return value
    file = values.get(f"{which}_file")
    if file:
        path = Path(file).expanduser()
        check_key_file(path, what=what)
        with open(path, encoding="utf-8") as fh:
            value = fh.read(4096).strip()
        if not value:
            raise ProfileError(f"{what}: the key file {path} is empty")
        return value
    entry = values.get(f"{which}_keyring")
    if entry:
        from lighter._extras import require

        keyring = require("keyring", extra="keyring", purpose=f"{what} ({which}_keyring)")
        try:
            value = keyring.get_password(KEYRING_SERVICE, entry)
        except Exception as exc:  # no backend, locked keyring...: never echo what the backend said of keys
            raise ProfileError(f"{what}: the OS keyring could not be read ({type(exc).__name__})") from None
        if not value:
            raise ProfileError(
                f"{what}: no keyring entry {entry!r} for service {KEYRING_SERVICE!r} "
                f"(store it with: keyring set {KEYRING_SERVICE} {entry})"
            )
        return str(value).strip()
    return None


def profile_settings(
    name: str | None = None,
    environ: Mapping[str, str] | None = None,
    *,
    path: Path | None = None,
    secrets: bool = True,
) -> dict[str, Any]:
    """Keyword arguments for ``Lighter(...)`` from the profile ``name`` (or ``LIGHTER_PROFILE``).

    Empty when no profile is named. With ``secrets=False`` the keys are not read (for display).
    """
    env = os.environ if environ is None else environ
    chosen = resolve_profile_name(name, env)
    if chosen is None:
        return {}
    profile = get_profile(chosen, env, path)
    out: dict[str, Any] = {
        key: profile.values[key]
        for key in ("network", "base_url", "chain_id", "account_index", "api_key_index")
        if key in profile.values
    }
    if secrets:
        for setting, which in SECRET_SOURCES.items():
            value = _read_secret(profile, which, env)
            if value is not None:
                out[setting] = value
    return out


def layer(lower: Mapping[str, Any], upper: Mapping[str, Any]) -> dict[str, Any]:
    """``upper`` over ``lower``; if ``upper`` names a network or base URL, ``lower``'s endpoint is dropped."""
    base = dict(lower)
    if any(upper.get(key) is not None for key in ("network", "base_url")):
        for key in ENDPOINT_KEYS:
            base.pop(key, None)
    base.update({k: v for k, v in upper.items() if v is not None})
    return base


# -- writing ----------------------------------------------------------------------------------------------


def _toml_value(value: str | int) -> str:
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise TypeError(f"profile values are strings or integers, got {value!r}")
    if isinstance(value, int):
        return str(value)
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    if any(ord(ch) < 0x20 for ch in escaped):
        raise ValueError("profile values are one line of text")
    return f'"{escaped}"'


def set_value(text: str, profile: str, key: str, value: str | int) -> str:
    """``text`` (a config file) with ``key = value`` set in ``[profiles.profile]``; comments are kept."""
    if not NAME_RE.match(profile):
        raise ProfileError(f"profile name {profile!r}: use letters, digits, '-' and '_'")
    _check_value(f"profile {profile!r}", key, value)
    line = f"{key} = {_toml_value(value)}"
    lines = text.splitlines()
    start = _line_of(text, profile)
    if start is None:
        block = (
            ["", f"[profiles.{profile}]", line]
            if any(s.strip() for s in lines)
            else [
                f"[profiles.{profile}]",
                line,
            ]
        )
        return "\n".join([*lines, *block]) + "\n"
    end = start  # index just past the section's last non-blank line
    for i in range(start, len(lines)):
        if lines[i].lstrip().startswith("["):
            break
        if re.match(rf"^\s*\"?{re.escape(key)}\"?\s*=", lines[i]):
            lines[i] = line
            return "\n".join(lines) + "\n"
        if lines[i].strip():
            end = i + 1
    lines.insert(end, line)
    return "\n".join(lines) + "\n"


def unset_value(text: str, profile: str, key: str) -> str:
    """``text`` without the ``key = ...`` line of ``[profiles.profile]`` (unchanged if absent)."""
    start = _line_of(text, profile)
    line = _line_of(text, profile, key)
    if start is None or line is None:
        return text
    lines = text.splitlines()
    del lines[line - 1]
    return "\n".join(lines) + "\n"


def update_config(
    values: Mapping[str, str | int],
    profile: str,
    environ: Mapping[str, str] | None = None,
    *,
    unset: tuple[str, ...] = (),
) -> Path:
    """Set ``values`` (and remove ``unset`` keys) in ``profile`` of the config file, created with mode
    0600 if absent; returns its path. Comments and other profiles are kept as they are."""
    path = config_path(environ)
    try:
        text = path.read_text(encoding="utf-8") if path.exists() else ""
    except (OSError, UnicodeDecodeError) as exc:
        raise ProfileError(f"cannot read the config file {path}: {exc}") from None
    for key in unset:
        text = unset_value(text, profile, key)
    for key, value in values.items():
        text = set_value(text, profile, key, value)
    try:
        _toml_loads(text)
    except ValueError as exc:  # the file was malformed before: do not make it worse
        raise ProfileError(f"{path}: malformed TOML, fix it first: {exc}") from None
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)
    os.replace(tmp, path)
    return path


def write_key_file(path: Path, key: str, *, replace: bool = False) -> Path:
    """Write a key to ``path`` readable by its owner only (mode 0600); an existing file is kept unless
    ``replace`` (used only for the throwaway keys of a local exchange)."""
    path = path.expanduser()
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    target = path.with_name(path.name + ".tmp") if replace else path
    try:
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | (os.O_TRUNC if replace else os.O_EXCL), 0o600)
    except FileExistsError:
        raise ProfileError(f"{path} exists already; not overwriting a key file") from None
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(key + "\n")
    if replace:
        os.chmod(target, 0o600)  # a stale .tmp may have had other bits
        os.replace(target, path)
    return path


def keys_dir(environ: Mapping[str, str] | None = None) -> Path:
    """Where ``lighter`` writes the key files it creates: ``keys/`` beside the config file."""
    return config_path(environ).parent / "keys"
