from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RiskParameters")


@_attrs_define
class RiskParameters:
    """Margin requirements for one scope."""

    market_id: int
    """ Market index: perpetual markets 0-254, spot markets from 2048; 255 means all markets. """
    collateral: str
    """ Collateral (USDC, decimal string). """
    total_account_value: str
    initial_margin_req: str
    maintenance_margin_req: str
    close_out_margin_req: str
    total_account_liquidation_threshold: str
    usdc_collateral_with_funding: str
    usdc_portfolio_value: str
    total_portfolio_value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        market_id = self.market_id

        collateral = self.collateral

        total_account_value = self.total_account_value

        initial_margin_req = self.initial_margin_req

        maintenance_margin_req = self.maintenance_margin_req

        close_out_margin_req = self.close_out_margin_req

        total_account_liquidation_threshold = self.total_account_liquidation_threshold

        usdc_collateral_with_funding = self.usdc_collateral_with_funding

        usdc_portfolio_value = self.usdc_portfolio_value

        total_portfolio_value = self.total_portfolio_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "market_id": market_id,
                "collateral": collateral,
                "total_account_value": total_account_value,
                "initial_margin_req": initial_margin_req,
                "maintenance_margin_req": maintenance_margin_req,
                "close_out_margin_req": close_out_margin_req,
                "total_account_liquidation_threshold": total_account_liquidation_threshold,
                "usdc_collateral_with_funding": usdc_collateral_with_funding,
                "usdc_portfolio_value": usdc_portfolio_value,
                "total_portfolio_value": total_portfolio_value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        market_id = d.pop("market_id")

        collateral = d.pop("collateral")

        total_account_value = d.pop("total_account_value")

        initial_margin_req = d.pop("initial_margin_req")

        maintenance_margin_req = d.pop("maintenance_margin_req")

        close_out_margin_req = d.pop("close_out_margin_req")

        total_account_liquidation_threshold = d.pop("total_account_liquidation_threshold")

        usdc_collateral_with_funding = d.pop("usdc_collateral_with_funding")

        usdc_portfolio_value = d.pop("usdc_portfolio_value")

        total_portfolio_value = d.pop("total_portfolio_value")

        risk_parameters = cls(
            market_id=market_id,
            collateral=collateral,
            total_account_value=total_account_value,
            initial_margin_req=initial_margin_req,
            maintenance_margin_req=maintenance_margin_req,
            close_out_margin_req=close_out_margin_req,
            total_account_liquidation_threshold=total_account_liquidation_threshold,
            usdc_collateral_with_funding=usdc_collateral_with_funding,
            usdc_portfolio_value=usdc_portfolio_value,
            total_portfolio_value=total_portfolio_value,
        )

        risk_parameters.additional_properties = d
        return risk_parameters

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
