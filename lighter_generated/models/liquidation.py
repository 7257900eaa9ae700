from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.liq_trade import LiqTrade
    from ..models.liquidation_info import LiquidationInfo


T = TypeVar("T", bound="Liquidation")


@_attrs_define
class Liquidation:
    """A liquidation or deleverage event with the account's risk before and after."""

    id: int
    market_id: int
    """ Market index: perpetual markets 0-254, spot markets from 2048; 255 means all markets. """
    type_: str
    """ Known values: `partial`, `deleverage`; others may appear. """
    trade: LiqTrade | None
    info: LiquidationInfo | None
    executed_at: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.liq_trade import LiqTrade  # noqa: PLC0415
        from ..models.liquidation_info import LiquidationInfo  # noqa: PLC0415

        id = self.id

        market_id = self.market_id

        type_ = self.type_

        trade: dict[str, Any] | None
        if isinstance(self.trade, LiqTrade):
            trade = self.trade.to_dict()
        else:
            trade = self.trade

        info: dict[str, Any] | None
        if isinstance(self.info, LiquidationInfo):
            info = self.info.to_dict()
        else:
            info = self.info

        executed_at = self.executed_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "market_id": market_id,
                "type": type_,
                "trade": trade,
                "info": info,
                "executed_at": executed_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.liq_trade import LiqTrade  # noqa: PLC0415
        from ..models.liquidation_info import LiquidationInfo  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        market_id = d.pop("market_id")

        type_ = d.pop("type")

        def _parse_trade(data: object) -> LiqTrade | None:
            if data is None:
                return data
            if not isinstance(data, dict):
                raise TypeError(f"expected LiqTrade, got {type(data).__name__}")
            trade_type_0 = LiqTrade.from_dict(data)

            return trade_type_0

        trade = _parse_trade(d.pop("trade"))

        def _parse_info(data: object) -> LiquidationInfo | None:
            if data is None:
                return data
            if not isinstance(data, dict):
                raise TypeError(f"expected LiquidationInfo, got {type(data).__name__}")
            info_type_0 = LiquidationInfo.from_dict(data)

            return info_type_0

        info = _parse_info(d.pop("info"))

        executed_at = d.pop("executed_at")

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
