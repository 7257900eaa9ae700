from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.perps_order_book_detail import PerpsOrderBookDetail
    from ..models.spot_order_book_detail import SpotOrderBookDetail


T = TypeVar("T", bound="OrderBookDetails")


@_attrs_define
class OrderBookDetails:
    """Answer of `order_book_details` (GET /api/v1/orderBookDetails)."""

    code: int
    """ Result code: 200 on success (0 inside nested entries). """
    order_book_details: list[PerpsOrderBookDetail] | None
    message: None | str | Unset = UNSET
    """ Human-readable detail; may be empty. """
    spot_order_book_details: list[SpotOrderBookDetail] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        order_book_details: list[dict[str, Any]] | None
        if isinstance(self.order_book_details, list):
            order_book_details = []
            for order_book_details_type_0_item_data in self.order_book_details:
                order_book_details_type_0_item = order_book_details_type_0_item_data.to_dict()
                order_book_details.append(order_book_details_type_0_item)

        else:
            order_book_details = self.order_book_details

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        spot_order_book_details: list[dict[str, Any]] | None | Unset
        if isinstance(self.spot_order_book_details, Unset):
            spot_order_book_details = UNSET
        elif isinstance(self.spot_order_book_details, list):
            spot_order_book_details = []
            for spot_order_book_details_type_0_item_data in self.spot_order_book_details:
                spot_order_book_details_type_0_item = spot_order_book_details_type_0_item_data.to_dict()
                spot_order_book_details.append(spot_order_book_details_type_0_item)

        else:
            spot_order_book_details = self.spot_order_book_details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "order_book_details": order_book_details,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if spot_order_book_details is not UNSET:
            field_dict["spot_order_book_details"] = spot_order_book_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.perps_order_book_detail import PerpsOrderBookDetail  # noqa: PLC0415
        from ..models.spot_order_book_detail import SpotOrderBookDetail  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        def _parse_order_book_details(data: object) -> list[PerpsOrderBookDetail] | None:
            if data is None:
                return data
            if not isinstance(data, list):
                raise TypeError(f"expected list[PerpsOrderBookDetail], got {type(data).__name__}")
            order_book_details_type_0 = []
            _order_book_details_type_0 = data
            for order_book_details_type_0_item_data in _order_book_details_type_0:
                order_book_details_type_0_item = PerpsOrderBookDetail.from_dict(order_book_details_type_0_item_data)

                order_book_details_type_0.append(order_book_details_type_0_item)

            return order_book_details_type_0

        order_book_details = _parse_order_book_details(d.pop("order_book_details"))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        def _parse_spot_order_book_details(data: object) -> list[SpotOrderBookDetail] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError(f"expected list[SpotOrderBookDetail], got {type(data).__name__}")
            spot_order_book_details_type_0 = []
            _spot_order_book_details_type_0 = data
            for spot_order_book_details_type_0_item_data in _spot_order_book_details_type_0:
                spot_order_book_details_type_0_item = SpotOrderBookDetail.from_dict(
                    spot_order_book_details_type_0_item_data
                )

                spot_order_book_details_type_0.append(spot_order_book_details_type_0_item)

            return spot_order_book_details_type_0

        spot_order_book_details = _parse_spot_order_book_details(d.pop("spot_order_book_details", UNSET))

        order_book_details = cls(
            code=code,
            order_book_details=order_book_details,
            message=message,
            spot_order_book_details=spot_order_book_details,
        )

        order_book_details.additional_properties = d
        return order_book_details

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
