from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.price_oracle_market import PriceOracleMarket


T = TypeVar("T", bound="RespPriceOracleInfo")


@_attrs_define
class RespPriceOracleInfo:
    """The exchange's price sources per market."""

    code: int
    """ Result code: 200 on success. """
    computed_at_ms: int
    """ When this answer was computed (Unix milliseconds). """
    markets: list[PriceOracleMarket]
    """ One entry per market. """
    message: None | str | Unset = UNSET
    """ Message. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        computed_at_ms = self.computed_at_ms

        markets = []
        for markets_item_data in self.markets:
            markets_item = markets_item_data.to_dict()
            markets.append(markets_item)

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
                "computed_at_ms": computed_at_ms,
                "markets": markets,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.price_oracle_market import PriceOracleMarket  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        computed_at_ms = d.pop("computed_at_ms")

        markets = []
        _markets = d.pop("markets")
        for markets_item_data in _markets:
            markets_item = PriceOracleMarket.from_dict(markets_item_data)

            markets.append(markets_item)

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        resp_price_oracle_info = cls(
            code=code,
            computed_at_ms=computed_at_ms,
            markets=markets,
            message=message,
        )

        resp_price_oracle_info.additional_properties = d
        return resp_price_oracle_info

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
