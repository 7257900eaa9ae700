from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.tx import Tx


T = TypeVar("T", bound="Block")


@_attrs_define
class Block:
    """A rollup block with its commitment and L1 status."""

    commitment: str
    height: int
    state_root: str
    priority_operations: int
    on_chain_l2_operations: int
    pending_on_chain_operations_pub_data: str
    committed_tx_hash: str
    committed_at: int
    verified_tx_hash: str
    verified_at: int
    txs: list[Tx] | None
    status: int
    size: int
    """ Base amount as a decimal string with the market's size decimals. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        commitment = self.commitment

        height = self.height

        state_root = self.state_root

        priority_operations = self.priority_operations

        on_chain_l2_operations = self.on_chain_l2_operations

        pending_on_chain_operations_pub_data = self.pending_on_chain_operations_pub_data

        committed_tx_hash = self.committed_tx_hash

        committed_at = self.committed_at

        verified_tx_hash = self.verified_tx_hash

        verified_at = self.verified_at

        txs: list[dict[str, Any]] | None
        if isinstance(self.txs, list):
            txs = []
            for txs_type_0_item_data in self.txs:
                txs_type_0_item = txs_type_0_item_data.to_dict()
                txs.append(txs_type_0_item)

        else:
            txs = self.txs

        status = self.status

        size = self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "commitment": commitment,
                "height": height,
                "state_root": state_root,
                "priority_operations": priority_operations,
                "on_chain_l2_operations": on_chain_l2_operations,
                "pending_on_chain_operations_pub_data": pending_on_chain_operations_pub_data,
                "committed_tx_hash": committed_tx_hash,
                "committed_at": committed_at,
                "verified_tx_hash": verified_tx_hash,
                "verified_at": verified_at,
                "txs": txs,
                "status": status,
                "size": size,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tx import Tx  # noqa: PLC0415

        d = dict(src_dict)
        commitment = d.pop("commitment")

        height = d.pop("height")

        state_root = d.pop("state_root")

        priority_operations = d.pop("priority_operations")

        on_chain_l2_operations = d.pop("on_chain_l2_operations")

        pending_on_chain_operations_pub_data = d.pop("pending_on_chain_operations_pub_data")

        committed_tx_hash = d.pop("committed_tx_hash")

        committed_at = d.pop("committed_at")

        verified_tx_hash = d.pop("verified_tx_hash")

        verified_at = d.pop("verified_at")

        def _parse_txs(data: object) -> list[Tx] | None:
            if data is None:
                return data
            if not isinstance(data, list):
                raise TypeError(f"expected list[Tx], got {type(data).__name__}")
            txs_type_0 = []
            _txs_type_0 = data
            for txs_type_0_item_data in _txs_type_0:
                txs_type_0_item = Tx.from_dict(txs_type_0_item_data)

                txs_type_0.append(txs_type_0_item)

            return txs_type_0

        txs = _parse_txs(d.pop("txs"))

        status = d.pop("status")

        size = d.pop("size")

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
