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
    resolution: str
    pnl: list[PnLEntry] | None
    message: None | str | Unset = UNSET
    """ Human-readable detail; may be empty. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        resolution = self.resolution

        pnl: list[dict[str, Any]] | None
        if isinstance(self.pnl, list):
            pnl = []
            for pnl_type_0_item_data in self.pnl:
                pnl_type_0_item = pnl_type_0_item_data.to_dict()
                pnl.append(pnl_type_0_item)

        else:
            pnl = self.pnl

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
                "resolution": resolution,
                "pnl": pnl,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pnl_entry import PnLEntry  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        resolution = d.pop("resolution")

        def _parse_pnl(data: object) -> list[PnLEntry] | None:
            if data is None:
                return data
            if not isinstance(data, list):
                raise TypeError(f"expected list[PnLEntry], got {type(data).__name__}")
            pnl_type_0 = []
            _pnl_type_0 = data
            for pnl_type_0_item_data in _pnl_type_0:
                pnl_type_0_item = PnLEntry.from_dict(pnl_type_0_item_data)

                pnl_type_0.append(pnl_type_0_item)

            return pnl_type_0

        pnl = _parse_pnl(d.pop("pnl"))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        account_pnl = cls(
            code=code,
            resolution=resolution,
            pnl=pnl,
            message=message,
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
