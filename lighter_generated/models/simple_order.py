from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SimpleOrder")


@_attrs_define
class SimpleOrder:
    """A resting order as shown in the order book."""

    order_index: int
    """ Exchange-assigned order index (may exceed 2^53). """
    order_id: str
    """ `order_index` as a decimal string. """
    owner_account_index: int
    """ Account that owns the order. """
    initial_base_amount: str
    """ Size when the order was placed (decimal string). """
    remaining_base_amount: str
    """ Size still resting (decimal string). """
    price: str
    """ Limit price (decimal string). """
    order_expiry: int
    """ Expiry of the order (unix milliseconds). """
    transaction_time: int | None | Unset = UNSET
    """ Unix time in microseconds at which the transaction was executed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_index = self.order_index

        order_id = self.order_id

        owner_account_index = self.owner_account_index

        initial_base_amount = self.initial_base_amount

        remaining_base_amount = self.remaining_base_amount

        price = self.price

        order_expiry = self.order_expiry

        transaction_time: int | None | Unset
        if isinstance(self.transaction_time, Unset):
            transaction_time = UNSET
        else:
            transaction_time = self.transaction_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order_index": order_index,
                "order_id": order_id,
                "owner_account_index": owner_account_index,
                "initial_base_amount": initial_base_amount,
                "remaining_base_amount": remaining_base_amount,
                "price": price,
                "order_expiry": order_expiry,
            }
        )
        if transaction_time is not UNSET:
            field_dict["transaction_time"] = transaction_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        order_index = d.pop("order_index")

        order_id = d.pop("order_id")

        owner_account_index = d.pop("owner_account_index")

        initial_base_amount = d.pop("initial_base_amount")

        remaining_base_amount = d.pop("remaining_base_amount")

        price = d.pop("price")

        order_expiry = d.pop("order_expiry")

        def _parse_transaction_time(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        transaction_time = _parse_transaction_time(d.pop("transaction_time", UNSET))

        simple_order = cls(
            order_index=order_index,
            order_id=order_id,
            owner_account_index=owner_account_index,
            initial_base_amount=initial_base_amount,
            remaining_base_amount=remaining_base_amount,
            price=price,
            order_expiry=order_expiry,
            transaction_time=transaction_time,
        )

        simple_order.additional_properties = d
        return simple_order

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
