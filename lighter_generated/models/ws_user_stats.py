from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ws_user_stats_breakdown import WsUserStatsBreakdown


T = TypeVar("T", bound="WsUserStats")


@_attrs_define
class WsUserStats:
    """Account-level figures (decimal strings)."""

    collateral: None | str | Unset = UNSET
    portfolio_value: None | str | Unset = UNSET
    leverage: None | str | Unset = UNSET
    available_balance: None | str | Unset = UNSET
    margin_usage: None | str | Unset = UNSET
    buying_power: None | str | Unset = UNSET
    account_trading_mode: int | None | Unset = UNSET
    """ Known values: 0 simple, 1 unified. """
    cross_stats: None | Unset | WsUserStatsBreakdown = UNSET
    total_stats: None | Unset | WsUserStatsBreakdown = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ws_user_stats_breakdown import WsUserStatsBreakdown  # noqa: PLC0415

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

        account_trading_mode: int | None | Unset
        if isinstance(self.account_trading_mode, Unset):
            account_trading_mode = UNSET
        else:
            account_trading_mode = self.account_trading_mode

        cross_stats: dict[str, Any] | None | Unset
        if isinstance(self.cross_stats, Unset):
            cross_stats = UNSET
        elif isinstance(self.cross_stats, WsUserStatsBreakdown):
            cross_stats = self.cross_stats.to_dict()
        else:
            cross_stats = self.cross_stats

        total_stats: dict[str, Any] | None | Unset
        if isinstance(self.total_stats, Unset):
            total_stats = UNSET
        elif isinstance(self.total_stats, WsUserStatsBreakdown):
            total_stats = self.total_stats.to_dict()
        else:
            total_stats = self.total_stats

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
        if account_trading_mode is not UNSET:
            field_dict["account_trading_mode"] = account_trading_mode
        if cross_stats is not UNSET:
            field_dict["cross_stats"] = cross_stats
        if total_stats is not UNSET:
            field_dict["total_stats"] = total_stats

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ws_user_stats_breakdown import WsUserStatsBreakdown  # noqa: PLC0415

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

        def _parse_account_trading_mode(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        account_trading_mode = _parse_account_trading_mode(d.pop("account_trading_mode", UNSET))

        def _parse_cross_stats(data: object) -> None | Unset | WsUserStatsBreakdown:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(f"expected WsUserStatsBreakdown, got {type(data).__name__}")
            cross_stats_type_0 = WsUserStatsBreakdown.from_dict(data)

            return cross_stats_type_0

        cross_stats = _parse_cross_stats(d.pop("cross_stats", UNSET))

        def _parse_total_stats(data: object) -> None | Unset | WsUserStatsBreakdown:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(f"expected WsUserStatsBreakdown, got {type(data).__name__}")
            total_stats_type_0 = WsUserStatsBreakdown.from_dict(data)

            return total_stats_type_0

        total_stats = _parse_total_stats(d.pop("total_stats", UNSET))

        ws_user_stats = cls(
            collateral=collateral,
            portfolio_value=portfolio_value,
            leverage=leverage,
            available_balance=available_balance,
            margin_usage=margin_usage,
            buying_power=buying_power,
            account_trading_mode=account_trading_mode,
            cross_stats=cross_stats,
            total_stats=total_stats,
        )

        ws_user_stats.additional_properties = d
        return ws_user_stats

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
