from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_binary_options_position import AccountBinaryOptionsPosition
    from ..models.account_position import AccountPosition
    from ..models.order import Order
    from ..models.trade import Trade


T = TypeVar("T", bound="WsAccountMarketUpdate")


@_attrs_define
class WsAccountMarketUpdate:
    """A frame of channel `account_market:{market_id}:{account}` (needs `auth`): the account's orders, position and trades
    in one market.

    """

    type_: str
    channel: None | str | Unset = UNSET
    timestamp: int | None | Unset = UNSET
    account_id: int | None | Unset = UNSET
    account: int | None | Unset = UNSET
    orders: list[Order] | None | Unset = UNSET
    position: AccountPosition | None | Unset = UNSET
    trades: list[Trade] | None | Unset = UNSET
    bo_position: AccountBinaryOptionsPosition | None | Unset = UNSET
    """ The account's binary-option holding in this market, when the market is a binary option. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.account_binary_options_position import (
            AccountBinaryOptionsPosition,  # noqa: PLC0415
        )
        from ..models.account_position import AccountPosition  # noqa: PLC0415

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

        account_id: int | None | Unset
        if isinstance(self.account_id, Unset):
            account_id = UNSET
        else:
            account_id = self.account_id

        account: int | None | Unset
        if isinstance(self.account, Unset):
            account = UNSET
        else:
            account = self.account

        orders: list[dict[str, Any]] | None | Unset
        if isinstance(self.orders, Unset):
            orders = UNSET
        elif isinstance(self.orders, list):
            orders = []
            for orders_type_0_item_data in self.orders:
                orders_type_0_item = orders_type_0_item_data.to_dict()
                orders.append(orders_type_0_item)

        else:
            orders = self.orders

        position: dict[str, Any] | None | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        elif isinstance(self.position, AccountPosition):
            position = self.position.to_dict()
        else:
            position = self.position

        trades: list[dict[str, Any]] | None | Unset
        if isinstance(self.trades, Unset):
            trades = UNSET
        elif isinstance(self.trades, list):
            trades = []
            for trades_type_0_item_data in self.trades:
                trades_type_0_item = trades_type_0_item_data.to_dict()
                trades.append(trades_type_0_item)

        else:
            trades = self.trades

        bo_position: dict[str, Any] | None | Unset
        if isinstance(self.bo_position, Unset):
            bo_position = UNSET
        elif isinstance(self.bo_position, AccountBinaryOptionsPosition):
            bo_position = self.bo_position.to_dict()
        else:
            bo_position = self.bo_position

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
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if account is not UNSET:
            field_dict["account"] = account
        if orders is not UNSET:
            field_dict["orders"] = orders
        if position is not UNSET:
            field_dict["position"] = position
        if trades is not UNSET:
            field_dict["trades"] = trades
        if bo_position is not UNSET:
            field_dict["bo_position"] = bo_position

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_binary_options_position import (
            AccountBinaryOptionsPosition,  # noqa: PLC0415
        )
        from ..models.account_position import AccountPosition  # noqa: PLC0415
        from ..models.order import Order  # noqa: PLC0415
        from ..models.trade import Trade  # noqa: PLC0415

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

        def _parse_account_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        account_id = _parse_account_id(d.pop("account_id", UNSET))

        def _parse_account(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        account = _parse_account(d.pop("account", UNSET))

        def _parse_orders(data: object) -> list[Order] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError(f"expected list[Order], got {type(data).__name__}")
            orders_type_0 = []
            _orders_type_0 = data
            for orders_type_0_item_data in _orders_type_0:
                orders_type_0_item = Order.from_dict(orders_type_0_item_data)

                orders_type_0.append(orders_type_0_item)

            return orders_type_0

        orders = _parse_orders(d.pop("orders", UNSET))

        def _parse_position(data: object) -> AccountPosition | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(f"expected AccountPosition, got {type(data).__name__}")
            position_type_0 = AccountPosition.from_dict(data)

            return position_type_0

        position = _parse_position(d.pop("position", UNSET))

        def _parse_trades(data: object) -> list[Trade] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError(f"expected list[Trade], got {type(data).__name__}")
            trades_type_0 = []
            _trades_type_0 = data
            for trades_type_0_item_data in _trades_type_0:
                trades_type_0_item = Trade.from_dict(trades_type_0_item_data)

                trades_type_0.append(trades_type_0_item)

            return trades_type_0

        trades = _parse_trades(d.pop("trades", UNSET))

        def _parse_bo_position(data: object) -> AccountBinaryOptionsPosition | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(f"expected AccountBinaryOptionsPosition, got {type(data).__name__}")
            bo_position_type_0 = AccountBinaryOptionsPosition.from_dict(data)

            return bo_position_type_0

        bo_position = _parse_bo_position(d.pop("bo_position", UNSET))

        ws_account_market_update = cls(
            type_=type_,
            channel=channel,
            timestamp=timestamp,
            account_id=account_id,
            account=account,
            orders=orders,
            position=position,
            trades=trades,
            bo_position=bo_position,
        )

        ws_account_market_update.additional_properties = d
        return ws_account_market_update

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
