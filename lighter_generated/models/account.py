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
    account_type: int
    """ Known values: 0 master, 1 sub-account, 2 public pool, 3 insurance fund, 4 LIT staking pool, 5 treasury sub-
    account. """
    index: int
    """ Account index. """
    l1_address: str
    """ Ethereum address (0x-prefixed, checksummed or lowercase). """
    cancel_all_time: int
    total_order_count: int
    total_isolated_order_count: int
    pending_order_count: int
    available_balance: str
    """ Balance available for new orders and withdrawals (USDC, decimal string). """
    status: int
    collateral: str
    """ Collateral (USDC, decimal string). """
    message: None | str | Unset = UNSET
    """ Human-readable detail; may be empty. """
    account_trading_mode: int | None | Unset = UNSET
    """ Known values: 0 simple, 1 unified. """
    transaction_time: int | None | Unset = UNSET
    """ Unix time in microseconds at which the transaction was executed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        account_type = self.account_type

        index = self.index

        l1_address = self.l1_address

        cancel_all_time = self.cancel_all_time

        total_order_count = self.total_order_count

        total_isolated_order_count = self.total_isolated_order_count

        pending_order_count = self.pending_order_count

        available_balance = self.available_balance

        status = self.status

        collateral = self.collateral

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        account_trading_mode: int | None | Unset
        if isinstance(self.account_trading_mode, Unset):
            account_trading_mode = UNSET
        else:
            account_trading_mode = self.account_trading_mode

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
                "account_type": account_type,
                "index": index,
                "l1_address": l1_address,
                "cancel_all_time": cancel_all_time,
                "total_order_count": total_order_count,
                "total_isolated_order_count": total_isolated_order_count,
                "pending_order_count": pending_order_count,
                "available_balance": available_balance,
                "status": status,
                "collateral": collateral,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if account_trading_mode is not UNSET:
            field_dict["account_trading_mode"] = account_trading_mode
        if transaction_time is not UNSET:
            field_dict["transaction_time"] = transaction_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        account_type = d.pop("account_type")

        index = d.pop("index")

        l1_address = d.pop("l1_address")

        cancel_all_time = d.pop("cancel_all_time")

        total_order_count = d.pop("total_order_count")

        total_isolated_order_count = d.pop("total_isolated_order_count")

        pending_order_count = d.pop("pending_order_count")

        available_balance = d.pop("available_balance")

        status = d.pop("status")

        collateral = d.pop("collateral")

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        def _parse_account_trading_mode(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        account_trading_mode = _parse_account_trading_mode(d.pop("account_trading_mode", UNSET))

        def _parse_transaction_time(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        transaction_time = _parse_transaction_time(d.pop("transaction_time", UNSET))

        account = cls(
            code=code,
            account_type=account_type,
            index=index,
            l1_address=l1_address,
            cancel_all_time=cancel_all_time,
            total_order_count=total_order_count,
            total_isolated_order_count=total_isolated_order_count,
            pending_order_count=pending_order_count,
            available_balance=available_balance,
            status=status,
            collateral=collateral,
            message=message,
            account_trading_mode=account_trading_mode,
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
