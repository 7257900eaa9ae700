from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pnl_entry import PnLEntry


T = TypeVar("T", bound="AccountPnL")


@_attrs_define
class AccountPnL:
    """Answer of `pnl` (GET /api/v1/pnl)."""

    code: int
    """ Result code: 200 on success (0 inside nested entries). """
    message: None | str | Unset = UNSET
    """ Human-readable detail; may be empty. """
    resolution: None | str | Unset = UNSET
    pnl: list[PnLEntry] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        resolution: None | str | Unset
        if isinstance(self.resolution, Unset):
            resolution = UNSET
        else:
            resolution = self.resolution

        pnl: list[dict[str, Any]] | None | Unset
        if isinstance(self.pnl, Unset):
            pnl = UNSET
        elif isinstance(self.pnl, list):
            pnl = []
            for pnl_type_0_item_data in self.pnl:
                pnl_type_0_item = pnl_type_0_item_data.to_dict()
                pnl.append(pnl_type_0_item)

        else:
            pnl = self.pnl

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if pnl is not UNSET:
            field_dict["pnl"] = pnl

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pnl_entry import PnLEntry  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        def _parse_resolution(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        resolution = _parse_resolution(d.pop("resolution", UNSET))

        def _parse_pnl(data: object) -> list[PnLEntry] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError(f"expected list[PnLEntry], got {type(data).__name__}")
            pnl_type_0 = []
            _pnl_type_0 = data
            for pnl_type_0_item_data in _pnl_type_0:
                pnl_type_0_item = PnLEntry.from_dict(pnl_type_0_item_data)

                pnl_type_0.append(pnl_type_0_item)

            return pnl_type_0

        pnl = _parse_pnl(d.pop("pnl", UNSET))

        account_pnl = cls(
            code=code,
            message=message,
            resolution=resolution,
            pnl=pnl,
        )

        account_pnl.additional_properties = d
        return account_pnl

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
