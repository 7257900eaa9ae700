from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AccountBinaryOptionsPosition")


@_attrs_define
class AccountBinaryOptionsPosition:
    """A holding in one binary-option (outcome) market."""

    market_id: int
    """ Market index of the outcome market. """
    entry_quote: str
    """ Quote amount paid to enter the holding (decimal string). """
    avg_entry_price: str
    """ Average entry price of the held side: the YES price when `sign` is 1, the NO price when it is -1 (decimal
    string). """
    sign: int
    """ 1 when the account holds YES, -1 when it holds NO. """
    size: str
    """ Number of outcome shares held, without sign (decimal string). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        market_id = self.market_id

        entry_quote = self.entry_quote

        avg_entry_price = self.avg_entry_price

        sign = self.sign

        size = self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "market_id": market_id,
                "entry_quote": entry_quote,
                "avg_entry_price": avg_entry_price,
                "sign": sign,
                "size": size,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        market_id = d.pop("market_id")

        entry_quote = d.pop("entry_quote")

        avg_entry_price = d.pop("avg_entry_price")

        sign = d.pop("sign")

        size = d.pop("size")

        account_binary_options_position = cls(
            market_id=market_id,
            entry_quote=entry_quote,
            avg_entry_price=avg_entry_price,
            sign=sign,
            size=size,
        )

        account_binary_options_position.additional_properties = d
        return account_binary_options_position

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
