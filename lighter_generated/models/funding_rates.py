from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.funding_rate import FundingRate


T = TypeVar("T", bound="FundingRates")


@_attrs_define
class FundingRates:
    """Answer of `funding_rates` (GET /api/v1/funding-rates)."""

    code: int
    """ Result code: 200 on success (0 inside nested entries). """
    funding_rates: list[FundingRate] | None
    message: None | str | Unset = UNSET
    """ Human-readable detail; may be empty. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        funding_rates: list[dict[str, Any]] | None
        if isinstance(self.funding_rates, list):
            funding_rates = []
            for funding_rates_type_0_item_data in self.funding_rates:
                funding_rates_type_0_item = funding_rates_type_0_item_data.to_dict()
                funding_rates.append(funding_rates_type_0_item)

        else:
            funding_rates = self.funding_rates

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "funding_rates": funding_rates,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.funding_rate import FundingRate  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        def _parse_funding_rates(data: object) -> list[FundingRate] | None:
            if data is None:
                return data
            if not isinstance(data, list):
                raise TypeError(f"expected list[FundingRate], got {type(data).__name__}")
            funding_rates_type_0 = []
            _funding_rates_type_0 = data
            for funding_rates_type_0_item_data in _funding_rates_type_0:
                funding_rates_type_0_item = FundingRate.from_dict(funding_rates_type_0_item_data)

                funding_rates_type_0.append(funding_rates_type_0_item)

            return funding_rates_type_0

        funding_rates = _parse_funding_rates(d.pop("funding_rates"))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        funding_rates = cls(
            code=code,
            funding_rates=funding_rates,
            message=message,
        )

        funding_rates.additional_properties = d
        return funding_rates

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
