from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountPosition")


@_attrs_define
class AccountPosition:
    """Perpetual position of an account in one market."""

    market_id: int
    """ Market index: perpetual markets 0-254, spot markets from 2048; 255 means all markets. """
    symbol: str
    """ Ticker symbol, e.g. `ETH` or `ETH/USDC`. """
    initial_margin_fraction: str
    """ Initial margin fraction in percent (decimal string, e.g. "5.00"). """
    open_order_count: int
    pending_order_count: int
    position_tied_order_count: int
    sign: int
    """ Position direction: 1 long, -1 short (0 when flat). """
    position: str
    """ Position size (decimal string, unsigned; see `sign`). """
    avg_entry_price: str
    """ Average entry price (decimal string). """
    position_value: str
    """ Position value in USDC (decimal string). """
    unrealized_pnl: str
    """ Unrealized PnL in USDC (decimal string). """
    realized_pnl: str
    """ Realized PnL in USDC (decimal string). """
    liquidation_price: str
    """ Estimated liquidation price (decimal string). """
    margin_mode: int
    """ Known values: 0 cross, 1 isolated. """
    allocated_margin: str
    """ Margin allocated to an isolated position (decimal string). """
    total_funding_paid_out: None | str | Unset = UNSET
    total_discount: None | str | Unset = UNSET
    margin_set_flag: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        market_id = self.market_id

        symbol = self.symbol

        initial_margin_fraction = self.initial_margin_fraction

        open_order_count = self.open_order_count

        pending_order_count = self.pending_order_count

        position_tied_order_count = self.position_tied_order_count

        sign = self.sign

        position = self.position

        avg_entry_price = self.avg_entry_price

        position_value = self.position_value

        unrealized_pnl = self.unrealized_pnl

        realized_pnl = self.realized_pnl

        liquidation_price = self.liquidation_price

        margin_mode = self.margin_mode

        allocated_margin = self.allocated_margin

        total_funding_paid_out: None | str | Unset
        if isinstance(self.total_funding_paid_out, Unset):
            total_funding_paid_out = UNSET
        else:
            total_funding_paid_out = self.total_funding_paid_out

        total_discount: None | str | Unset
        if isinstance(self.total_discount, Unset):
            total_discount = UNSET
        else:
            total_discount = self.total_discount

        margin_set_flag: int | None | Unset
        if isinstance(self.margin_set_flag, Unset):
            margin_set_flag = UNSET
        else:
            margin_set_flag = self.margin_set_flag

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "market_id": market_id,
                "symbol": symbol,
                "initial_margin_fraction": initial_margin_fraction,
                "open_order_count": open_order_count,
                "pending_order_count": pending_order_count,
                "position_tied_order_count": position_tied_order_count,
                "sign": sign,
                "position": position,
                "avg_entry_price": avg_entry_price,
                "position_value": position_value,
                "unrealized_pnl": unrealized_pnl,
                "realized_pnl": realized_pnl,
                "liquidation_price": liquidation_price,
                "margin_mode": margin_mode,
                "allocated_margin": allocated_margin,
            }
        )
        if total_funding_paid_out is not UNSET:
            field_dict["total_funding_paid_out"] = total_funding_paid_out
        if total_discount is not UNSET:
            field_dict["total_discount"] = total_discount
        if margin_set_flag is not UNSET:
            field_dict["margin_set_flag"] = margin_set_flag

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        market_id = d.pop("market_id")

        symbol = d.pop("symbol")

        initial_margin_fraction = d.pop("initial_margin_fraction")

        open_order_count = d.pop("open_order_count")

        pending_order_count = d.pop("pending_order_count")

        position_tied_order_count = d.pop("position_tied_order_count")

        sign = d.pop("sign")

        position = d.pop("position")

        avg_entry_price = d.pop("avg_entry_price")

        position_value = d.pop("position_value")

        unrealized_pnl = d.pop("unrealized_pnl")

        realized_pnl = d.pop("realized_pnl")

        liquidation_price = d.pop("liquidation_price")

        margin_mode = d.pop("margin_mode")

        allocated_margin = d.pop("allocated_margin")

        def _parse_total_funding_paid_out(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        total_funding_paid_out = _parse_total_funding_paid_out(d.pop("total_funding_paid_out", UNSET))

        def _parse_total_discount(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        total_discount = _parse_total_discount(d.pop("total_discount", UNSET))

        def _parse_margin_set_flag(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        margin_set_flag = _parse_margin_set_flag(d.pop("margin_set_flag", UNSET))

        account_position = cls(
            market_id=market_id,
            symbol=symbol,
            initial_margin_fraction=initial_margin_fraction,
            open_order_count=open_order_count,
            pending_order_count=pending_order_count,
            position_tied_order_count=position_tied_order_count,
            sign=sign,
            position=position,
            avg_entry_price=avg_entry_price,
            position_value=position_value,
            unrealized_pnl=unrealized_pnl,
            realized_pnl=realized_pnl,
            liquidation_price=liquidation_price,
            margin_mode=margin_mode,
            allocated_margin=allocated_margin,
            total_funding_paid_out=total_funding_paid_out,
            total_discount=total_discount,
            margin_set_flag=margin_set_flag,
        )

        account_position.additional_properties = d
        return account_position

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
