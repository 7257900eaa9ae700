from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BoOutcomePnL")


@_attrs_define
class BoOutcomePnL:
    """Profit and loss of an account on one outcome market of an event."""

    market_id: int
    """ Market index. """
    symbol: str
    """ Market symbol. """
    outcome: int
    """ Known values: 0 undecided, 1 and 2 the settled outcome; others may appear. """
    end_timestamp: int
    """ End of the market's trading window (Unix seconds). """
    last_trade_id: int
    """ Id of the account's latest trade in the market. """
    total_pnl: str
    """ PnL on this market (decimal string). """
    settlement_pnl: None | str | Unset = UNSET
    """ PnL realised at settlement (decimal string); absent before settlement. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        market_id = self.market_id

        symbol = self.symbol

        outcome = self.outcome

        end_timestamp = self.end_timestamp

        last_trade_id = self.last_trade_id

        total_pnl = self.total_pnl

        settlement_pnl: None | str | Unset
        if isinstance(self.settlement_pnl, Unset):
            settlement_pnl = UNSET
        else:
            settlement_pnl = self.settlement_pnl

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "market_id": market_id,
                "symbol": symbol,
                "outcome": outcome,
                "end_timestamp": end_timestamp,
                "last_trade_id": last_trade_id,
                "total_pnl": total_pnl,
            }
        )
        if settlement_pnl is not UNSET:
            field_dict["settlement_pnl"] = settlement_pnl

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        market_id = d.pop("market_id")

        symbol = d.pop("symbol")

        outcome = d.pop("outcome")

        end_timestamp = d.pop("end_timestamp")

        last_trade_id = d.pop("last_trade_id")

        total_pnl = d.pop("total_pnl")

        def _parse_settlement_pnl(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        settlement_pnl = _parse_settlement_pnl(d.pop("settlement_pnl", UNSET))

        bo_outcome_pn_l = cls(
            market_id=market_id,
            symbol=symbol,
            outcome=outcome,
            end_timestamp=end_timestamp,
            last_trade_id=last_trade_id,
            total_pnl=total_pnl,
            settlement_pnl=settlement_pnl,
        )

        bo_outcome_pn_l.additional_properties = d
        return bo_outcome_pn_l

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
