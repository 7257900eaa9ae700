from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReqSendTx")


@_attrs_define
class ReqSendTx:
    """Body of `send_tx` (POST /api/v1/sendTx)."""

    tx_type: int
    """ Transaction type number (14 create order, 15 cancel order, 16 cancel all, 17 modify, ...). """
    tx_info: str
    """ The signed transaction as a JSON string. """
    price_protection: bool | Unset = UNSET
    """ Reject orders far from the mark price. Left out unless set, so the server default applies. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tx_type = self.tx_type

        tx_info = self.tx_info

        price_protection = self.price_protection

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tx_type": tx_type,
                "tx_info": tx_info,
            }
        )
        if price_protection is not UNSET:
            field_dict["price_protection"] = price_protection

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tx_type = d.pop("tx_type")

        tx_info = d.pop("tx_info")

        price_protection = d.pop("price_protection", UNSET)

        req_send_tx = cls(
            tx_type=tx_type,
            tx_info=tx_info,
            price_protection=price_protection,
        )

        req_send_tx.additional_properties = d
        return req_send_tx

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
