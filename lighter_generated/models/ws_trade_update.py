from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.trade import Trade


T = TypeVar("T", bound="WsTradeUpdate")


@_attrs_define
class WsTradeUpdate:
    """A `subscribed/trade` (recent trades) or `update/trade` (new trades) frame of channel `trade:{market_id}`."""

    type_: str
    channel: None | str | Unset = UNSET
    nonce: int | None | Unset = UNSET
    timestamp: int | None | Unset = UNSET
    trades: list[Trade] | None | Unset = UNSET
    liquidation_trades: list[Trade] | None | Unset = UNSET
    """ Trades caused by liquidations; may be `null`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        channel: None | str | Unset
        if isinstance(self.channel, Unset):
            channel = UNSET
        else:
            channel = self.channel

        nonce: int | None | Unset
        if isinstance(self.nonce, Unset):
            nonce = UNSET
        else:
            nonce = self.nonce

        timestamp: int | None | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = self.timestamp

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

        liquidation_trades: list[dict[str, Any]] | None | Unset
        if isinstance(self.liquidation_trades, Unset):
            liquidation_trades = UNSET
        elif isinstance(self.liquidation_trades, list):
            liquidation_trades = []
            for liquidation_trades_type_0_item_data in self.liquidation_trades:
                liquidation_trades_type_0_item = liquidation_trades_type_0_item_data.to_dict()
                liquidation_trades.append(liquidation_trades_type_0_item)

        else:
            liquidation_trades = self.liquidation_trades

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if channel is not UNSET:
            field_dict["channel"] = channel
        if nonce is not UNSET:
            field_dict["nonce"] = nonce
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if trades is not UNSET:
            field_dict["trades"] = trades
        if liquidation_trades is not UNSET:
            field_dict["liquidation_trades"] = liquidation_trades

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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

        def _parse_nonce(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        nonce = _parse_nonce(d.pop("nonce", UNSET))

        def _parse_timestamp(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        timestamp = _parse_timestamp(d.pop("timestamp", UNSET))

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

        def _parse_liquidation_trades(data: object) -> list[Trade] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError(f"expected list[Trade], got {type(data).__name__}")
            liquidation_trades_type_0 = []
            _liquidation_trades_type_0 = data
            for liquidation_trades_type_0_item_data in _liquidation_trades_type_0:
                liquidation_trades_type_0_item = Trade.from_dict(liquidation_trades_type_0_item_data)

                liquidation_trades_type_0.append(liquidation_trades_type_0_item)

            return liquidation_trades_type_0

        liquidation_trades = _parse_liquidation_trades(d.pop("liquidation_trades", UNSET))

        ws_trade_update = cls(
            type_=type_,
            channel=channel,
            nonce=nonce,
            timestamp=timestamp,
            trades=trades,
            liquidation_trades=liquidation_trades,
        )

        ws_trade_update.additional_properties = d
        return ws_trade_update

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
