from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.public_pool_metadata import PublicPoolMetadata


T = TypeVar("T", bound="RespPublicPoolsMetadata")


@_attrs_define
class RespPublicPoolsMetadata:
    """Answer of `public_pools_metadata` (GET /api/v1/publicPoolsMetadata)."""

    code: int
    """ Result code: 200 on success (0 inside nested entries). """
    public_pools: list[PublicPoolMetadata] | None
    message: None | str | Unset = UNSET
    """ Human-readable detail; may be empty. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        public_pools: list[dict[str, Any]] | None
        if isinstance(self.public_pools, list):
            public_pools = []
            for public_pools_type_0_item_data in self.public_pools:
                public_pools_type_0_item = public_pools_type_0_item_data.to_dict()
                public_pools.append(public_pools_type_0_item)

        else:
            public_pools = self.public_pools

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
                "public_pools": public_pools,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.public_pool_metadata import PublicPoolMetadata  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        def _parse_public_pools(data: object) -> list[PublicPoolMetadata] | None:
            if data is None:
                return data
            if not isinstance(data, list):
                raise TypeError(f"expected list[PublicPoolMetadata], got {type(data).__name__}")
            public_pools_type_0 = []
            _public_pools_type_0 = data
            for public_pools_type_0_item_data in _public_pools_type_0:
                public_pools_type_0_item = PublicPoolMetadata.from_dict(public_pools_type_0_item_data)

                public_pools_type_0.append(public_pools_type_0_item)

            return public_pools_type_0

        public_pools = _parse_public_pools(d.pop("public_pools"))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        resp_public_pools_metadata = cls(
            code=code,
            public_pools=public_pools,
            message=message,
        )

        resp_public_pools_metadata.additional_properties = d
        return resp_public_pools_metadata

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
