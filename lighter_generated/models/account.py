from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Account")


@_attrs_define
class Account:
    """An account as listed for an L1 address (summary without positions)."""

    code: int
    """ Result code: 200 on success (0 inside nested entries). """
    message: None | str | Unset = UNSET
    """ Human-readable detail; may be empty. """
    account_type: int | None | Unset = UNSET
    """ Known values: 0 master, 1 sub-account, 2 public pool, 3 insurance fund, 4 LIT staking pool, 5 treasury sub-
    account. """
    account_trading_mode: int | None | Unset = UNSET
    """ Known values: 0 simple, 1 unified. """
    index: int | None | Unset = UNSET
    """ Account index. """
    l1_address: None | str | Unset = UNSET
    """ Ethereum address (0x-prefixed, checksummed or lowercase). """
    cancel_all_time: int | None | Unset = UNSET
    total_order_count: int | None | Unset = UNSET
    total_isolated_order_count: int | None | Unset = UNSET
    pending_order_count: int | None | Unset = UNSET
    available_balance: None | str | Unset = UNSET
    """ Balance available for new orders and withdrawals (USDC, decimal string). """
    status: int | None | Unset = UNSET
    collateral: None | str | Unset = UNSET
    """ Collateral (USDC, decimal string). """
    transaction_time: int | None | Unset = UNSET
    """ Unix time in microseconds at which the transaction was executed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        account_type: int | None | Unset
        if isinstance(self.account_type, Unset):
            account_type = UNSET
        else:
            account_type = self.account_type

        account_trading_mode: int | None | Unset
        if isinstance(self.account_trading_mode, Unset):
            account_trading_mode = UNSET
        else:
            account_trading_mode = self.account_trading_mode

        index: int | None | Unset
        if isinstance(self.index, Unset):
            index = UNSET
        else:
            index = self.index

        l1_address: None | str | Unset
        if isinstance(self.l1_address, Unset):
            l1_address = UNSET
        else:
            l1_address = self.l1_address

        cancel_all_time: int | None | Unset
        if isinstance(self.cancel_all_time, Unset):
            cancel_all_time = UNSET
        else:
            cancel_all_time = self.cancel_all_time

        total_order_count: int | None | Unset
        if isinstance(self.total_order_count, Unset):
            total_order_count = UNSET
        else:
            total_order_count = self.total_order_count

        total_isolated_order_count: int | None | Unset
        if isinstance(self.total_isolated_order_count, Unset):
            total_isolated_order_count = UNSET
        else:
            total_isolated_order_count = self.total_isolated_order_count

        pending_order_count: int | None | Unset
        if isinstance(self.pending_order_count, Unset):
            pending_order_count = UNSET
        else:
            pending_order_count = self.pending_order_count

        available_balance: None | str | Unset
        if isinstance(self.available_balance, Unset):
            available_balance = UNSET
        else:
            available_balance = self.available_balance

        status: int | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        collateral: None | str | Unset
        if isinstance(self.collateral, Unset):
            collateral = UNSET
        else:
            collateral = self.collateral

        transaction_time: int | None | Unset
        if isinstance(self.transaction_time, Unset):
            transaction_time = UNSET
        else:
            transaction_time = self.transaction_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if account_type is not UNSET:
            field_dict["account_type"] = account_type
        if account_trading_mode is not UNSET:
            field_dict["account_trading_mode"] = account_trading_mode
        if index is not UNSET:
            field_dict["index"] = index
        if l1_address is not UNSET:
            field_dict["l1_address"] = l1_address
        if cancel_all_time is not UNSET:
            field_dict["cancel_all_time"] = cancel_all_time
        if total_order_count is not UNSET:
            field_dict["total_order_count"] = total_order_count
        if total_isolated_order_count is not UNSET:
            field_dict["total_isolated_order_count"] = total_isolated_order_count
        if pending_order_count is not UNSET:
            field_dict["pending_order_count"] = pending_order_count
        if available_balance is not UNSET:
            field_dict["available_balance"] = available_balance
        if status is not UNSET:
            field_dict["status"] = status
        if collateral is not UNSET:
            field_dict["collateral"] = collateral
        if transaction_time is not UNSET:
            field_dict["transaction_time"] = transaction_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        def _parse_account_type(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        account_type = _parse_account_type(d.pop("account_type", UNSET))

        def _parse_account_trading_mode(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        account_trading_mode = _parse_account_trading_mode(d.pop("account_trading_mode", UNSET))

        def _parse_index(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        index = _parse_index(d.pop("index", UNSET))

        def _parse_l1_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        l1_address = _parse_l1_address(d.pop("l1_address", UNSET))

        def _parse_cancel_all_time(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        cancel_all_time = _parse_cancel_all_time(d.pop("cancel_all_time", UNSET))

        def _parse_total_order_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total_order_count = _parse_total_order_count(d.pop("total_order_count", UNSET))

        def _parse_total_isolated_order_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total_isolated_order_count = _parse_total_isolated_order_count(d.pop("total_isolated_order_count", UNSET))

        def _parse_pending_order_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        pending_order_count = _parse_pending_order_count(d.pop("pending_order_count", UNSET))

        def _parse_available_balance(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        available_balance = _parse_available_balance(d.pop("available_balance", UNSET))

        def _parse_status(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_collateral(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        collateral = _parse_collateral(d.pop("collateral", UNSET))

        def _parse_transaction_time(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        transaction_time = _parse_transaction_time(d.pop("transaction_time", UNSET))

        account = cls(
            code=code,
            message=message,
            account_type=account_type,
            account_trading_mode=account_trading_mode,
            index=index,
            l1_address=l1_address,
            cancel_all_time=cancel_all_time,
            total_order_count=total_order_count,
            total_isolated_order_count=total_isolated_order_count,
            pending_order_count=pending_order_count,
            available_balance=available_balance,
            status=status,
            collateral=collateral,
            transaction_time=transaction_time,
        )

        account.additional_properties = d
        return account

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
