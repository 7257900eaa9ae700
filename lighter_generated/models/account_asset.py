from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountAsset")


@_attrs_define
class AccountAsset:
    """Spot balance of one asset in an account."""

    symbol: str
    """ Ticker symbol, e.g. `ETH` or `ETH/USDC`. """
    asset_id: int
    """ Asset index: 1 ETH, 2 LIT, 3 USDC, ... """
    balance: str
    """ Balance as a decimal string with the asset's decimals. """
    locked_balance: str
    """ Part of the balance locked by open orders or pending operations. """
    margin_balance: None | str | Unset = UNSET
    margin_mode: None | str | Unset = UNSET
    """ Known values: `enabled`, `disabled`; others may appear. """
    multiplier: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        asset_id = self.asset_id

        balance = self.balance

        locked_balance = self.locked_balance

        margin_balance: None | str | Unset
        if isinstance(self.margin_balance, Unset):
            margin_balance = UNSET
        else:
            margin_balance = self.margin_balance

        margin_mode: None | str | Unset
        if isinstance(self.margin_mode, Unset):
            margin_mode = UNSET
        else:
            margin_mode = self.margin_mode

        multiplier: None | str | Unset
        if isinstance(self.multiplier, Unset):
            multiplier = UNSET
        else:
            multiplier = self.multiplier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "asset_id": asset_id,
                "balance": balance,
                "locked_balance": locked_balance,
            }
        )
        if margin_balance is not UNSET:
            field_dict["margin_balance"] = margin_balance
        if margin_mode is not UNSET:
            field_dict["margin_mode"] = margin_mode
        if multiplier is not UNSET:
            field_dict["multiplier"] = multiplier

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        symbol = d.pop("symbol")

        asset_id = d.pop("asset_id")

        balance = d.pop("balance")

        locked_balance = d.pop("locked_balance")

        def _parse_margin_balance(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        margin_balance = _parse_margin_balance(d.pop("margin_balance", UNSET))

        def _parse_margin_mode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        margin_mode = _parse_margin_mode(d.pop("margin_mode", UNSET))

        def _parse_multiplier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        multiplier = _parse_multiplier(d.pop("multiplier", UNSET))

        account_asset = cls(
            symbol=symbol,
            asset_id=asset_id,
            balance=balance,
            locked_balance=locked_balance,
            margin_balance=margin_balance,
            margin_mode=margin_mode,
            multiplier=multiplier,
        )

        account_asset.additional_properties = d
        return account_asset

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
