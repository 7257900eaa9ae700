from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.asset import Asset


T = TypeVar("T", bound="AssetDetails")


@_attrs_define
class AssetDetails:
    """Answer of `asset_details` (GET /api/v1/assetDetails)."""

    code: int
    """ Result code: 200 on success (0 inside nested entries). """
    asset_details: list[Asset] | None
    message: None | str | Unset = UNSET
    """ Human-readable detail; may be empty. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        asset_details: list[dict[str, Any]] | None
        if isinstance(self.asset_details, list):
            asset_details = []
            for asset_details_type_0_item_data in self.asset_details:
                asset_details_type_0_item = asset_details_type_0_item_data.to_dict()
                asset_details.append(asset_details_type_0_item)

        else:
            asset_details = self.asset_details

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
                "asset_details": asset_details,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asset import Asset  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        def _parse_asset_details(data: object) -> list[Asset] | None:
            if data is None:
                return data
            if not isinstance(data, list):
                raise TypeError(f"expected list[Asset], got {type(data).__name__}")
            asset_details_type_0 = []
            _asset_details_type_0 = data
            for asset_details_type_0_item_data in _asset_details_type_0:
                asset_details_type_0_item = Asset.from_dict(asset_details_type_0_item_data)

                asset_details_type_0.append(asset_details_type_0_item)

            return asset_details_type_0

        asset_details = _parse_asset_details(d.pop("asset_details"))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        asset_details = cls(
            code=code,
            asset_details=asset_details,
            message=message,
        )

        asset_details.additional_properties = d
        return asset_details

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
