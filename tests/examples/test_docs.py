"""The ```python blocks of docs/ and the README run as written, against a local exchange (fresh account).

Blocks fenced as ```python are run, in order, in one namespace per page, with the LIGHTER_* variables of
an onboarded account set. Blocks fenced as ```py (placeholders, mainnet-only calls) and ```sh are shown,
not run.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from lighter.testing import LocalExchange, onboard

ROOT = Path(__file__).resolve().parents[2]
BLOCK = re.compile(r"^```python\n(.*?)^```", re.S | re.M)
ALL_PAGES = [*sorted((ROOT / "docs").glob("*.md")), ROOT / "README.md"]
PAGES = [page for page in ALL_PAGES if BLOCK.search(page.read_text())]  # reference pages have none


@pytest.fixture(scope="module")
def exchange() -> Iterator[LocalExchange]:
    with LocalExchange(market_maker=True, maker_seed=2) as lx:
        yield lx


def test_every_page_is_checked() -> None:
    names = {p.name for p in PAGES}
    assert {"quickstart.md", "onboarding.md", "trading.md", "streaming.md", "errors.md", "README.md"} <= names


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_python_blocks_run(page: Path, exchange: LocalExchange, monkeypatch: pytest.MonkeyPatch) -> None:
    blocks = BLOCK.findall(page.read_text())
    creds = onboard(exchange.base_url, chain_id=exchange.chain_id, usdc=100_000, ws_url=exchange.ws_url)
    for name, value in creds.as_env().items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("LIGHTER_NETWORK", raising=False)
    namespace: dict[str, object] = {"__name__": f"docs_{page.stem}"}
    for number, code in enumerate(blocks, 1):
        try:
            exec(compile(code, f"{page.name}[block {number}]", "exec"), namespace)
        except Exception as exc:  # name the block: the traceback points into it
            raise AssertionError(f"{page.name}, python block {number} failed: {exc!r}") from exc
