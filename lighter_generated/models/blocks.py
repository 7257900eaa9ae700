from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.block import Block


T = TypeVar("T", bound="Blocks")


@_attrs_define
class Blocks:
    """Answer of `block` (GET /api/v1/block) and `blocks` (GET /api/v1/blocks)."""

    code: int
    """ Result code: 200 on success (0 inside nested entries). """
    total: int
    """ Number of entries in this answer. """
    blocks: list[Block] | None
    message: None | str | Unset = UNSET
    """ Human-readable detail; may be empty. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        total = self.total

        blocks: list[dict[str, Any]] | None
        if isinstance(self.blocks, list):
            blocks = []
            for blocks_type_0_item_data in self.blocks:
                blocks_type_0_item = blocks_type_0_item_data.to_dict()
                blocks.append(blocks_type_0_item)

        else:
            blocks = self.blocks

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
                "total": total,
                "blocks": blocks,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.block import Block  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        total = d.pop("total")

        def _parse_blocks(data: object) -> list[Block] | None:
            if data is None:
                return data
            if not isinstance(data, list):
                raise TypeError(f"expected list[Block], got {type(data).__name__}")
            blocks_type_0 = []
            _blocks_type_0 = data
            for blocks_type_0_item_data in _blocks_type_0:
                blocks_type_0_item = Block.from_dict(blocks_type_0_item_data)

                blocks_type_0.append(blocks_type_0_item)

            return blocks_type_0

        blocks = _parse_blocks(d.pop("blocks"))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        blocks = cls(
            code=code,
            total=total,
            blocks=blocks,
            message=message,
        )

        blocks.additional_properties = d
        return blocks

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
