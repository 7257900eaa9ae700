from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ApprovedIntegrator")


@_attrs_define
class ApprovedIntegrator:
    """An integrator the account allowed to charge fees, with the fee caps."""

    account_index: int
    """ Account index (sub-accounts and pools have large indexes, up to 2^48-1). """
    name: str
    max_perps_taker_fee: int
    max_perps_maker_fee: int
    max_spot_taker_fee: int
    max_spot_maker_fee: int
    approval_expiry: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_index = self.account_index

        name = self.name

        max_perps_taker_fee = self.max_perps_taker_fee

        max_perps_maker_fee = self.max_perps_maker_fee

        max_spot_taker_fee = self.max_spot_taker_fee

        max_spot_maker_fee = self.max_spot_maker_fee

        approval_expiry = self.approval_expiry

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_index": account_index,
                "name": name,
                "max_perps_taker_fee": max_perps_taker_fee,
                "max_perps_maker_fee": max_perps_maker_fee,
                "max_spot_taker_fee": max_spot_taker_fee,
                "max_spot_maker_fee": max_spot_maker_fee,
                "approval_expiry": approval_expiry,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_index = d.pop("account_index")

        name = d.pop("name")

        max_perps_taker_fee = d.pop("max_perps_taker_fee")

        max_perps_maker_fee = d.pop("max_perps_maker_fee")

        max_spot_taker_fee = d.pop("max_spot_taker_fee")

        max_spot_maker_fee = d.pop("max_spot_maker_fee")

        approval_expiry = d.pop("approval_expiry")

        approved_integrator = cls(
            account_index=account_index,
            name=name,
            max_perps_taker_fee=max_perps_taker_fee,
            max_perps_maker_fee=max_perps_maker_fee,
            max_spot_taker_fee=max_spot_taker_fee,
            max_spot_maker_fee=max_spot_maker_fee,
            approval_expiry=approval_expiry,
        )

        approved_integrator.additional_properties = d
        return approved_integrator

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
