from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountLimits")


@_attrs_define
class AccountLimits:
    """Answer of `account_limits` (GET /api/v1/accountLimits)."""

    code: int
    """ Result code: 200 on success (0 inside nested entries). """
    max_llp_percentage: int
    user_tier: str
    can_create_public_pool: bool
    max_llp_amount: str
    current_maker_fee_tick: int
    current_taker_fee_tick: int
    effective_lit_stakes: str
    leased_lit: str
    user_tier_name: str
    message: None | str | Unset = UNSET
    """ Human-readable detail; may be empty. """
    user_tier_last_update: int | None | Unset = UNSET
    bo_fee_rate: float | None | Unset = UNSET
    """ Multiplier applied to binary-option fees (staking and volume discounts combined; 0.72 means 28% off). """
    bo_user_tier_name: None | str | Unset = UNSET
    """ Binary-option fee tier of the account. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        max_llp_percentage = self.max_llp_percentage

        user_tier = self.user_tier

        can_create_public_pool = self.can_create_public_pool

        max_llp_amount = self.max_llp_amount

        current_maker_fee_tick = self.current_maker_fee_tick

        current_taker_fee_tick = self.current_taker_fee_tick

        effective_lit_stakes = self.effective_lit_stakes

        leased_lit = self.leased_lit

        user_tier_name = self.user_tier_name

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        user_tier_last_update: int | None | Unset
        if isinstance(self.user_tier_last_update, Unset):
            user_tier_last_update = UNSET
        else:
            user_tier_last_update = self.user_tier_last_update

        bo_fee_rate: float | None | Unset
        if isinstance(self.bo_fee_rate, Unset):
            bo_fee_rate = UNSET
        else:
            bo_fee_rate = self.bo_fee_rate

        bo_user_tier_name: None | str | Unset
        if isinstance(self.bo_user_tier_name, Unset):
            bo_user_tier_name = UNSET
        else:
            bo_user_tier_name = self.bo_user_tier_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "max_llp_percentage": max_llp_percentage,
                "user_tier": user_tier,
                "can_create_public_pool": can_create_public_pool,
                "max_llp_amount": max_llp_amount,
                "current_maker_fee_tick": current_maker_fee_tick,
                "current_taker_fee_tick": current_taker_fee_tick,
                "effective_lit_stakes": effective_lit_stakes,
                "leased_lit": leased_lit,
                "user_tier_name": user_tier_name,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if user_tier_last_update is not UNSET:
            field_dict["user_tier_last_update"] = user_tier_last_update
        if bo_fee_rate is not UNSET:
            field_dict["bo_fee_rate"] = bo_fee_rate
        if bo_user_tier_name is not UNSET:
            field_dict["bo_user_tier_name"] = bo_user_tier_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        max_llp_percentage = d.pop("max_llp_percentage")

        user_tier = d.pop("user_tier")

        can_create_public_pool = d.pop("can_create_public_pool")

        max_llp_amount = d.pop("max_llp_amount")

        current_maker_fee_tick = d.pop("current_maker_fee_tick")

        current_taker_fee_tick = d.pop("current_taker_fee_tick")

        effective_lit_stakes = d.pop("effective_lit_stakes")

        leased_lit = d.pop("leased_lit")

        user_tier_name = d.pop("user_tier_name")

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        def _parse_user_tier_last_update(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        user_tier_last_update = _parse_user_tier_last_update(d.pop("user_tier_last_update", UNSET))

        def _parse_bo_fee_rate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        bo_fee_rate = _parse_bo_fee_rate(d.pop("bo_fee_rate", UNSET))

        def _parse_bo_user_tier_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bo_user_tier_name = _parse_bo_user_tier_name(d.pop("bo_user_tier_name", UNSET))

        account_limits = cls(
            code=code,
            max_llp_percentage=max_llp_percentage,
            user_tier=user_tier,
            can_create_public_pool=can_create_public_pool,
            max_llp_amount=max_llp_amount,
            current_maker_fee_tick=current_maker_fee_tick,
            current_taker_fee_tick=current_taker_fee_tick,
            effective_lit_stakes=effective_lit_stakes,
            leased_lit=leased_lit,
            user_tier_name=user_tier_name,
            message=message,
            user_tier_last_update=user_tier_last_update,
            bo_fee_rate=bo_fee_rate,
            bo_user_tier_name=bo_user_tier_name,
        )

        account_limits.additional_properties = d
        return account_limits

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
