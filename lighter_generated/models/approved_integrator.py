from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApprovedIntegrator")


@_attrs_define
class ApprovedIntegrator:
    """An integrator the account allowed to charge fees, with the fee caps."""

    account_index: int | None | Unset = UNSET
    """ Account index (sub-accounts and pools have large indexes, up to 2^48-1). """
    name: None | str | Unset = UNSET
    max_perps_taker_fee: int | None | Unset = UNSET
    max_perps_maker_fee: int | None | Unset = UNSET
    max_spot_taker_fee: int | None | Unset = UNSET
    max_spot_maker_fee: int | None | Unset = UNSET
    approval_expiry: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_index: int | None | Unset
        if isinstance(self.account_index, Unset):
            account_index = UNSET
        else:
            account_index = self.account_index

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        max_perps_taker_fee: int | None | Unset
        if isinstance(self.max_perps_taker_fee, Unset):
            max_perps_taker_fee = UNSET
        else:
            max_perps_taker_fee = self.max_perps_taker_fee

        max_perps_maker_fee: int | None | Unset
        if isinstance(self.max_perps_maker_fee, Unset):
            max_perps_maker_fee = UNSET
        else:
            max_perps_maker_fee = self.max_perps_maker_fee

        max_spot_taker_fee: int | None | Unset
        if isinstance(self.max_spot_taker_fee, Unset):
            max_spot_taker_fee = UNSET
        else:
            max_spot_taker_fee = self.max_spot_taker_fee

        max_spot_maker_fee: int | None | Unset
        if isinstance(self.max_spot_maker_fee, Unset):
            max_spot_maker_fee = UNSET
        else:
            max_spot_maker_fee = self.max_spot_maker_fee

        approval_expiry: int | None | Unset
        if isinstance(self.approval_expiry, Unset):
            approval_expiry = UNSET
        else:
            approval_expiry = self.approval_expiry

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_index is not UNSET:
            field_dict["account_index"] = account_index
        if name is not UNSET:
            field_dict["name"] = name
        if max_perps_taker_fee is not UNSET:
            field_dict["max_perps_taker_fee"] = max_perps_taker_fee
        if max_perps_maker_fee is not UNSET:
            field_dict["max_perps_maker_fee"] = max_perps_maker_fee
        if max_spot_taker_fee is not UNSET:
            field_dict["max_spot_taker_fee"] = max_spot_taker_fee
        if max_spot_maker_fee is not UNSET:
            field_dict["max_spot_maker_fee"] = max_spot_maker_fee
        if approval_expiry is not UNSET:
            field_dict["approval_expiry"] = approval_expiry

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_account_index(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        account_index = _parse_account_index(d.pop("account_index", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_max_perps_taker_fee(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_perps_taker_fee = _parse_max_perps_taker_fee(d.pop("max_perps_taker_fee", UNSET))

        def _parse_max_perps_maker_fee(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_perps_maker_fee = _parse_max_perps_maker_fee(d.pop("max_perps_maker_fee", UNSET))

        def _parse_max_spot_taker_fee(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_spot_taker_fee = _parse_max_spot_taker_fee(d.pop("max_spot_taker_fee", UNSET))

        def _parse_max_spot_maker_fee(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_spot_maker_fee = _parse_max_spot_maker_fee(d.pop("max_spot_maker_fee", UNSET))

        def _parse_approval_expiry(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        approval_expiry = _parse_approval_expiry(d.pop("approval_expiry", UNSET))

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
