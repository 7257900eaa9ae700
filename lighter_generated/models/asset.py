from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Asset")


@_attrs_define
class Asset:
    """An asset with its decimals, limits and margin parameters."""

    asset_id: int
    """ Asset index: 1 ETH, 2 LIT, 3 USDC, ... """
    symbol: str
    """ Ticker symbol, e.g. `ETH` or `ETH/USDC`. """
    l1_decimals: int
    decimals: int
    min_transfer_amount: str
    min_withdrawal_amount: str
    margin_mode: str
    """ Known values: `enabled`, `disabled`, `priced_only`; others may appear. """
    index_price: str
    l1_address: str
    """ Ethereum address (0x-prefixed, checksummed or lowercase). """
    global_supply_cap: None | str | Unset = UNSET
    liquidation_fee: None | str | Unset = UNSET
    liquidation_threshold: None | str | Unset = UNSET
    loan_to_value: None | str | Unset = UNSET
    price_decimals: int | None | Unset = UNSET
    """ Decimals of prices: price integer = price x 10^price_decimals. """
    total_supplied: None | str | Unset = UNSET
    user_supply_cap: None | str | Unset = UNSET
    liquidation_factor: None | str | Unset = UNSET
    multiplier: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset_id = self.asset_id

        symbol = self.symbol

        l1_decimals = self.l1_decimals

        decimals = self.decimals

        min_transfer_amount = self.min_transfer_amount

        min_withdrawal_amount = self.min_withdrawal_amount

        margin_mode = self.margin_mode

        index_price = self.index_price

        l1_address = self.l1_address

        global_supply_cap: None | str | Unset
        if isinstance(self.global_supply_cap, Unset):
            global_supply_cap = UNSET
        else:
            global_supply_cap = self.global_supply_cap

        liquidation_fee: None | str | Unset
        if isinstance(self.liquidation_fee, Unset):
            liquidation_fee = UNSET
        else:
            liquidation_fee = self.liquidation_fee

        liquidation_threshold: None | str | Unset
        if isinstance(self.liquidation_threshold, Unset):
            liquidation_threshold = UNSET
        else:
            liquidation_threshold = self.liquidation_threshold

        loan_to_value: None | str | Unset
        if isinstance(self.loan_to_value, Unset):
            loan_to_value = UNSET
        else:
            loan_to_value = self.loan_to_value

        price_decimals: int | None | Unset
        if isinstance(self.price_decimals, Unset):
            price_decimals = UNSET
        else:
            price_decimals = self.price_decimals

        total_supplied: None | str | Unset
        if isinstance(self.total_supplied, Unset):
            total_supplied = UNSET
        else:
            total_supplied = self.total_supplied

        user_supply_cap: None | str | Unset
        if isinstance(self.user_supply_cap, Unset):
            user_supply_cap = UNSET
        else:
            user_supply_cap = self.user_supply_cap

        liquidation_factor: None | str | Unset
        if isinstance(self.liquidation_factor, Unset):
            liquidation_factor = UNSET
        else:
            liquidation_factor = self.liquidation_factor

        multiplier: None | str | Unset
        if isinstance(self.multiplier, Unset):
            multiplier = UNSET
        else:
            multiplier = self.multiplier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset_id": asset_id,
                "symbol": symbol,
                "l1_decimals": l1_decimals,
                "decimals": decimals,
                "min_transfer_amount": min_transfer_amount,
                "min_withdrawal_amount": min_withdrawal_amount,
                "margin_mode": margin_mode,
                "index_price": index_price,
                "l1_address": l1_address,
            }
        )
        if global_supply_cap is not UNSET:
            field_dict["global_supply_cap"] = global_supply_cap
        if liquidation_fee is not UNSET:
            field_dict["liquidation_fee"] = liquidation_fee
        if liquidation_threshold is not UNSET:
            field_dict["liquidation_threshold"] = liquidation_threshold
        if loan_to_value is not UNSET:
            field_dict["loan_to_value"] = loan_to_value
        if price_decimals is not UNSET:
            field_dict["price_decimals"] = price_decimals
        if total_supplied is not UNSET:
            field_dict["total_supplied"] = total_supplied
        if user_supply_cap is not UNSET:
            field_dict["user_supply_cap"] = user_supply_cap
        if liquidation_factor is not UNSET:
            field_dict["liquidation_factor"] = liquidation_factor
        if multiplier is not UNSET:
            field_dict["multiplier"] = multiplier

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        asset_id = d.pop("asset_id")

        symbol = d.pop("symbol")

        l1_decimals = d.pop("l1_decimals")

        decimals = d.pop("decimals")

        min_transfer_amount = d.pop("min_transfer_amount")

        min_withdrawal_amount = d.pop("min_withdrawal_amount")

        margin_mode = d.pop("margin_mode")

        index_price = d.pop("index_price")

        l1_address = d.pop("l1_address")

        def _parse_global_supply_cap(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        global_supply_cap = _parse_global_supply_cap(d.pop("global_supply_cap", UNSET))

        def _parse_liquidation_fee(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        liquidation_fee = _parse_liquidation_fee(d.pop("liquidation_fee", UNSET))

        def _parse_liquidation_threshold(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        liquidation_threshold = _parse_liquidation_threshold(d.pop("liquidation_threshold", UNSET))

        def _parse_loan_to_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        loan_to_value = _parse_loan_to_value(d.pop("loan_to_value", UNSET))

        def _parse_price_decimals(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        price_decimals = _parse_price_decimals(d.pop("price_decimals", UNSET))

        def _parse_total_supplied(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        total_supplied = _parse_total_supplied(d.pop("total_supplied", UNSET))

        def _parse_user_supply_cap(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_supply_cap = _parse_user_supply_cap(d.pop("user_supply_cap", UNSET))

        def _parse_liquidation_factor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        liquidation_factor = _parse_liquidation_factor(d.pop("liquidation_factor", UNSET))

        def _parse_multiplier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        multiplier = _parse_multiplier(d.pop("multiplier", UNSET))

        asset = cls(
            asset_id=asset_id,
            symbol=symbol,
            l1_decimals=l1_decimals,
            decimals=decimals,
            min_transfer_amount=min_transfer_amount,
            min_withdrawal_amount=min_withdrawal_amount,
            margin_mode=margin_mode,
            index_price=index_price,
            l1_address=l1_address,
            global_supply_cap=global_supply_cap,
            liquidation_fee=liquidation_fee,
            liquidation_threshold=liquidation_threshold,
            loan_to_value=loan_to_value,
            price_decimals=price_decimals,
            total_supplied=total_supplied,
            user_supply_cap=user_supply_cap,
            liquidation_factor=liquidation_factor,
            multiplier=multiplier,
        )

        asset.additional_properties = d
        return asset

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
