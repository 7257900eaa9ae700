from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ws_account_all_orders_update_orders_type_0 import (
        WsAccountAllOrdersUpdateOrdersType0,
    )


T = TypeVar("T", bound="WsAccountAllOrdersUpdate")


@_attrs_define
class WsAccountAllOrdersUpdate:
    """A frame of channel `account_all_orders:{account}` (needs `auth`): orders keyed by market id."""

    type_: str
    channel: None | str | Unset = UNSET
    timestamp: int | None | Unset = UNSET
    orders: None | Unset | WsAccountAllOrdersUpdateOrdersType0 = UNSET
    """ Market id (as a string) to the orders that changed in that market. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ws_account_all_orders_update_orders_type_0 import (
            WsAccountAllOrdersUpdateOrdersType0,  # noqa: PLC0415
        )

        type_ = self.type_

        channel: None | str | Unset
        if isinstance(self.channel, Unset):
            channel = UNSET
        else:
            channel = self.channel

        timestamp: int | None | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = self.timestamp

        orders: dict[str, Any] | None | Unset
        if isinstance(self.orders, Unset):
            orders = UNSET
        elif isinstance(self.orders, WsAccountAllOrdersUpdateOrdersType0):
            orders = self.orders.to_dict()
        else:
            orders = self.orders

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if channel is not UNSET:
            field_dict["channel"] = channel
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if orders is not UNSET:
            field_dict["orders"] = orders

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ws_account_all_orders_update_orders_type_0 import (
            WsAccountAllOrdersUpdateOrdersType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        type_ = d.pop("type")

        def _parse_channel(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        channel = _parse_channel(d.pop("channel", UNSET))

        def _parse_timestamp(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        timestamp = _parse_timestamp(d.pop("timestamp", UNSET))

        def _parse_orders(data: object) -> None | Unset | WsAccountAllOrdersUpdateOrdersType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(f"expected WsAccountAllOrdersUpdateOrdersType0, got {type(data).__name__}")
            orders_type_0 = WsAccountAllOrdersUpdateOrdersType0.from_dict(data)

            return orders_type_0

        orders = _parse_orders(d.pop("orders", UNSET))

        ws_account_all_orders_update = cls(
            type_=type_,
            channel=channel,
            timestamp=timestamp,
            orders=orders,
        )

        ws_account_all_orders_update.additional_properties = d
        return ws_account_all_orders_update

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
