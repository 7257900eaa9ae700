from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.lease_option_entry import LeaseOptionEntry


T = TypeVar("T", bound="RespGetLeaseOptions")


@_attrs_define
class RespGetLeaseOptions:
    """Answer of `lease_options` (GET /api/v1/leaseOptions)."""

    code: int
    """ Result code: 200 on success (0 inside nested entries). """
    options: list[LeaseOptionEntry] | None
    lit_incentives_account_index: int
    message: None | str | Unset = UNSET
    """ Human-readable detail; may be empty. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        options: list[dict[str, Any]] | None
        if isinstance(self.options, list):
            options = []
            for options_type_0_item_data in self.options:
                options_type_0_item = options_type_0_item_data.to_dict()
                options.append(options_type_0_item)

        else:
            options = self.options

        lit_incentives_account_index = self.lit_incentives_account_index

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
                "options": options,
                "lit_incentives_account_index": lit_incentives_account_index,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.lease_option_entry import LeaseOptionEntry  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        def _parse_options(data: object) -> list[LeaseOptionEntry] | None:
            if data is None:
                return data
            if not isinstance(data, list):
                raise TypeError(f"expected list[LeaseOptionEntry], got {type(data).__name__}")
            options_type_0 = []
            _options_type_0 = data
            for options_type_0_item_data in _options_type_0:
                options_type_0_item = LeaseOptionEntry.from_dict(options_type_0_item_data)

                options_type_0.append(options_type_0_item)

            return options_type_0

        options = _parse_options(d.pop("options"))

        lit_incentives_account_index = d.pop("lit_incentives_account_index")

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        resp_get_lease_options = cls(
            code=code,
            options=options,
            lit_incentives_account_index=lit_incentives_account_index,
            message=message,
        )

        resp_get_lease_options.additional_properties = d
        return resp_get_lease_options

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
