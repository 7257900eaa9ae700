from typing import Literal

ExportTradeType = Literal["all", "deleverage", "liquidation", "market-settlement", "trade"]

EXPORT_TRADE_TYPE_VALUES: set[ExportTradeType] = {
    "all",
    "deleverage",
    "liquidation",
    "market-settlement",
    "trade",
}


def check_export_trade_type(value: str) -> ExportTradeType:
    if value in EXPORT_TRADE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXPORT_TRADE_TYPE_VALUES!r}")
