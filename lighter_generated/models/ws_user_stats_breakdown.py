from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WsUserStatsBreakdown")


@_attrs_define
class WsUserStatsBreakdown:
    """Account figures restricted to one margin scope (cross or total). Decimal strings."""

    collateral: None | str | Unset = UNSET
    portfolio_value: None | str | Unset = UNSET
    leverage: None | str | Unset = UNSET
    available_balance: None | str | Unset = UNSET
    margin_usage: None | str | Unset = UNSET
    buying_power: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        collateral: None | str | Unset
        if isinstance(self.collateral, Unset):
            collateral = UNSET
        else:
            collateral = self.collateral

        portfolio_value: None | str | Unset
        if isinstance(self.portfolio_value, Unset):
            portfolio_value = UNSET
        else:
            portfolio_value = self.portfolio_value

        leverage: None | str | Unset
        if isinstance(self.leverage, Unset):
            leverage = UNSET
        else:
            leverage = self.leverage

        available_balance: None | str | Unset
        if isinstance(self.available_balance, Unset):
            available_balance = UNSET
        else:
            available_balance = self.available_balance

        margin_usage: None | str | Unset
        if isinstance(self.margin_usage, Unset):
            margin_usage = UNSET
        else:
            margin_usage = self.margin_usage

        buying_power: None | str | Unset
        if isinstance(self.buying_power, Unset):
            buying_power = UNSET
        else:
            buying_power = self.buying_power

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if collateral is not UNSET:
            field_dict["collateral"] = collateral
        if portfolio_value is not UNSET:
            field_dict["portfolio_value"] = portfolio_value
        if leverage is not UNSET:
            field_dict["leverage"] = leverage
        if available_balance is not UNSET:
            field_dict["available_balance"] = available_balance
        if margin_usage is not UNSET:
            field_dict["margin_usage"] = margin_usage
        if buying_power is not UNSET:
            field_dict["buying_power"] = buying_power

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_collateral(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        collateral = _parse_collateral(d.pop("collateral", UNSET))

        def _parse_portfolio_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        portfolio_value = _parse_portfolio_value(d.pop("portfolio_value", UNSET))

        def _parse_leverage(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        leverage = _parse_leverage(d.pop("leverage", UNSET))

        def _parse_available_balance(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        available_balance = _parse_available_balance(d.pop("available_balance", UNSET))

        def _parse_margin_usage(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        margin_usage = _parse_margin_usage(d.pop("margin_usage", UNSET))

        def _parse_buying_power(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        buying_power = _parse_buying_power(d.pop("buying_power", UNSET))

        ws_user_stats_breakdown = cls(
            collateral=collateral,
            portfolio_value=portfolio_value,
            leverage=leverage,
            available_balance=available_balance,
            margin_usage=margin_usage,
            buying_power=buying_power,
        )

        ws_user_stats_breakdown.additional_properties = d
        return ws_user_stats_breakdown

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
