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
    initial_margin_fraction: None | str | Unset = UNSET
    """ Initial margin fraction in percent (decimal string, e.g. "5.00"). """
    open_order_count: int | None | Unset = UNSET
    pending_order_count: int | None | Unset = UNSET
    position_tied_order_count: int | None | Unset = UNSET
    sign: int | None | Unset = UNSET
    """ Position direction: 1 long, -1 short (0 when flat). """
    position: None | str | Unset = UNSET
    """ Position size (decimal string, unsigned; see `sign`). """
    avg_entry_price: None | str | Unset = UNSET
    """ Average entry price (decimal string). """
    position_value: None | str | Unset = UNSET
    """ Position value in USDC (decimal string). """
    unrealized_pnl: None | str | Unset = UNSET
    """ Unrealized PnL in USDC (decimal string). """
    realized_pnl: None | str | Unset = UNSET
    """ Realized PnL in USDC (decimal string). """
    liquidation_price: None | str | Unset = UNSET
    """ Estimated liquidation price (decimal string). """
    total_funding_paid_out: None | str | Unset = UNSET
    margin_mode: int | None | Unset = UNSET
    """ Known values: 0 cross, 1 isolated. """
    allocated_margin: None | str | Unset = UNSET
    """ Margin allocated to an isolated position (decimal string). """
    total_discount: None | str | Unset = UNSET
    margin_set_flag: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        market_id = self.market_id

        symbol = self.symbol

        initial_margin_fraction: None | str | Unset
        if isinstance(self.initial_margin_fraction, Unset):
            initial_margin_fraction = UNSET
        else:
            initial_margin_fraction = self.initial_margin_fraction

        open_order_count: int | None | Unset
        if isinstance(self.open_order_count, Unset):
            open_order_count = UNSET
        else:
            open_order_count = self.open_order_count

        pending_order_count: int | None | Unset
        if isinstance(self.pending_order_count, Unset):
            pending_order_count = UNSET
        else:
            pending_order_count = self.pending_order_count

        position_tied_order_count: int | None | Unset
        if isinstance(self.position_tied_order_count, Unset):
            position_tied_order_count = UNSET
        else:
            position_tied_order_count = self.position_tied_order_count

        sign: int | None | Unset
        if isinstance(self.sign, Unset):
            sign = UNSET
        else:
            sign = self.sign

        position: None | str | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position

        avg_entry_price: None | str | Unset
        if isinstance(self.avg_entry_price, Unset):
            avg_entry_price = UNSET
        else:
            avg_entry_price = self.avg_entry_price

        position_value: None | str | Unset
        if isinstance(self.position_value, Unset):
            position_value = UNSET
        else:
            position_value = self.position_value

        unrealized_pnl: None | str | Unset
        if isinstance(self.unrealized_pnl, Unset):
            unrealized_pnl = UNSET
        else:
            unrealized_pnl = self.unrealized_pnl

        realized_pnl: None | str | Unset
        if isinstance(self.realized_pnl, Unset):
            realized_pnl = UNSET
        else:
            realized_pnl = self.realized_pnl

        liquidation_price: None | str | Unset
        if isinstance(self.liquidation_price, Unset):
            liquidation_price = UNSET
        else:
            liquidation_price = self.liquidation_price

        total_funding_paid_out: None | str | Unset
        if isinstance(self.total_funding_paid_out, Unset):
            total_funding_paid_out = UNSET
        else:
            total_funding_paid_out = self.total_funding_paid_out

        margin_mode: int | None | Unset
        if isinstance(self.margin_mode, Unset):
            margin_mode = UNSET
        else:
            margin_mode = self.margin_mode

        allocated_margin: None | str | Unset
        if isinstance(self.allocated_margin, Unset):
            allocated_margin = UNSET
        else:
            allocated_margin = self.allocated_margin

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
            }
        )
        if initial_margin_fraction is not UNSET:
            field_dict["initial_margin_fraction"] = initial_margin_fraction
        if open_order_count is not UNSET:
            field_dict["open_order_count"] = open_order_count
        if pending_order_count is not UNSET:
            field_dict["pending_order_count"] = pending_order_count
        if position_tied_order_count is not UNSET:
            field_dict["position_tied_order_count"] = position_tied_order_count
        if sign is not UNSET:
            field_dict["sign"] = sign
        if position is not UNSET:
            field_dict["position"] = position
        if avg_entry_price is not UNSET:
            field_dict["avg_entry_price"] = avg_entry_price
        if position_value is not UNSET:
            field_dict["position_value"] = position_value
        if unrealized_pnl is not UNSET:
            field_dict["unrealized_pnl"] = unrealized_pnl
        if realized_pnl is not UNSET:
            field_dict["realized_pnl"] = realized_pnl
        if liquidation_price is not UNSET:
            field_dict["liquidation_price"] = liquidation_price
        if total_funding_paid_out is not UNSET:
            field_dict["total_funding_paid_out"] = total_funding_paid_out
        if margin_mode is not UNSET:
            field_dict["margin_mode"] = margin_mode
        if allocated_margin is not UNSET:
            field_dict["allocated_margin"] = allocated_margin
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

        def _parse_initial_margin_fraction(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        initial_margin_fraction = _parse_initial_margin_fraction(d.pop("initial_margin_fraction", UNSET))

        def _parse_open_order_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        open_order_count = _parse_open_order_count(d.pop("open_order_count", UNSET))

        def _parse_pending_order_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        pending_order_count = _parse_pending_order_count(d.pop("pending_order_count", UNSET))

        def _parse_position_tied_order_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        position_tied_order_count = _parse_position_tied_order_count(d.pop("position_tied_order_count", UNSET))

        def _parse_sign(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        sign = _parse_sign(d.pop("sign", UNSET))

        def _parse_position(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        position = _parse_position(d.pop("position", UNSET))

        def _parse_avg_entry_price(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        avg_entry_price = _parse_avg_entry_price(d.pop("avg_entry_price", UNSET))

        def _parse_position_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        position_value = _parse_position_value(d.pop("position_value", UNSET))

        def _parse_unrealized_pnl(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        unrealized_pnl = _parse_unrealized_pnl(d.pop("unrealized_pnl", UNSET))

        def _parse_realized_pnl(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        realized_pnl = _parse_realized_pnl(d.pop("realized_pnl", UNSET))

        def _parse_liquidation_price(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        liquidation_price = _parse_liquidation_price(d.pop("liquidation_price", UNSET))

        def _parse_total_funding_paid_out(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        total_funding_paid_out = _parse_total_funding_paid_out(d.pop("total_funding_paid_out", UNSET))

        def _parse_margin_mode(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        margin_mode = _parse_margin_mode(d.pop("margin_mode", UNSET))

        def _parse_allocated_margin(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        allocated_margin = _parse_allocated_margin(d.pop("allocated_margin", UNSET))

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
            total_funding_paid_out=total_funding_paid_out,
            margin_mode=margin_mode,
            allocated_margin=allocated_margin,
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
