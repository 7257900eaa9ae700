from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.simple_order import SimpleOrder


T = TypeVar("T", bound="OrderBookOrders")


@_attrs_define
class OrderBookOrders:
    """Answer of `order_book_orders` (GET /api/v1/orderBookOrders)."""

    code: int
    """ Result code: 200 on success (0 inside nested entries). """
    total_asks: int
    """ Number of ask orders in this answer. """
    asks: list[SimpleOrder] | None
    total_bids: int
    """ Number of bid orders in this answer. """
    bids: list[SimpleOrder] | None
    message: None | str | Unset = UNSET
    """ Human-readable detail; may be empty. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        total_asks = self.total_asks

        asks: list[dict[str, Any]] | None
        if isinstance(self.asks, list):
            asks = []
            for asks_type_0_item_data in self.asks:
                asks_type_0_item = asks_type_0_item_data.to_dict()
                asks.append(asks_type_0_item)

        else:
            asks = self.asks

        total_bids = self.total_bids

        bids: list[dict[str, Any]] | None
        if isinstance(self.bids, list):
            bids = []
            for bids_type_0_item_data in self.bids:
                bids_type_0_item = bids_type_0_item_data.to_dict()
                bids.append(bids_type_0_item)

        else:
            bids = self.bids

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
                "total_asks": total_asks,
                "asks": asks,
                "total_bids": total_bids,
                "bids": bids,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.simple_order import SimpleOrder  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        total_asks = d.pop("total_asks")

        def _parse_asks(data: object) -> list[SimpleOrder] | None:
            if data is None:
                return data
            if not isinstance(data, list):
                raise TypeError(f"expected list[SimpleOrder], got {type(data).__name__}")
            asks_type_0 = []
            _asks_type_0 = data
            for asks_type_0_item_data in _asks_type_0:
                asks_type_0_item = SimpleOrder.from_dict(asks_type_0_item_data)

                asks_type_0.append(asks_type_0_item)

            return asks_type_0

        asks = _parse_asks(d.pop("asks"))

        total_bids = d.pop("total_bids")

        def _parse_bids(data: object) -> list[SimpleOrder] | None:
            if data is None:
                return data
            if not isinstance(data, list):
                raise TypeError(f"expected list[SimpleOrder], got {type(data).__name__}")
            bids_type_0 = []
            _bids_type_0 = data
            for bids_type_0_item_data in _bids_type_0:
                bids_type_0_item = SimpleOrder.from_dict(bids_type_0_item_data)

                bids_type_0.append(bids_type_0_item)

            return bids_type_0

        bids = _parse_bids(d.pop("bids"))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        order_book_orders = cls(
            code=code,
            total_asks=total_asks,
            asks=asks,
            total_bids=total_bids,
            bids=bids,
            message=message,
        )

        order_book_orders.additional_properties = d
        return order_book_orders

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
