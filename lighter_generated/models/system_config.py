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
    liquidity_pool_index: int
    staking_pool_index: int
    funding_fee_rebate_account_index: int
    liquidity_pool_cooldown_period: int
    staking_pool_lockup_period: int
    max_integrator_perps_maker_fee: int
    max_integrator_perps_taker_fee: int
    max_integrator_spot_maker_fee: int
    max_integrator_spot_taker_fee: int
    fee_collector_account_index: int
    message: None | str | Unset = UNSET
    """ Human-readable detail; may be empty. """
    market_maker_incentive_account_index: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        liquidity_pool_index = self.liquidity_pool_index

        staking_pool_index = self.staking_pool_index

        funding_fee_rebate_account_index = self.funding_fee_rebate_account_index

        liquidity_pool_cooldown_period = self.liquidity_pool_cooldown_period

        staking_pool_lockup_period = self.staking_pool_lockup_period

        max_integrator_perps_maker_fee = self.max_integrator_perps_maker_fee

        max_integrator_perps_taker_fee = self.max_integrator_perps_taker_fee

        max_integrator_spot_maker_fee = self.max_integrator_spot_maker_fee

        max_integrator_spot_taker_fee = self.max_integrator_spot_taker_fee

        fee_collector_account_index = self.fee_collector_account_index

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        market_maker_incentive_account_index: int | None | Unset
        if isinstance(self.market_maker_incentive_account_index, Unset):
            market_maker_incentive_account_index = UNSET
        else:
            market_maker_incentive_account_index = self.market_maker_incentive_account_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "liquidity_pool_index": liquidity_pool_index,
                "staking_pool_index": staking_pool_index,
                "funding_fee_rebate_account_index": funding_fee_rebate_account_index,
                "liquidity_pool_cooldown_period": liquidity_pool_cooldown_period,
                "staking_pool_lockup_period": staking_pool_lockup_period,
                "max_integrator_perps_maker_fee": max_integrator_perps_maker_fee,
                "max_integrator_perps_taker_fee": max_integrator_perps_taker_fee,
                "max_integrator_spot_maker_fee": max_integrator_spot_maker_fee,
                "max_integrator_spot_taker_fee": max_integrator_spot_taker_fee,
                "fee_collector_account_index": fee_collector_account_index,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if market_maker_incentive_account_index is not UNSET:
            field_dict["market_maker_incentive_account_index"] = market_maker_incentive_account_index

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        liquidity_pool_index = d.pop("liquidity_pool_index")

        staking_pool_index = d.pop("staking_pool_index")

        funding_fee_rebate_account_index = d.pop("funding_fee_rebate_account_index")

        liquidity_pool_cooldown_period = d.pop("liquidity_pool_cooldown_period")

        staking_pool_lockup_period = d.pop("staking_pool_lockup_period")

        max_integrator_perps_maker_fee = d.pop("max_integrator_perps_maker_fee")

        max_integrator_perps_taker_fee = d.pop("max_integrator_perps_taker_fee")

        max_integrator_spot_maker_fee = d.pop("max_integrator_spot_maker_fee")

        max_integrator_spot_taker_fee = d.pop("max_integrator_spot_taker_fee")

        fee_collector_account_index = d.pop("fee_collector_account_index")

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        def _parse_market_maker_incentive_account_index(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        market_maker_incentive_account_index = _parse_market_maker_incentive_account_index(
            d.pop("market_maker_incentive_account_index", UNSET)
        )

        system_config = cls(
            code=code,
            liquidity_pool_index=liquidity_pool_index,
            staking_pool_index=staking_pool_index,
            funding_fee_rebate_account_index=funding_fee_rebate_account_index,
            liquidity_pool_cooldown_period=liquidity_pool_cooldown_period,
            staking_pool_lockup_period=staking_pool_lockup_period,
            max_integrator_perps_maker_fee=max_integrator_perps_maker_fee,
            max_integrator_perps_taker_fee=max_integrator_perps_taker_fee,
            max_integrator_spot_maker_fee=max_integrator_spot_maker_fee,
            max_integrator_spot_taker_fee=max_integrator_spot_taker_fee,
            fee_collector_account_index=fee_collector_account_index,
            message=message,
            market_maker_incentive_account_index=market_maker_incentive_account_index,
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
