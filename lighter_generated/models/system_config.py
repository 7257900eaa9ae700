from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SystemConfig")


@_attrs_define
class SystemConfig:
    """Answer of `system_config` (GET /api/v1/systemConfig)."""

    code: int
    """ Result code: 200 on success (0 inside nested entries). """
    message: None | str | Unset = UNSET
    """ Human-readable detail; may be empty. """
    liquidity_pool_index: int | None | Unset = UNSET
    staking_pool_index: int | None | Unset = UNSET
    funding_fee_rebate_account_index: int | None | Unset = UNSET
    liquidity_pool_cooldown_period: int | None | Unset = UNSET
    staking_pool_lockup_period: int | None | Unset = UNSET
    max_integrator_perps_maker_fee: int | None | Unset = UNSET
    max_integrator_perps_taker_fee: int | None | Unset = UNSET
    max_integrator_spot_maker_fee: int | None | Unset = UNSET
    max_integrator_spot_taker_fee: int | None | Unset = UNSET
    market_maker_incentive_account_index: int | None | Unset = UNSET
    fee_collector_account_index: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        liquidity_pool_index: int | None | Unset
        if isinstance(self.liquidity_pool_index, Unset):
            liquidity_pool_index = UNSET
        else:
            liquidity_pool_index = self.liquidity_pool_index

        staking_pool_index: int | None | Unset
        if isinstance(self.staking_pool_index, Unset):
            staking_pool_index = UNSET
        else:
            staking_pool_index = self.staking_pool_index

        funding_fee_rebate_account_index: int | None | Unset
        if isinstance(self.funding_fee_rebate_account_index, Unset):
            funding_fee_rebate_account_index = UNSET
        else:
            funding_fee_rebate_account_index = self.funding_fee_rebate_account_index

        liquidity_pool_cooldown_period: int | None | Unset
        if isinstance(self.liquidity_pool_cooldown_period, Unset):
            liquidity_pool_cooldown_period = UNSET
        else:
            liquidity_pool_cooldown_period = self.liquidity_pool_cooldown_period

        staking_pool_lockup_period: int | None | Unset
        if isinstance(self.staking_pool_lockup_period, Unset):
            staking_pool_lockup_period = UNSET
        else:
            staking_pool_lockup_period = self.staking_pool_lockup_period

        max_integrator_perps_maker_fee: int | None | Unset
        if isinstance(self.max_integrator_perps_maker_fee, Unset):
            max_integrator_perps_maker_fee = UNSET
        else:
            max_integrator_perps_maker_fee = self.max_integrator_perps_maker_fee

        max_integrator_perps_taker_fee: int | None | Unset
        if isinstance(self.max_integrator_perps_taker_fee, Unset):
            max_integrator_perps_taker_fee = UNSET
        else:
            max_integrator_perps_taker_fee = self.max_integrator_perps_taker_fee

        max_integrator_spot_maker_fee: int | None | Unset
        if isinstance(self.max_integrator_spot_maker_fee, Unset):
            max_integrator_spot_maker_fee = UNSET
        else:
            max_integrator_spot_maker_fee = self.max_integrator_spot_maker_fee

        max_integrator_spot_taker_fee: int | None | Unset
        if isinstance(self.max_integrator_spot_taker_fee, Unset):
            max_integrator_spot_taker_fee = UNSET
        else:
            max_integrator_spot_taker_fee = self.max_integrator_spot_taker_fee

        market_maker_incentive_account_index: int | None | Unset
        if isinstance(self.market_maker_incentive_account_index, Unset):
            market_maker_incentive_account_index = UNSET
        else:
            market_maker_incentive_account_index = self.market_maker_incentive_account_index

        fee_collector_account_index: int | None | Unset
        if isinstance(self.fee_collector_account_index, Unset):
            fee_collector_account_index = UNSET
        else:
            fee_collector_account_index = self.fee_collector_account_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if liquidity_pool_index is not UNSET:
            field_dict["liquidity_pool_index"] = liquidity_pool_index
        if staking_pool_index is not UNSET:
            field_dict["staking_pool_index"] = staking_pool_index
        if funding_fee_rebate_account_index is not UNSET:
            field_dict["funding_fee_rebate_account_index"] = funding_fee_rebate_account_index
        if liquidity_pool_cooldown_period is not UNSET:
            field_dict["liquidity_pool_cooldown_period"] = liquidity_pool_cooldown_period
        if staking_pool_lockup_period is not UNSET:
            field_dict["staking_pool_lockup_period"] = staking_pool_lockup_period
        if max_integrator_perps_maker_fee is not UNSET:
            field_dict["max_integrator_perps_maker_fee"] = max_integrator_perps_maker_fee
        if max_integrator_perps_taker_fee is not UNSET:
            field_dict["max_integrator_perps_taker_fee"] = max_integrator_perps_taker_fee
        if max_integrator_spot_maker_fee is not UNSET:
            field_dict["max_integrator_spot_maker_fee"] = max_integrator_spot_maker_fee
        if max_integrator_spot_taker_fee is not UNSET:
            field_dict["max_integrator_spot_taker_fee"] = max_integrator_spot_taker_fee
        if market_maker_incentive_account_index is not UNSET:
            field_dict["market_maker_incentive_account_index"] = market_maker_incentive_account_index
        if fee_collector_account_index is not UNSET:
            field_dict["fee_collector_account_index"] = fee_collector_account_index

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        def _parse_liquidity_pool_index(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        liquidity_pool_index = _parse_liquidity_pool_index(d.pop("liquidity_pool_index", UNSET))

        def _parse_staking_pool_index(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        staking_pool_index = _parse_staking_pool_index(d.pop("staking_pool_index", UNSET))

        def _parse_funding_fee_rebate_account_index(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        funding_fee_rebate_account_index = _parse_funding_fee_rebate_account_index(
            d.pop("funding_fee_rebate_account_index", UNSET)
        )

        def _parse_liquidity_pool_cooldown_period(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        liquidity_pool_cooldown_period = _parse_liquidity_pool_cooldown_period(
            d.pop("liquidity_pool_cooldown_period", UNSET)
        )

        def _parse_staking_pool_lockup_period(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        staking_pool_lockup_period = _parse_staking_pool_lockup_period(d.pop("staking_pool_lockup_period", UNSET))

        def _parse_max_integrator_perps_maker_fee(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_integrator_perps_maker_fee = _parse_max_integrator_perps_maker_fee(
            d.pop("max_integrator_perps_maker_fee", UNSET)
        )

        def _parse_max_integrator_perps_taker_fee(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_integrator_perps_taker_fee = _parse_max_integrator_perps_taker_fee(
            d.pop("max_integrator_perps_taker_fee", UNSET)
        )

        def _parse_max_integrator_spot_maker_fee(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_integrator_spot_maker_fee = _parse_max_integrator_spot_maker_fee(
            d.pop("max_integrator_spot_maker_fee", UNSET)
        )

        def _parse_max_integrator_spot_taker_fee(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_integrator_spot_taker_fee = _parse_max_integrator_spot_taker_fee(
            d.pop("max_integrator_spot_taker_fee", UNSET)
        )

        def _parse_market_maker_incentive_account_index(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        market_maker_incentive_account_index = _parse_market_maker_incentive_account_index(
            d.pop("market_maker_incentive_account_index", UNSET)
        )

        def _parse_fee_collector_account_index(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        fee_collector_account_index = _parse_fee_collector_account_index(d.pop("fee_collector_account_index", UNSET))

        system_config = cls(
            code=code,
            message=message,
            liquidity_pool_index=liquidity_pool_index,
            staking_pool_index=staking_pool_index,
            funding_fee_rebate_account_index=funding_fee_rebate_account_index,
            liquidity_pool_cooldown_period=liquidity_pool_cooldown_period,
            staking_pool_lockup_period=staking_pool_lockup_period,
            max_integrator_perps_maker_fee=max_integrator_perps_maker_fee,
            max_integrator_perps_taker_fee=max_integrator_perps_taker_fee,
            max_integrator_spot_maker_fee=max_integrator_spot_maker_fee,
            max_integrator_spot_taker_fee=max_integrator_spot_taker_fee,
            market_maker_incentive_account_index=market_maker_incentive_account_index,
            fee_collector_account_index=fee_collector_account_index,
        )

        system_config.additional_properties = d
        return system_config

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
