from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_book import OrderBook


T = TypeVar("T", bound="OrderBooks")


@_attrs_define
class OrderBooks:
    """Answer of `order_books` (GET /api/v1/orderBooks)."""

    code: int
    """ Result code: 200 on success (0 inside nested entries). """
    order_books: list[OrderBook] | None
    message: None | str | Unset = UNSET
    """ Human-readable detail; may be empty. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        order_books: list[dict[str, Any]] | None
        if isinstance(self.order_books, list):
            order_books = []
            for order_books_type_0_item_data in self.order_books:
                order_books_type_0_item = order_books_type_0_item_data.to_dict()
                order_books.append(order_books_type_0_item)

        else:
            order_books = self.order_books

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
                "order_books": order_books,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.order_book import OrderBook  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        def _parse_order_books(data: object) -> list[OrderBook] | None:
            if data is None:
                return data
            if not isinstance(data, list):
                raise TypeError(f"expected list[OrderBook], got {type(data).__name__}")
            order_books_type_0 = []
            _order_books_type_0 = data
            for order_books_type_0_item_data in _order_books_type_0:
                order_books_type_0_item = OrderBook.from_dict(order_books_type_0_item_data)

                order_books_type_0.append(order_books_type_0_item)

            return order_books_type_0

        order_books = _parse_order_books(d.pop("order_books"))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        order_books = cls(
            code=code,
            order_books=order_books,
            message=message,
        )

        order_books.additional_properties = d
        return order_books

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
