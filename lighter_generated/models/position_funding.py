from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PositionFunding")


@_attrs_define
class PositionFunding:
    """A funding payment of a position."""

    timestamp: int | None | Unset = UNSET
    """ Unix timestamp (seconds or milliseconds depending on the endpoint). """
    market_id: int | None | Unset = UNSET
    """ Market index: perpetual markets 0-254, spot markets from 2048; 255 means all markets. """
    funding_id: int | None | Unset = UNSET
    change: None | str | Unset = UNSET
    discount: None | str | Unset = UNSET
    rate: None | str | Unset = UNSET
    position_size: None | str | Unset = UNSET
    position_side: None | str | Unset = UNSET
    """ Known values: `long`, `short`; others may appear. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timestamp: int | None | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = self.timestamp

        market_id: int | None | Unset
        if isinstance(self.market_id, Unset):
            market_id = UNSET
        else:
            market_id = self.market_id

        funding_id: int | None | Unset
        if isinstance(self.funding_id, Unset):
            funding_id = UNSET
        else:
            funding_id = self.funding_id

        change: None | str | Unset
        if isinstance(self.change, Unset):
            change = UNSET
        else:
            change = self.change

        discount: None | str | Unset
        if isinstance(self.discount, Unset):
            discount = UNSET
        else:
            discount = self.discount

        rate: None | str | Unset
        if isinstance(self.rate, Unset):
            rate = UNSET
        else:
            rate = self.rate

        position_size: None | str | Unset
        if isinstance(self.position_size, Unset):
            position_size = UNSET
        else:
            position_size = self.position_size

        position_side: None | str | Unset
        if isinstance(self.position_side, Unset):
            position_side = UNSET
        else:
            position_side = self.position_side

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if market_id is not UNSET:
            field_dict["market_id"] = market_id
        if funding_id is not UNSET:
            field_dict["funding_id"] = funding_id
        if change is not UNSET:
            field_dict["change"] = change
        if discount is not UNSET:
            field_dict["discount"] = discount
        if rate is not UNSET:
            field_dict["rate"] = rate
        if position_size is not UNSET:
            field_dict["position_size"] = position_size
        if position_side is not UNSET:
            field_dict["position_side"] = position_side

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_timestamp(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        timestamp = _parse_timestamp(d.pop("timestamp", UNSET))

        def _parse_market_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        market_id = _parse_market_id(d.pop("market_id", UNSET))

        def _parse_funding_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        funding_id = _parse_funding_id(d.pop("funding_id", UNSET))

        def _parse_change(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        change = _parse_change(d.pop("change", UNSET))

        def _parse_discount(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        discount = _parse_discount(d.pop("discount", UNSET))

        def _parse_rate(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rate = _parse_rate(d.pop("rate", UNSET))

        def _parse_position_size(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        position_size = _parse_position_size(d.pop("position_size", UNSET))

        def _parse_position_side(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        position_side = _parse_position_side(d.pop("position_side", UNSET))

        position_funding = cls(
            timestamp=timestamp,
            market_id=market_id,
            funding_id=funding_id,
            change=change,
            discount=discount,
            rate=rate,
            position_size=position_size,
            position_side=position_side,
        )

        position_funding.additional_properties = d
        return position_funding

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
