from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LiqTrade")


@_attrs_define
class LiqTrade:
    """The trade that closed (part of) a liquidated position."""

    price: None | str | Unset = UNSET
    """ Price as a decimal string with the market's price decimals. """
    size: None | str | Unset = UNSET
    """ Base amount as a decimal string with the market's size decimals. """
    taker_fee: None | str | Unset = UNSET
    """ Taker fee. """
    maker_fee: None | str | Unset = UNSET
    """ Maker fee. """
    transaction_time: int | None | Unset = UNSET
    """ Unix time in microseconds at which the transaction was executed. """
    bid_account_id: int | None | Unset = UNSET
    """ Account index of the buyer. """
    ask_account_id: int | None | Unset = UNSET
    """ Account index of the seller. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        price: None | str | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        size: None | str | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size

        taker_fee: None | str | Unset
        if isinstance(self.taker_fee, Unset):
            taker_fee = UNSET
        else:
            taker_fee = self.taker_fee

        maker_fee: None | str | Unset
        if isinstance(self.maker_fee, Unset):
            maker_fee = UNSET
        else:
            maker_fee = self.maker_fee

        transaction_time: int | None | Unset
        if isinstance(self.transaction_time, Unset):
            transaction_time = UNSET
        else:
            transaction_time = self.transaction_time

        bid_account_id: int | None | Unset
        if isinstance(self.bid_account_id, Unset):
            bid_account_id = UNSET
        else:
            bid_account_id = self.bid_account_id

        ask_account_id: int | None | Unset
        if isinstance(self.ask_account_id, Unset):
            ask_account_id = UNSET
        else:
            ask_account_id = self.ask_account_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if price is not UNSET:
            field_dict["price"] = price
        if size is not UNSET:
            field_dict["size"] = size
        if taker_fee is not UNSET:
            field_dict["taker_fee"] = taker_fee
        if maker_fee is not UNSET:
            field_dict["maker_fee"] = maker_fee
        if transaction_time is not UNSET:
            field_dict["transaction_time"] = transaction_time
        if bid_account_id is not UNSET:
            field_dict["bid_account_id"] = bid_account_id
        if ask_account_id is not UNSET:
            field_dict["ask_account_id"] = ask_account_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_price(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        price = _parse_price(d.pop("price", UNSET))

        def _parse_size(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        size = _parse_size(d.pop("size", UNSET))

        def _parse_taker_fee(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        taker_fee = _parse_taker_fee(d.pop("taker_fee", UNSET))

        def _parse_maker_fee(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        maker_fee = _parse_maker_fee(d.pop("maker_fee", UNSET))

        def _parse_transaction_time(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        transaction_time = _parse_transaction_time(d.pop("transaction_time", UNSET))

        def _parse_bid_account_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        bid_account_id = _parse_bid_account_id(d.pop("bid_account_id", UNSET))

        def _parse_ask_account_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        ask_account_id = _parse_ask_account_id(d.pop("ask_account_id", UNSET))

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
