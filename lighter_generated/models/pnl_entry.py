from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PnLEntry")


@_attrs_define
class PnLEntry:
    """One point of an account's PnL series."""

    timestamp: int | None | Unset = UNSET
    """ Unix timestamp (seconds or milliseconds depending on the endpoint). """
    trade_pnl: float | None | Unset = UNSET
    inflow: float | None | Unset = UNSET
    outflow: float | None | Unset = UNSET
    pool_pnl: float | None | Unset = UNSET
    pool_inflow: float | None | Unset = UNSET
    pool_outflow: float | None | Unset = UNSET
    pool_total_shares: float | None | Unset = UNSET
    spot_inflow: float | None | Unset = UNSET
    spot_outflow: float | None | Unset = UNSET
    staked_lit: float | None | Unset = UNSET
    staking_inflow: float | None | Unset = UNSET
    staking_outflow: float | None | Unset = UNSET
    staking_pnl: float | None | Unset = UNSET
    trade_spot_pnl: float | None | Unset = UNSET
    volume: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timestamp: int | None | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = self.timestamp

        trade_pnl: float | None | Unset
        if isinstance(self.trade_pnl, Unset):
            trade_pnl = UNSET
        else:
            trade_pnl = self.trade_pnl

        inflow: float | None | Unset
        if isinstance(self.inflow, Unset):
            inflow = UNSET
        else:
            inflow = self.inflow

        outflow: float | None | Unset
        if isinstance(self.outflow, Unset):
            outflow = UNSET
        else:
            outflow = self.outflow

        pool_pnl: float | None | Unset
        if isinstance(self.pool_pnl, Unset):
            pool_pnl = UNSET
        else:
            pool_pnl = self.pool_pnl

        pool_inflow: float | None | Unset
        if isinstance(self.pool_inflow, Unset):
            pool_inflow = UNSET
        else:
            pool_inflow = self.pool_inflow

        pool_outflow: float | None | Unset
        if isinstance(self.pool_outflow, Unset):
            pool_outflow = UNSET
        else:
            pool_outflow = self.pool_outflow

        pool_total_shares: float | None | Unset
        if isinstance(self.pool_total_shares, Unset):
            pool_total_shares = UNSET
        else:
            pool_total_shares = self.pool_total_shares

        spot_inflow: float | None | Unset
        if isinstance(self.spot_inflow, Unset):
            spot_inflow = UNSET
        else:
            spot_inflow = self.spot_inflow

        spot_outflow: float | None | Unset
        if isinstance(self.spot_outflow, Unset):
            spot_outflow = UNSET
        else:
            spot_outflow = self.spot_outflow

        staked_lit: float | None | Unset
        if isinstance(self.staked_lit, Unset):
            staked_lit = UNSET
        else:
            staked_lit = self.staked_lit

        staking_inflow: float | None | Unset
        if isinstance(self.staking_inflow, Unset):
            staking_inflow = UNSET
        else:
            staking_inflow = self.staking_inflow

        staking_outflow: float | None | Unset
        if isinstance(self.staking_outflow, Unset):
            staking_outflow = UNSET
        else:
            staking_outflow = self.staking_outflow

        staking_pnl: float | None | Unset
        if isinstance(self.staking_pnl, Unset):
            staking_pnl = UNSET
        else:
            staking_pnl = self.staking_pnl

        trade_spot_pnl: float | None | Unset
        if isinstance(self.trade_spot_pnl, Unset):
            trade_spot_pnl = UNSET
        else:
            trade_spot_pnl = self.trade_spot_pnl

        volume: float | None | Unset
        if isinstance(self.volume, Unset):
            volume = UNSET
        else:
            volume = self.volume

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if trade_pnl is not UNSET:
            field_dict["trade_pnl"] = trade_pnl
        if inflow is not UNSET:
            field_dict["inflow"] = inflow
        if outflow is not UNSET:
            field_dict["outflow"] = outflow
        if pool_pnl is not UNSET:
            field_dict["pool_pnl"] = pool_pnl
        if pool_inflow is not UNSET:
            field_dict["pool_inflow"] = pool_inflow
        if pool_outflow is not UNSET:
            field_dict["pool_outflow"] = pool_outflow
        if pool_total_shares is not UNSET:
            field_dict["pool_total_shares"] = pool_total_shares
        if spot_inflow is not UNSET:
            field_dict["spot_inflow"] = spot_inflow
        if spot_outflow is not UNSET:
            field_dict["spot_outflow"] = spot_outflow
        if staked_lit is not UNSET:
            field_dict["staked_lit"] = staked_lit
        if staking_inflow is not UNSET:
            field_dict["staking_inflow"] = staking_inflow
        if staking_outflow is not UNSET:
            field_dict["staking_outflow"] = staking_outflow
        if staking_pnl is not UNSET:
            field_dict["staking_pnl"] = staking_pnl
        if trade_spot_pnl is not UNSET:
            field_dict["trade_spot_pnl"] = trade_spot_pnl
        if volume is not UNSET:
            field_dict["volume"] = volume

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_timestamp(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        timestamp = _parse_timestamp(d.pop("timestamp", UNSET))

        def _parse_trade_pnl(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        trade_pnl = _parse_trade_pnl(d.pop("trade_pnl", UNSET))

        def _parse_inflow(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        inflow = _parse_inflow(d.pop("inflow", UNSET))

        def _parse_outflow(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        outflow = _parse_outflow(d.pop("outflow", UNSET))

        def _parse_pool_pnl(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        pool_pnl = _parse_pool_pnl(d.pop("pool_pnl", UNSET))

        def _parse_pool_inflow(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        pool_inflow = _parse_pool_inflow(d.pop("pool_inflow", UNSET))

        def _parse_pool_outflow(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        pool_outflow = _parse_pool_outflow(d.pop("pool_outflow", UNSET))

        def _parse_pool_total_shares(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        pool_total_shares = _parse_pool_total_shares(d.pop("pool_total_shares", UNSET))

        def _parse_spot_inflow(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        spot_inflow = _parse_spot_inflow(d.pop("spot_inflow", UNSET))

        def _parse_spot_outflow(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        spot_outflow = _parse_spot_outflow(d.pop("spot_outflow", UNSET))

        def _parse_staked_lit(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        staked_lit = _parse_staked_lit(d.pop("staked_lit", UNSET))

        def _parse_staking_inflow(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        staking_inflow = _parse_staking_inflow(d.pop("staking_inflow", UNSET))

        def _parse_staking_outflow(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        staking_outflow = _parse_staking_outflow(d.pop("staking_outflow", UNSET))

        def _parse_staking_pnl(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        staking_pnl = _parse_staking_pnl(d.pop("staking_pnl", UNSET))

        def _parse_trade_spot_pnl(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        trade_spot_pnl = _parse_trade_spot_pnl(d.pop("trade_spot_pnl", UNSET))

        def _parse_volume(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        volume = _parse_volume(d.pop("volume", UNSET))

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
