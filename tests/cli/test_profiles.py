"""Profiles: the config file, precedence (arguments > environment > profile), key sources, `config`."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest

from lighter import AsyncLighter, Lighter
from lighter.profiles import ProfileError, layer, load_profiles, profile_settings, set_value, unset_value
from lighter.signing import PrivateKey
from lighter.testing import LocalExchange
from lighter.testing.onboarding import Credentials

KEY = PrivateKey.generate().to_hex()


def write_config(tmp_path: Path, text: str) -> dict[str, str]:
    path = tmp_path / "config.toml"
    path.write_text(text)
    return {"LIGHTER_CONFIG": str(path), "HOME": str(tmp_path)}


def key_file(tmp_path: Path, key: str = KEY, mode: int = 0o600) -> Path:
    path = tmp_path / "api.key"
    path.write_text(key + "\n")
    path.chmod(mode)
    return path


def test_profile_settings_read_the_key_from_a_file_env_var_or_keyring(tmp_path: Path) -> None:
    kf = key_file(tmp_path)
    env = write_config(
        tmp_path,
        f"""# my accounts
[profiles.main]
network = "testnet"
account_index = 12
api_key_index = 4
api_key_file = "{kf}"

[profiles.ci]
base_url = "http://127.0.0.1:9"
chain_id = 300
api_key_env = "CI_KEY"
""",
    )
    main = profile_settings("main", env)
    assert main == {"network": "testnet", "account_index": 12, "api_key_index": 4, "api_private_key": KEY}
    with pytest.raises(ProfileError, match=r"api_key_env names \$CI_KEY, which is not set"):
        profile_settings("ci", env)
    ci = profile_settings(None, {**env, "LIGHTER_PROFILE": "ci", "CI_KEY": "abc"})
    assert ci == {"base_url": "http://127.0.0.1:9", "chain_id": 300, "api_private_key": "abc"}
    assert profile_settings(None, env) == {}  # no profile named: nothing


def test_keyring_source_uses_the_os_keyring(tmp_path: Path) -> None:
    keyring = pytest.importorskip("keyring")
    from keyring.backend import KeyringBackend

    class Memory(KeyringBackend):
        priority = 1  # type: ignore[assignment]
        store: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.store.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.store[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            self.store.pop((service, username), None)

    env = write_config(tmp_path, '[profiles.k]\nnetwork = "testnet"\napi_key_keyring = "main"\n')
    previous = keyring.get_keyring()
    keyring.set_keyring(Memory())
    try:
        with pytest.raises(ProfileError, match="no keyring entry 'main'"):
            profile_settings("k", env)
        keyring.set_password("lighter-client", "main", KEY)
        assert profile_settings("k", env)["api_private_key"] == KEY
    finally:
        keyring.set_keyring(previous)


def test_a_key_file_others_can_read_is_refused(tmp_path: Path) -> None:
    kf = key_file(tmp_path, mode=0o644)
    env = write_config(tmp_path, f'[profiles.main]\nnetwork = "testnet"\napi_key_file = "{kf}"\n')
    with pytest.raises(ProfileError, match=r"accessible by others \(mode 0644\).*chmod 600"):
        profile_settings("main", env)
    with pytest.raises(ProfileError, match="accessible by others"):
        Lighter.from_profile("main", environ=env)
    kf.chmod(0o640)  # group-readable is refused too
    with pytest.raises(ProfileError, match="mode 0640"):
        profile_settings("main", env)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '[profiles.a]\nnetwork = "testnet"\naccount_index = "twelve"\n',
            r"line 3: .*account_index must be an",
        ),
        ('[profiles.a]\nnetwork = "testnet"\n\nacount_index = 3\n', r"line 4: .*unknown key 'acount_index'"),
        ('[profiles.a]\napi_private_key = "00"\n', r"line 2: .*never written in the config file"),
        ('[profiles.a]\nnetwork = "testnet\n', r"malformed TOML: .*line 2"),
        ('network = "testnet"\n', r"unknown top-level key 'network'"),
    ],
)
def test_malformed_config_names_the_line_and_key(tmp_path: Path, text: str, expected: str) -> None:
    env = write_config(tmp_path, text)
    with pytest.raises(ProfileError, match=expected):
        load_profiles(env)


def test_unknown_profile_names_the_known_ones(tmp_path: Path) -> None:
    env = write_config(tmp_path, '[profiles.main]\nnetwork = "testnet"\n')
    with pytest.raises(ProfileError, match=r"unknown profile 'mian' .*profiles: main"):
        Lighter.from_profile("mian", environ=env)
    with pytest.raises(ProfileError, match="which profile"):
        Lighter.from_profile(environ=env)


def test_precedence_arguments_over_environment_over_profile(tmp_path: Path) -> None:
    kf = key_file(tmp_path)
    env = write_config(
        tmp_path,
        f'[profiles.p]\nnetwork = "testnet"\naccount_index = 12\napi_key_index = 4\napi_key_file = "{kf}"\n',
    )
    with Lighter.from_profile("p", environ=env) as client:
        assert (client.network, client.chain_id, client.account_index) == ("testnet", 300, 12)
        assert client.api_key_indexes == (4,)
    env_over = {**env, "LIGHTER_ACCOUNT_INDEX": "13"}
    with Lighter.from_profile("p", environ=env_over) as client:
        assert client.account_index == 13
    with Lighter.from_profile("p", environ=env_over, account_index=14) as client:
        assert client.account_index == 14
    # naming another endpoint sets the profile's network, URL and chain id aside together
    local = {**env, "LIGHTER_BASE_URL": "http://127.0.0.1:9", "LIGHTER_CHAIN_ID": "304"}
    with Lighter.from_profile("p", environ=local) as client:
        assert (client.base_url, client.chain_id) == ("http://127.0.0.1:9", 304)

    async def build() -> tuple[int | None, str]:
        async with AsyncLighter.from_profile("p", environ=env, account_index=15) as client:
            return client.account_index, client.network

    assert asyncio.run(build()) == (15, "testnet")
    assert layer({"network": "testnet", "chain_id": 300, "account_index": 1}, {"base_url": "http://x"}) == {
        "base_url": "http://x",
        "account_index": 1,
    }


def test_set_value_keeps_comments_and_other_profiles() -> None:
    text = '# top\n[profiles.a]\nnetwork = "testnet" # ours\n\n[profiles.b]\nchain_id = 1\n'
    text = set_value(text, "a", "account_index", 7)
    text = set_value(text, "b", "chain_id", 2)
    text = set_value(text, "c", "base_url", 'http://h/"q"')
    assert text.startswith('# top\n[profiles.a]\nnetwork = "testnet" # ours\naccount_index = 7\n')
    assert "[profiles.b]\nchain_id = 2\n" in text and '[profiles.c]\nbase_url = "http://h/\\"q\\""\n' in text
    assert "network" not in unset_value(text, "a", "network").split("[profiles.b]")[0]
    with pytest.raises(ProfileError, match="never written"):
        set_value(text, "a", "api_private_key", "00")


def test_config_commands_never_print_a_secret(
    cli: Any, exchange: LocalExchange, creds: Credentials, tmp_path: Path
) -> None:
    env = {"LIGHTER_CONFIG": str(tmp_path / "cfg" / "config.toml")}
    kf = key_file(tmp_path, key=creds.api_private_key)
    for key, value in (
        ("base_url", exchange.base_url),
        ("account_index", str(creds.account_index)),
        ("api_key_index", str(creds.api_key_index)),
        ("api_key_file", str(kf)),
    ):
        assert cli("config", "set", "local", key, value, env=env).code == 0
    assert (tmp_path / "cfg" / "config.toml").stat().st_mode & 0o777 == 0o600
    refused = cli("config", "set", "local", "api_private_key", creds.api_private_key, env=env)
    assert refused.code == 2 and creds.api_private_key not in refused.err
    outputs = [
        cli("config", "list", env=env),
        cli("config", "list", "--json", env=env),
        cli("config", "show", "local", env=env),
        cli("config", "show", "local", "--json", env=env),
        cli("--profile", "local", "account", env=env),
        cli("--profile", "local", "orders", env=env),
        cli("--profile", "local", "account", "--json", env=env),
        cli("--profile", "local", "order", "limit", "ETH", "buy", "0.01", "1000.001", env=env),
        cli("--profile", "local", "order", "limit", "ETH", "buy", "0.01", "1000.001", "--json", env=env),
    ]
    for result in outputs:
        assert creds.api_private_key not in result.out + result.err
        assert creds.api_private_key[:16] not in result.out + result.err
    listed = json.loads(outputs[1].out)
    assert listed[0]["name"] == "local" and listed[0]["api_key_from"] == f"file {kf}"
    assert outputs[4].code == 0 and f"Account {creds.account_index}" in outputs[4].out
    assert outputs[5].code == 0  # a private read: the key from the file signed the auth token
    unknown = cli("--profile", "nope", "account", env=env)
    assert unknown.code == 2 and unknown.err.count("\n") == 1 and "unknown profile 'nope'" in unknown.err
    kf.chmod(0o644)
    unsafe = cli("--profile", "local", "orders", env=env)
    assert unsafe.code == 2 and "chmod 600" in unsafe.err and unsafe.err.count("\n") == 1
