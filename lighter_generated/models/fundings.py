from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.funding import Funding


T = TypeVar("T", bound="Fundings")


@_attrs_define
class Fundings:
    """Answer of `fundings` (GET /api/v1/fundings)."""

    code: int
    """ Result code: 200 on success (0 inside nested entries). """
    resolution: str
    fundings: list[Funding] | None
    message: None | str | Unset = UNSET
    """ Human-readable detail; may be empty. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        resolution = self.resolution

        fundings: list[dict[str, Any]] | None
        if isinstance(self.fundings, list):
            fundings = []
            for fundings_type_0_item_data in self.fundings:
                fundings_type_0_item = fundings_type_0_item_data.to_dict()
                fundings.append(fundings_type_0_item)

        else:
            fundings = self.fundings

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
                "fundings": fundings,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.funding import Funding  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        resolution = d.pop("resolution")

        def _parse_fundings(data: object) -> list[Funding] | None:
            if data is None:
                return data
            if not isinstance(data, list):
                raise TypeError(f"expected list[Funding], got {type(data).__name__}")
            fundings_type_0 = []
            _fundings_type_0 = data
            for fundings_type_0_item_data in _fundings_type_0:
                fundings_type_0_item = Funding.from_dict(fundings_type_0_item_data)

                fundings_type_0.append(fundings_type_0_item)

            return fundings_type_0

        fundings = _parse_fundings(d.pop("fundings"))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        fundings = cls(
            code=code,
            resolution=resolution,
            fundings=fundings,
            message=message,
        )

        fundings.additional_properties = d
        return fundings

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
