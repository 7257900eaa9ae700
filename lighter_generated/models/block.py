from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tx import Tx


T = TypeVar("T", bound="Block")


@_attrs_define
class Block:
    """A rollup block with its commitment and L1 status."""

    commitment: None | str | Unset = UNSET
    height: int | None | Unset = UNSET
    state_root: None | str | Unset = UNSET
    priority_operations: int | None | Unset = UNSET
    on_chain_l2_operations: int | None | Unset = UNSET
    pending_on_chain_operations_pub_data: None | str | Unset = UNSET
    committed_tx_hash: None | str | Unset = UNSET
    committed_at: int | None | Unset = UNSET
    verified_tx_hash: None | str | Unset = UNSET
    verified_at: int | None | Unset = UNSET
    txs: list[Tx] | None | Unset = UNSET
    status: int | None | Unset = UNSET
    size: int | None | Unset = UNSET
    """ Base amount as a decimal string with the market's size decimals. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        commitment: None | str | Unset
        if isinstance(self.commitment, Unset):
            commitment = UNSET
        else:
            commitment = self.commitment

        height: int | None | Unset
        if isinstance(self.height, Unset):
            height = UNSET
        else:
            height = self.height

        state_root: None | str | Unset
        if isinstance(self.state_root, Unset):
            state_root = UNSET
        else:
            state_root = self.state_root

        priority_operations: int | None | Unset
        if isinstance(self.priority_operations, Unset):
            priority_operations = UNSET
        else:
            priority_operations = self.priority_operations

        on_chain_l2_operations: int | None | Unset
        if isinstance(self.on_chain_l2_operations, Unset):
            on_chain_l2_operations = UNSET
        else:
            on_chain_l2_operations = self.on_chain_l2_operations

        pending_on_chain_operations_pub_data: None | str | Unset
        if isinstance(self.pending_on_chain_operations_pub_data, Unset):
            pending_on_chain_operations_pub_data = UNSET
        else:
            pending_on_chain_operations_pub_data = self.pending_on_chain_operations_pub_data

        committed_tx_hash: None | str | Unset
        if isinstance(self.committed_tx_hash, Unset):
            committed_tx_hash = UNSET
        else:
            committed_tx_hash = self.committed_tx_hash

        committed_at: int | None | Unset
        if isinstance(self.committed_at, Unset):
            committed_at = UNSET
        else:
            committed_at = self.committed_at

        verified_tx_hash: None | str | Unset
        if isinstance(self.verified_tx_hash, Unset):
            verified_tx_hash = UNSET
        else:
            verified_tx_hash = self.verified_tx_hash

        verified_at: int | None | Unset
        if isinstance(self.verified_at, Unset):
            verified_at = UNSET
        else:
            verified_at = self.verified_at

        txs: list[dict[str, Any]] | None | Unset
        if isinstance(self.txs, Unset):
            txs = UNSET
        elif isinstance(self.txs, list):
            txs = []
            for txs_type_0_item_data in self.txs:
                txs_type_0_item = txs_type_0_item_data.to_dict()
                txs.append(txs_type_0_item)

        else:
            txs = self.txs

        status: int | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        size: int | None | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if commitment is not UNSET:
            field_dict["commitment"] = commitment
        if height is not UNSET:
            field_dict["height"] = height
        if state_root is not UNSET:
            field_dict["state_root"] = state_root
        if priority_operations is not UNSET:
            field_dict["priority_operations"] = priority_operations
        if on_chain_l2_operations is not UNSET:
            field_dict["on_chain_l2_operations"] = on_chain_l2_operations
        if pending_on_chain_operations_pub_data is not UNSET:
            field_dict["pending_on_chain_operations_pub_data"] = pending_on_chain_operations_pub_data
        if committed_tx_hash is not UNSET:
            field_dict["committed_tx_hash"] = committed_tx_hash
        if committed_at is not UNSET:
            field_dict["committed_at"] = committed_at
        if verified_tx_hash is not UNSET:
            field_dict["verified_tx_hash"] = verified_tx_hash
        if verified_at is not UNSET:
            field_dict["verified_at"] = verified_at
        if txs is not UNSET:
            field_dict["txs"] = txs
        if status is not UNSET:
            field_dict["status"] = status
        if size is not UNSET:
            field_dict["size"] = size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tx import Tx  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_commitment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        commitment = _parse_commitment(d.pop("commitment", UNSET))

        def _parse_height(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        height = _parse_height(d.pop("height", UNSET))

        def _parse_state_root(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        state_root = _parse_state_root(d.pop("state_root", UNSET))

        def _parse_priority_operations(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        priority_operations = _parse_priority_operations(d.pop("priority_operations", UNSET))

        def _parse_on_chain_l2_operations(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        on_chain_l2_operations = _parse_on_chain_l2_operations(d.pop("on_chain_l2_operations", UNSET))

        def _parse_pending_on_chain_operations_pub_data(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pending_on_chain_operations_pub_data = _parse_pending_on_chain_operations_pub_data(
            d.pop("pending_on_chain_operations_pub_data", UNSET)
        )

        def _parse_committed_tx_hash(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        committed_tx_hash = _parse_committed_tx_hash(d.pop("committed_tx_hash", UNSET))

        def _parse_committed_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        committed_at = _parse_committed_at(d.pop("committed_at", UNSET))

        def _parse_verified_tx_hash(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        verified_tx_hash = _parse_verified_tx_hash(d.pop("verified_tx_hash", UNSET))

        def _parse_verified_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        verified_at = _parse_verified_at(d.pop("verified_at", UNSET))

        def _parse_txs(data: object) -> list[Tx] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError(f"expected list[Tx], got {type(data).__name__}")
            txs_type_0 = []
            _txs_type_0 = data
            for txs_type_0_item_data in _txs_type_0:
                txs_type_0_item = Tx.from_dict(txs_type_0_item_data)

                txs_type_0.append(txs_type_0_item)

            return txs_type_0

        txs = _parse_txs(d.pop("txs", UNSET))

        def _parse_status(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        size = _parse_size(d.pop("size", UNSET))

        block = cls(
            commitment=commitment,
            height=height,
            state_root=state_root,
            priority_operations=priority_operations,
            on_chain_l2_operations=on_chain_l2_operations,
            pending_on_chain_operations_pub_data=pending_on_chain_operations_pub_data,
            committed_tx_hash=committed_tx_hash,
            committed_at=committed_at,
            verified_tx_hash=verified_tx_hash,
            verified_at=verified_at,
            txs=txs,
            status=status,
            size=size,
        )

        block.additional_properties = d
        return block

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
