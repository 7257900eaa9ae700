"""Market and asset definitions of the local exchange.

Figures come from real ``orderBookDetails``/``assetDetails`` bodies recorded on mainnet
(``shared/reference/real-payloads``): decimals, minimum sizes and margin fractions (basis 10,000).
SOL's margin fractions are not in the recordings; they are a plausible 10x default / 25x maximum.
"""

from __future__ import annotations

from dataclasses import dataclass, field

USDC_ASSET_ID = 3
USDC_DECIMALS = 6
MARGIN_TICK = 10_000  # margin fractions are in 1/10,000


@dataclass(frozen=True)
class Asset:
    """A spot asset (balances are integers in ``decimals`` units)."""

    asset_id: int
    symbol: str
    decimals: int
    min_transfer_amount: str
    index_price: str
    l1_address: str = "0x0000000000000000000000000000000000000000"


@dataclass
class Market:
    """One order book. Integer prices/sizes are in units of 10^-price_decimals / 10^-size_decimals."""

    market_id: int
    symbol: str
    market_type: str  # "perp" or "spot"
    size_decimals: int
    price_decimals: int
    min_base_amount: int  # base units
    min_quote_amount: int  # micro USDC
    order_quote_limit: str
    default_imf: int = 0
    min_imf: int = 0
    maintenance_mf: int = 0
    closeout_mf: int = 0
    quote_multiplier: int = 1
    base_asset_id: int = 0
    quote_asset_id: int = 0
    start_price: float = 0.0  # initial mark / last trade price (human units)
    created_at: int = 1_700_000_000_000
    extra: dict[str, object] = field(default_factory=dict)

    @property
    def is_spot(self) -> bool:
        """True for spot markets (no positions, margin or funding)."""
        return self.market_type == "spot"

    @property
    def quote_exponent(self) -> int:
        """micro-USDC of quote = base * price * 10**quote_exponent (kept >= 0 for default markets)."""
        return USDC_DECIMALS - self.size_decimals - self.price_decimals

    def quote(self, base: int, price: int) -> int:
        """Quote amount in micro USDC for ``base`` units at integer ``price``, rounded toward zero."""
        e = self.quote_exponent
        if e >= 0:
            return base * price * 10**e
        value = base * price
        sign = -1 if value < 0 else 1
        return sign * (abs(value) // 10**-e)

    def fmt_price(self, price: int) -> str:
        """An integer price as the wire's decimal string."""
        return fmt_units(price, self.price_decimals)

    def fmt_size(self, size: int) -> str:
        """An integer size as the wire's decimal string."""
        return fmt_units(size, self.size_decimals)

    def price_from_float(self, value: float) -> int:
        """A human price as integer price units (rounded)."""
        return int(round(value * 10**self.price_decimals))


def fmt_units(value: int, decimals: int) -> str:
    """Integer ``value`` scaled by 10^-decimals as a decimal string with exactly ``decimals`` digits."""
    if decimals == 0:
        return str(value)
    sign = "-" if value < 0 else ""
    v = abs(value)
    whole, frac = divmod(v, 10**decimals)
    return f"{sign}{whole}.{frac:0{decimals}d}"


def default_assets() -> dict[int, Asset]:
    """ETH (1, 8 decimals) and USDC (3, 6 decimals), ids as on mainnet."""
    return {
        1: Asset(1, "ETH", 8, "0.00100000", "3000.00"),
        USDC_ASSET_ID: Asset(
            USDC_ASSET_ID, "USDC", 6, "1.000000", "1.000000", "0x95Fd23d5110f9D89A4b0B7d63D78F5B5Ea5074D1"
        ),
    }


def default_markets() -> dict[int, Market]:
    """Perps ETH (0), BTC (1), SOL (2) and spot ETH/USDC (2048)."""
    markets = [
        Market(
            0,
            "ETH",
            "perp",
            4,
            2,
            50,
            10_000_000,
            "281474976.710655",
            500,
            200,
            120,
            80,
            1,
            start_price=3000.00,
        ),
        Market(
            1,
            "BTC",
            "perp",
            5,
            1,
            20,
            10_000_000,
            "281474976.710655",
            500,
            100,
            50,
            25,
            10,
            start_price=90000.0,
        ),
        Market(
            2,
            "SOL",
            "perp",
            3,
            3,
            50,
            10_000_000,
            "281474976.710655",
            1000,
            400,
            240,
            160,
            1,
            start_price=150.000,
        ),
        Market(
            2048,
            "ETH/USDC",
            "spot",
            4,
            2,
            1,
            1,
            "2500000.000000",
            base_asset_id=1,
            quote_asset_id=USDC_ASSET_ID,
            start_price=3000.00,
        ),
    ]
    return {m.market_id: m for m in markets}
