from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MarketConfig")


@_attrs_define
class MarketConfig:
    """Per-market switches (margin mode, reduce-only, trading hours, visibility)."""

    market_margin_mode: int | None | Unset = UNSET
    """ Known values: 0 all modes, 1 isolated only for non-pool accounts. """
    insurance_fund_account_index: int | None | Unset = UNSET
    liquidation_mode: int | None | Unset = UNSET
    force_reduce_only: bool | None | Unset = UNSET
    funding_fee_discounts_enabled: bool | None | Unset = UNSET
    trading_hours: None | str | Unset = UNSET
    hidden: bool | None | Unset = UNSET
    rfq_enabled: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        market_margin_mode: int | None | Unset
        if isinstance(self.market_margin_mode, Unset):
            market_margin_mode = UNSET
        else:
            market_margin_mode = self.market_margin_mode

        insurance_fund_account_index: int | None | Unset
        if isinstance(self.insurance_fund_account_index, Unset):
            insurance_fund_account_index = UNSET
        else:
            insurance_fund_account_index = self.insurance_fund_account_index

        liquidation_mode: int | None | Unset
        if isinstance(self.liquidation_mode, Unset):
            liquidation_mode = UNSET
        else:
            liquidation_mode = self.liquidation_mode

        force_reduce_only: bool | None | Unset
        if isinstance(self.force_reduce_only, Unset):
            force_reduce_only = UNSET
        else:
            force_reduce_only = self.force_reduce_only

        funding_fee_discounts_enabled: bool | None | Unset
        if isinstance(self.funding_fee_discounts_enabled, Unset):
            funding_fee_discounts_enabled = UNSET
        else:
            funding_fee_discounts_enabled = self.funding_fee_discounts_enabled

        trading_hours: None | str | Unset
        if isinstance(self.trading_hours, Unset):
            trading_hours = UNSET
        else:
            trading_hours = self.trading_hours

        hidden: bool | None | Unset
        if isinstance(self.hidden, Unset):
            hidden = UNSET
        else:
            hidden = self.hidden

        rfq_enabled: bool | None | Unset
        if isinstance(self.rfq_enabled, Unset):
            rfq_enabled = UNSET
        else:
            rfq_enabled = self.rfq_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if market_margin_mode is not UNSET:
            field_dict["market_margin_mode"] = market_margin_mode
        if insurance_fund_account_index is not UNSET:
            field_dict["insurance_fund_account_index"] = insurance_fund_account_index
        if liquidation_mode is not UNSET:
            field_dict["liquidation_mode"] = liquidation_mode
        if force_reduce_only is not UNSET:
            field_dict["force_reduce_only"] = force_reduce_only
        if funding_fee_discounts_enabled is not UNSET:
            field_dict["funding_fee_discounts_enabled"] = funding_fee_discounts_enabled
        if trading_hours is not UNSET:
            field_dict["trading_hours"] = trading_hours
        if hidden is not UNSET:
            field_dict["hidden"] = hidden
        if rfq_enabled is not UNSET:
            field_dict["rfq_enabled"] = rfq_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_market_margin_mode(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        market_margin_mode = _parse_market_margin_mode(d.pop("market_margin_mode", UNSET))

        def _parse_insurance_fund_account_index(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        insurance_fund_account_index = _parse_insurance_fund_account_index(d.pop("insurance_fund_account_index", UNSET))

        def _parse_liquidation_mode(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        liquidation_mode = _parse_liquidation_mode(d.pop("liquidation_mode", UNSET))

        def _parse_force_reduce_only(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        force_reduce_only = _parse_force_reduce_only(d.pop("force_reduce_only", UNSET))

        def _parse_funding_fee_discounts_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        funding_fee_discounts_enabled = _parse_funding_fee_discounts_enabled(
            d.pop("funding_fee_discounts_enabled", UNSET)
        )

        def _parse_trading_hours(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        trading_hours = _parse_trading_hours(d.pop("trading_hours", UNSET))

        def _parse_hidden(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        hidden = _parse_hidden(d.pop("hidden", UNSET))

        def _parse_rfq_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        rfq_enabled = _parse_rfq_enabled(d.pop("rfq_enabled", UNSET))

        market_config = cls(
            market_margin_mode=market_margin_mode,
            insurance_fund_account_index=insurance_fund_account_index,
            liquidation_mode=liquidation_mode,
            force_reduce_only=force_reduce_only,
            funding_fee_discounts_enabled=funding_fee_discounts_enabled,
            trading_hours=trading_hours,
            hidden=hidden,
            rfq_enabled=rfq_enabled,
        )

        market_config.additional_properties = d
        return market_config

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
