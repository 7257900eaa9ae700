from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.liq_trade import LiqTrade
    from ..models.liquidation_info import LiquidationInfo


T = TypeVar("T", bound="Liquidation")


@_attrs_define
class Liquidation:
    """A liquidation or deleverage event with the account's risk before and after."""

    id: int | None | Unset = UNSET
    market_id: int | None | Unset = UNSET
    """ Market index: perpetual markets 0-254, spot markets from 2048; 255 means all markets. """
    type_: None | str | Unset = UNSET
    """ Known values: `partial`, `deleverage`; others may appear. """
    trade: LiqTrade | None | Unset = UNSET
    info: LiquidationInfo | None | Unset = UNSET
    executed_at: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.liq_trade import LiqTrade  # noqa: PLC0415
        from ..models.liquidation_info import LiquidationInfo  # noqa: PLC0415

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        market_id: int | None | Unset
        if isinstance(self.market_id, Unset):
            market_id = UNSET
        else:
            market_id = self.market_id

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        trade: dict[str, Any] | None | Unset
        if isinstance(self.trade, Unset):
            trade = UNSET
        elif isinstance(self.trade, LiqTrade):
            trade = self.trade.to_dict()
        else:
            trade = self.trade

        info: dict[str, Any] | None | Unset
        if isinstance(self.info, Unset):
            info = UNSET
        elif isinstance(self.info, LiquidationInfo):
            info = self.info.to_dict()
        else:
            info = self.info

        executed_at: int | None | Unset
        if isinstance(self.executed_at, Unset):
            executed_at = UNSET
        else:
            executed_at = self.executed_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if market_id is not UNSET:
            field_dict["market_id"] = market_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if trade is not UNSET:
            field_dict["trade"] = trade
        if info is not UNSET:
            field_dict["info"] = info
        if executed_at is not UNSET:
            field_dict["executed_at"] = executed_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.liq_trade import LiqTrade  # noqa: PLC0415
        from ..models.liquidation_info import LiquidationInfo  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_market_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        market_id = _parse_market_id(d.pop("market_id", UNSET))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_trade(data: object) -> LiqTrade | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(f"expected LiqTrade, got {type(data).__name__}")
            trade_type_0 = LiqTrade.from_dict(data)

            return trade_type_0

        trade = _parse_trade(d.pop("trade", UNSET))

        def _parse_info(data: object) -> LiquidationInfo | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(f"expected LiquidationInfo, got {type(data).__name__}")
            info_type_0 = LiquidationInfo.from_dict(data)

            return info_type_0

        info = _parse_info(d.pop("info", UNSET))

        def _parse_executed_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        executed_at = _parse_executed_at(d.pop("executed_at", UNSET))

        liquidation = cls(
            id=id,
            market_id=market_id,
            type_=type_,
            trade=trade,
            info=info,
            executed_at=executed_at,
        )

        liquidation.additional_properties = d
        return liquidation

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
