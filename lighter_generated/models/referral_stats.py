from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.referral_stat import ReferralStat


T = TypeVar("T", bound="ReferralStats")


@_attrs_define
class ReferralStats:
    """Answer of `referral_stats` (GET /api/v1/referral/stats)."""

    code: int
    """ Result code: 200 on success (0 inside nested entries). """
    stats: list[ReferralStat] | None
    message: None | str | Unset = UNSET
    """ Human-readable detail; may be empty. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        stats: list[dict[str, Any]] | None
        if isinstance(self.stats, list):
            stats = []
            for stats_type_0_item_data in self.stats:
                stats_type_0_item = stats_type_0_item_data.to_dict()
                stats.append(stats_type_0_item)

        else:
            stats = self.stats

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
                "stats": stats,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.referral_stat import ReferralStat  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        def _parse_stats(data: object) -> list[ReferralStat] | None:
            if data is None:
                return data
            if not isinstance(data, list):
                raise TypeError(f"expected list[ReferralStat], got {type(data).__name__}")
            stats_type_0 = []
            _stats_type_0 = data
            for stats_type_0_item_data in _stats_type_0:
                stats_type_0_item = ReferralStat.from_dict(stats_type_0_item_data)

                stats_type_0.append(stats_type_0_item)

            return stats_type_0

        stats = _parse_stats(d.pop("stats"))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        referral_stats = cls(
            code=code,
            stats=stats,
            message=message,
        )

        referral_stats.additional_properties = d
        return referral_stats

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
