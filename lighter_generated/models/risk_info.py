from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.risk_parameters import RiskParameters


T = TypeVar("T", bound="RiskInfo")


@_attrs_define
class RiskInfo:
    """Margin requirements of an account (cross and per isolated position)."""

    cross_risk_parameters: None | RiskParameters
    isolated_risk_parameters: list[RiskParameters] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.risk_parameters import RiskParameters  # noqa: PLC0415

        cross_risk_parameters: dict[str, Any] | None
        if isinstance(self.cross_risk_parameters, RiskParameters):
            cross_risk_parameters = self.cross_risk_parameters.to_dict()
        else:
            cross_risk_parameters = self.cross_risk_parameters

        isolated_risk_parameters: list[dict[str, Any]] | None
        if isinstance(self.isolated_risk_parameters, list):
            isolated_risk_parameters = []
            for isolated_risk_parameters_type_0_item_data in self.isolated_risk_parameters:
                isolated_risk_parameters_type_0_item = isolated_risk_parameters_type_0_item_data.to_dict()
                isolated_risk_parameters.append(isolated_risk_parameters_type_0_item)

        else:
            isolated_risk_parameters = self.isolated_risk_parameters

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cross_risk_parameters": cross_risk_parameters,
                "isolated_risk_parameters": isolated_risk_parameters,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.risk_parameters import RiskParameters  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_cross_risk_parameters(data: object) -> None | RiskParameters:
            if data is None:
                return data
            if not isinstance(data, dict):
                raise TypeError(f"expected RiskParameters, got {type(data).__name__}")
            cross_risk_parameters_type_0 = RiskParameters.from_dict(data)

            return cross_risk_parameters_type_0

        cross_risk_parameters = _parse_cross_risk_parameters(d.pop("cross_risk_parameters"))

        def _parse_isolated_risk_parameters(data: object) -> list[RiskParameters] | None:
            if data is None:
                return data
            if not isinstance(data, list):
                raise TypeError(f"expected list[RiskParameters], got {type(data).__name__}")
            isolated_risk_parameters_type_0 = []
            _isolated_risk_parameters_type_0 = data
            for isolated_risk_parameters_type_0_item_data in _isolated_risk_parameters_type_0:
                isolated_risk_parameters_type_0_item = RiskParameters.from_dict(
                    isolated_risk_parameters_type_0_item_data
                )

                isolated_risk_parameters_type_0.append(isolated_risk_parameters_type_0_item)

            return isolated_risk_parameters_type_0

        isolated_risk_parameters = _parse_isolated_risk_parameters(d.pop("isolated_risk_parameters"))

        risk_info = cls(
            cross_risk_parameters=cross_risk_parameters,
            isolated_risk_parameters=isolated_risk_parameters,
        )

        risk_info.additional_properties = d
        return risk_info

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
