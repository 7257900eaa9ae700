from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LiqTrade")


@_attrs_define
class LiqTrade:
    """The trade that closed (part of) a liquidated position."""

    price: str
    """ Price as a decimal string with the market's price decimals. """
    size: str
    """ Base amount as a decimal string with the market's size decimals. """
    taker_fee: str
    """ Taker fee. """
    maker_fee: str
    """ Maker fee. """
    transaction_time: int
    """ Unix time in microseconds at which the transaction was executed. """
    bid_account_id: int
    """ Account index of the buyer. """
    ask_account_id: int
    """ Account index of the seller. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        price = self.price

        size = self.size

        taker_fee = self.taker_fee

        maker_fee = self.maker_fee

        transaction_time = self.transaction_time

        bid_account_id = self.bid_account_id

        ask_account_id = self.ask_account_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "price": price,
                "size": size,
                "taker_fee": taker_fee,
                "maker_fee": maker_fee,
                "transaction_time": transaction_time,
                "bid_account_id": bid_account_id,
                "ask_account_id": ask_account_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        price = d.pop("price")

        size = d.pop("size")

        taker_fee = d.pop("taker_fee")

        maker_fee = d.pop("maker_fee")

        transaction_time = d.pop("transaction_time")

        bid_account_id = d.pop("bid_account_id")

        ask_account_id = d.pop("ask_account_id")

        liq_trade = cls(
            price=price,
            size=size,
            taker_fee=taker_fee,
            maker_fee=maker_fee,
            transaction_time=transaction_time,
            bid_account_id=bid_account_id,
            ask_account_id=ask_account_id,
        )

        liq_trade.additional_properties = d
        return liq_trade

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
