from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.exchange_metric import ExchangeMetric


T = TypeVar("T", bound="RespGetExchangeMetrics")


@_attrs_define
class RespGetExchangeMetrics:
    """Answer of `exchange_metrics` (GET /api/v1/exchangeMetrics)."""

    code: int
    """ Result code: 200 on success (0 inside nested entries). """
    metrics: list[ExchangeMetric] | None
    message: None | str | Unset = UNSET
    """ Human-readable detail; may be empty. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        metrics: list[dict[str, Any]] | None
        if isinstance(self.metrics, list):
            metrics = []
            for metrics_type_0_item_data in self.metrics:
                metrics_type_0_item = metrics_type_0_item_data.to_dict()
                metrics.append(metrics_type_0_item)

        else:
            metrics = self.metrics

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "metrics": metrics,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.exchange_metric import ExchangeMetric  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        def _parse_metrics(data: object) -> list[ExchangeMetric] | None:
            if data is None:
                return data
            if not isinstance(data, list):
                raise TypeError(f"expected list[ExchangeMetric], got {type(data).__name__}")
            metrics_type_0 = []
            _metrics_type_0 = data
            for metrics_type_0_item_data in _metrics_type_0:
                metrics_type_0_item = ExchangeMetric.from_dict(metrics_type_0_item_data)

                metrics_type_0.append(metrics_type_0_item)

            return metrics_type_0

        metrics = _parse_metrics(d.pop("metrics"))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        resp_get_exchange_metrics = cls(
            code=code,
            metrics=metrics,
            message=message,
        )

        resp_get_exchange_metrics.additional_properties = d
        return resp_get_exchange_metrics

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
