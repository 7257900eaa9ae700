"""Signing speed: medians of repeated runs, printed as a small table.

Run: ``.venv/bin/python benchmarks/bench_signing.py [--rounds 11]`` (or call ``main()``). Targets (CPython
3.11, dev VM): create-order signature <= 0.5 ms, auth token <= 0.5 ms, verify <= 3 ms,
``import lighter.signing`` <= 50 ms, first signature in a fresh process (import, table load, sign) <= 150 ms.

"warm" rows use the big table from the user's cache directory (built first if missing, see
``lighter.signing._cache``); "cold" rows use only the ~1 MB table shipped in the package, which is what a
process signs with until the cache file exists. Warm and cold rounds are interleaved so that noise from
other processes hits both alike. Fresh-process rows start a new interpreter per run.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable

KEY_HEX = "e94a0dd5ecaabd8fcb2eff4ce2dfa37589cce10528ab0e31cf904c5d961853aacf66ff1d7824fc36"
# chain, tx type, nonce, expired_at, account, api key, market, client order, base, price, is_ask, type,
# time in force, reduce only, trigger price, order expiry: a create-order tx (SPEC §9.1)
ORDER = [304, 14, 5, 1795505748763, 12345, 3, 1, 7, 1000, 300000, 1, 0, 1, 0, 0, 1800000000000]

_FRESH_IMPORT = "import time; t = time.perf_counter(); import lighter.signing; print(time.perf_counter() - t)"
_FRESH_FIRST_SIG = (
    "import time; t = time.perf_counter()\n"
    "from lighter.signing import PrivateKey, hash_to_quintic_extension, quintic_to_bytes\n"
    f"k = PrivateKey.from_hex('{KEY_HEX}')\n"
    f"k.sign(quintic_to_bytes(hash_to_quintic_extension({ORDER!r})))\n"
    "print(time.perf_counter() - t)\n"
    "from lighter.signing import _cache\n"
    "_cache.wait(300)  # after timing: let a background build finish before the next run\n"
)
_FRESH_RSS = (
    "import re\n"
    "def rss():\n"
    "    return int(re.search(r'VmRSS:\\s+(\\d+)', open('/proc/self/status').read()).group(1)) / 1024\n"
    "from lighter.signing import PrivateKey\n"
    f"k = PrivateKey.from_hex('{KEY_HEX}')\n"
    "before = rss()\n"
    "k.sign(b'\\1' * 40); k.sign(b'\\2' * 40)\n"
    "print(rss() - before)\n"
)

Row = tuple[str, float, str, float]


def _median_us(fn: Callable[[], object], calls: int, rounds: int) -> float:
    per_call = []
    for _ in range(rounds):
        t = time.perf_counter()
        for _ in range(calls):
            fn()
        per_call.append((time.perf_counter() - t) / calls * 1e6)
    return statistics.median(per_call)


def _interleaved_us(
    fn: Callable[[], object], setups: dict[str, Callable[[], None]], calls: int, rounds: int
) -> dict[str, float]:
    """Median per-call time of ``fn`` under each setup, the setups alternating round by round."""
    samples: dict[str, list[float]] = {name: [] for name in setups}
    for _ in range(rounds):
        for name, setup in setups.items():
            setup()
            fn()
            t = time.perf_counter()
            for _ in range(calls):
                fn()
            samples[name].append((time.perf_counter() - t) / calls * 1e6)
    return {name: statistics.median(values) for name, values in samples.items()}


def _fresh_process(code: str, runs: int, env: dict[str, str] | None = None) -> float:
    values = []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", code], check=True, capture_output=True, text=True, env=env, timeout=600
        )
        values.append(float(out.stdout.strip().splitlines()[0]))
    return statistics.median(values)


def _env(**changes: str | None) -> dict[str, str]:
    env = dict(os.environ)
    for name, value in changes.items():
        if value is None:
            env.pop(name, None)
        else:
            env[name] = value
    return env


def run(rounds: int = 11) -> list[Row]:
    """(name, median, unit, target) rows; target 0 means none."""
    from lighter.signing import (
        PrivateKey,
        _cache,
        _fast,
        create_auth_token,
        hash_to_quintic_extension,
        keys,
        quintic_to_bytes,
        verify,
    )

    key = PrivateKey.from_hex(KEY_HEX)
    public = key.public_key
    message = quintic_to_bytes(hash_to_quintic_extension(ORDER))
    signature = key.sign(message)  # first use: loads the cache file or starts building it
    _cache.wait(300)
    big = _fast._BIG
    _fast.use_big_table(None)
    shipped = _fast.table()

    def cold() -> None:
        _fast.use_big_table(None)
        _fast._TABLE = shipped

    def warm() -> None:
        _fast.use_big_table(big)

    setups = {"warm": warm, "cold": cold} if big is not None else {"cold": cold}

    def create_order() -> bytes:
        return key.sign(quintic_to_bytes(hash_to_quintic_extension(ORDER)))

    def verify_new_key() -> bool:
        keys._DECODE_CACHE.clear()
        return verify(public.hex(), message, signature)

    order = _interleaved_us(create_order, setups, 200, rounds)
    sign_only = _interleaved_us(lambda: key.sign(message), setups, 200, rounds)
    auth = _interleaved_us(
        lambda: create_auth_token(key, account_index=12345, api_key_index=3), setups, 200, rounds
    )
    if big is not None:
        warm()
    hashing = _median_us(lambda: hash_to_quintic_extension(ORDER), 200, rounds)
    verify_known = _median_us(lambda: verify(public, message, signature), 20, rounds)
    verify_new = _median_us(verify_new_key, 10, rounds)

    rows: list[Row] = []
    for name in setups:
        label = "big cached table" if name == "warm" else "shipped table only"
        rows.append((f"create-order signature, {name} ({label})", order[name] / 1e3, "ms", 0.5))
    rows.append(("  of which: tx hash (16 elements)", hashing / 1e3, "ms", 0.0))
    for name in setups:
        rows.append((f"  of which: Schnorr sign of the hash, {name}", sign_only[name] / 1e3, "ms", 0.0))
    for name in setups:
        rows.append((f"auth token, {name}", auth[name] / 1e3, "ms", 0.5))
    rows += [
        (f"verify (key decoded before), {next(iter(setups))}", verify_known / 1e3, "ms", 3.0),
        (f"verify (key never seen, hex), {next(iter(setups))}", verify_new / 1e3, "ms", 3.0),
    ]

    runs = max(3, rounds // 2)
    import_ms = _fresh_process(_FRESH_IMPORT, runs) * 1e3
    rows.append(("import lighter.signing (fresh process)", import_ms, "ms", 50.0))
    rows.append(
        (
            "first signature, fresh process, cache file present",
            _fresh_process(_FRESH_FIRST_SIG, runs) * 1e3,
            "ms",
            150.0,
        )
    )
    rows.append(
        (
            "first signature, fresh process, LIGHTER_SIGNER_CACHE=0",
            _fresh_process(_FRESH_FIRST_SIG, runs, _env(LIGHTER_SIGNER_CACHE="0")) * 1e3,
            "ms",
            150.0,
        )
    )
    with tempfile.TemporaryDirectory() as empty:  # each run starts (and awaits) a real background build
        missing = _env(LIGHTER_SIGNER_CACHE=None, LIGHTER_SIGNER_CACHE_DIR=empty)
        values = []
        for _ in range(3):
            for leftover in os.listdir(empty):
                os.unlink(os.path.join(empty, leftover))
            values.append(_fresh_process(_FRESH_FIRST_SIG, 1, missing))
        rows.append(
            (
                "first signature, fresh process, cache missing (build starts)",
                statistics.median(values) * 1e3,
                "ms",
                150.0,
            )
        )
    if sys.platform == "linux":
        with_big = _fresh_process(_FRESH_RSS, 3)
        shipped_only = _fresh_process(_FRESH_RSS, 3, _env(LIGHTER_SIGNER_CACHE="0"))
        rows.append(("RSS added by 2 signatures, big cached table", with_big, "MB", 0.0))
        rows.append(("RSS added by 2 signatures, shipped table only", shipped_only, "MB", 0.0))
    return rows


def main(argv: list[str] | None = None) -> None:
    """Print the table."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--rounds", type=int, default=11, help="timed rounds per figure (default 11)")
    args = parser.parse_args(argv)
    rows = run(args.rounds)
    width = max(len(name) for name, *_ in rows)
    print(f"{'benchmark':{width}} {'median':>10} {'target':>10}")
    for name, value, unit, target in rows:
        goal = f"<= {target:g} {unit}" if target else ""
        print(f"{name:{width}} {value:7.3f} {unit:2} {goal:>10}")


if __name__ == "__main__":
    main()
