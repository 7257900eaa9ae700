from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PnLEntry")


@_attrs_define
class PnLEntry:
    """One point of an account's PnL series."""

    timestamp: int
    """ Unix timestamp (seconds or milliseconds depending on the endpoint). """
    trade_pnl: float
    inflow: float
    outflow: float
    pool_pnl: float
    pool_inflow: float
    pool_outflow: float
    pool_total_shares: float
    spot_inflow: float
    spot_outflow: float
    staked_lit: float
    staking_inflow: float
    staking_outflow: float
    staking_pnl: float
    trade_spot_pnl: float
    volume: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timestamp = self.timestamp

        trade_pnl = self.trade_pnl

        inflow = self.inflow

        outflow = self.outflow

        pool_pnl = self.pool_pnl

        pool_inflow = self.pool_inflow

        pool_outflow = self.pool_outflow

        pool_total_shares = self.pool_total_shares

        spot_inflow = self.spot_inflow

        spot_outflow = self.spot_outflow

        staked_lit = self.staked_lit

        staking_inflow = self.staking_inflow

        staking_outflow = self.staking_outflow

        staking_pnl = self.staking_pnl

        trade_spot_pnl = self.trade_spot_pnl

        volume = self.volume

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "timestamp": timestamp,
                "trade_pnl": trade_pnl,
                "inflow": inflow,
                "outflow": outflow,
                "pool_pnl": pool_pnl,
                "pool_inflow": pool_inflow,
                "pool_outflow": pool_outflow,
                "pool_total_shares": pool_total_shares,
                "spot_inflow": spot_inflow,
                "spot_outflow": spot_outflow,
                "staked_lit": staked_lit,
                "staking_inflow": staking_inflow,
                "staking_outflow": staking_outflow,
                "staking_pnl": staking_pnl,
                "trade_spot_pnl": trade_spot_pnl,
                "volume": volume,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        timestamp = d.pop("timestamp")

        trade_pnl = d.pop("trade_pnl")

        inflow = d.pop("inflow")

        outflow = d.pop("outflow")

        pool_pnl = d.pop("pool_pnl")

        pool_inflow = d.pop("pool_inflow")

        pool_outflow = d.pop("pool_outflow")

        pool_total_shares = d.pop("pool_total_shares")

        spot_inflow = d.pop("spot_inflow")

        spot_outflow = d.pop("spot_outflow")

        staked_lit = d.pop("staked_lit")

        staking_inflow = d.pop("staking_inflow")

        staking_outflow = d.pop("staking_outflow")

        staking_pnl = d.pop("staking_pnl")

        trade_spot_pnl = d.pop("trade_spot_pnl")

        volume = d.pop("volume")

        pnl_entry = cls(
            timestamp=timestamp,
            trade_pnl=trade_pnl,
            inflow=inflow,
            outflow=outflow,
            pool_pnl=pool_pnl,
            pool_inflow=pool_inflow,
            pool_outflow=pool_outflow,
            pool_total_shares=pool_total_shares,
            spot_inflow=spot_inflow,
            spot_outflow=spot_outflow,
            staked_lit=staked_lit,
            staking_inflow=staking_inflow,
            staking_outflow=staking_outflow,
            staking_pnl=staking_pnl,
            trade_spot_pnl=trade_spot_pnl,
            volume=volume,
        )

        pnl_entry.additional_properties = d
        return pnl_entry

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
