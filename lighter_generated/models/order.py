from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Order")


@_attrs_define
class Order:
    """An order of an account."""

    order_index: int
    """ Exchange-assigned order index (may exceed 2^53). """
    client_order_index: int
    """ Client-chosen order index (1..2^48-1). """
    order_id: str
    """ `order_index` as a decimal string. """
    client_order_id: str
    """ `client_order_index` as a decimal string. """
    market_index: int
    """ Market index (see `market_id`). """
    owner_account_index: int
    """ Account that owns the order. """
    initial_base_amount: str
    """ Size when the order was placed (decimal string). """
    price: str
    """ Price as a decimal string with the market's price decimals. """
    nonce: int
    """ Nonce of the (account, API key) pair. """
    remaining_base_amount: str
    """ Size still resting (decimal string). """
    is_ask: bool
    """ True for sell orders. """
    base_size: int
    """ Remaining size as an integer in the market's size units. """
    base_price: int
    """ Price as an integer in the market's price units. """
    filled_base_amount: str
    """ Filled size (decimal string). """
    filled_quote_amount: str
    """ Filled quote value (decimal string). """
    type_: str
    """ Order type. Known values: `limit`, `market`, `stop-loss`, `stop-loss-limit`, `take-profit`, `take-profit-
    limit`, `twap`, `twap-sub`, `liquidation`; others may appear. """
    reduce_only: bool
    """ True if the order may only reduce a position. """
    trigger_price: str
    """ Trigger price of conditional orders (decimal string; zero if none). """
    order_expiry: int
    """ Expiry of the order (unix milliseconds). """
    status: str
    """ Order status. Known values: `in-progress`, `pending`, `open`, `filled`, `canceled`, `canceled-post-only`,
    `canceled-reduce-only`, `canceled-position-not-allowed`, `canceled-margin-not-allowed`, `canceled-too-much-
    slippage`, `canceled-not-enough-liquidity`, `canceled-self-trade`, `canceled-expired`, `canceled-oco`,
    `canceled-child`, `canceled-liquidation`, `canceled-invalid-balance`; others may appear. """
    trigger_status: str
    """ State of the trigger of conditional orders. Known values: `na`, `ready`, `mark-price`, `twap`, `parent-
    order`; others may appear. """
    trigger_time: int
    parent_order_index: int
    parent_order_id: str
    to_trigger_order_id_0: str
    to_trigger_order_id_1: str
    to_cancel_order_id_0: str
    block_height: int
    """ Height of the block that includes the transaction. """
    timestamp: int
    """ Unix timestamp (seconds or milliseconds depending on the endpoint). """
    created_at: int
    """ Creation time (unix timestamp). """
    updated_at: int
    """ Last update time (unix timestamp). """
    side: str = "buy"
    """ Order side (`buy`/`sell`; may be empty). """
    time_in_force: str = "good-till-time"
    """ Time in force. Known values: `good-till-time`, `immediate-or-cancel`, `post-only`, `Unknown`; others may
    appear. """
    transaction_time: int | None | Unset = UNSET
    """ Unix time in microseconds at which the transaction was executed. """
    integrator_fee_collector_index: None | str | Unset = UNSET
    integrator_maker_fee: None | str | Unset = UNSET
    integrator_taker_fee: None | str | Unset = UNSET
    order_flags: int | None | Unset = UNSET
    order_version: int | None | Unset = UNSET
    market_kind: None | str | Unset = UNSET
    """ Kind of market. Known values: `perps`, `spot`, `bo` (binary options); others may appear. """
    market_symbol: None | str | Unset = UNSET
    """ Symbol of the market. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_index = self.order_index

        client_order_index = self.client_order_index

        order_id = self.order_id

        client_order_id = self.client_order_id

        market_index = self.market_index

        owner_account_index = self.owner_account_index

        initial_base_amount = self.initial_base_amount

        price = self.price

        nonce = self.nonce

        remaining_base_amount = self.remaining_base_amount

        is_ask = self.is_ask

        base_size = self.base_size

        base_price = self.base_price

        filled_base_amount = self.filled_base_amount

        filled_quote_amount = self.filled_quote_amount

        side = self.side

        type_ = self.type_

        time_in_force = self.time_in_force

        reduce_only = self.reduce_only

        trigger_price = self.trigger_price

        order_expiry = self.order_expiry

        status = self.status

        trigger_status = self.trigger_status

        trigger_time = self.trigger_time

        parent_order_index = self.parent_order_index

        parent_order_id = self.parent_order_id

        to_trigger_order_id_0 = self.to_trigger_order_id_0

        to_trigger_order_id_1 = self.to_trigger_order_id_1

        to_cancel_order_id_0 = self.to_cancel_order_id_0

        block_height = self.block_height

        timestamp = self.timestamp

        created_at = self.created_at

        updated_at = self.updated_at

        transaction_time: int | None | Unset
        if isinstance(self.transaction_time, Unset):
            transaction_time = UNSET
        else:
            transaction_time = self.transaction_time

        integrator_fee_collector_index: None | str | Unset
        if isinstance(self.integrator_fee_collector_index, Unset):
            integrator_fee_collector_index = UNSET
        else:
            integrator_fee_collector_index = self.integrator_fee_collector_index

        integrator_maker_fee: None | str | Unset
        if isinstance(self.integrator_maker_fee, Unset):
            integrator_maker_fee = UNSET
        else:
            integrator_maker_fee = self.integrator_maker_fee

        integrator_taker_fee: None | str | Unset
        if isinstance(self.integrator_taker_fee, Unset):
            integrator_taker_fee = UNSET
        else:
            integrator_taker_fee = self.integrator_taker_fee

        order_flags: int | None | Unset
        if isinstance(self.order_flags, Unset):
            order_flags = UNSET
        else:
            order_flags = self.order_flags

        order_version: int | None | Unset
        if isinstance(self.order_version, Unset):
            order_version = UNSET
        else:
            order_version = self.order_version

        market_kind: None | str | Unset
        if isinstance(self.market_kind, Unset):
            market_kind = UNSET
        else:
            market_kind = self.market_kind

        market_symbol: None | str | Unset
        if isinstance(self.market_symbol, Unset):
            market_symbol = UNSET
        else:
            market_symbol = self.market_symbol

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order_index": order_index,
                "client_order_index": client_order_index,
                "order_id": order_id,
                "client_order_id": client_order_id,
                "market_index": market_index,
                "owner_account_index": owner_account_index,
                "initial_base_amount": initial_base_amount,
                "price": price,
                "nonce": nonce,
                "remaining_base_amount": remaining_base_amount,
                "is_ask": is_ask,
                "base_size": base_size,
                "base_price": base_price,
                "filled_base_amount": filled_base_amount,
                "filled_quote_amount": filled_quote_amount,
                "side": side,
                "type": type_,
                "time_in_force": time_in_force,
                "reduce_only": reduce_only,
                "trigger_price": trigger_price,
                "order_expiry": order_expiry,
                "status": status,
                "trigger_status": trigger_status,
                "trigger_time": trigger_time,
                "parent_order_index": parent_order_index,
                "parent_order_id": parent_order_id,
                "to_trigger_order_id_0": to_trigger_order_id_0,
                "to_trigger_order_id_1": to_trigger_order_id_1,
                "to_cancel_order_id_0": to_cancel_order_id_0,
                "block_height": block_height,
                "timestamp": timestamp,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if transaction_time is not UNSET:
            field_dict["transaction_time"] = transaction_time
        if integrator_fee_collector_index is not UNSET:
            field_dict["integrator_fee_collector_index"] = integrator_fee_collector_index
        if integrator_maker_fee is not UNSET:
            field_dict["integrator_maker_fee"] = integrator_maker_fee
        if integrator_taker_fee is not UNSET:
            field_dict["integrator_taker_fee"] = integrator_taker_fee
        if order_flags is not UNSET:
            field_dict["order_flags"] = order_flags
        if order_version is not UNSET:
            field_dict["order_version"] = order_version
        if market_kind is not UNSET:
            field_dict["market_kind"] = market_kind
        if market_symbol is not UNSET:
            field_dict["market_symbol"] = market_symbol

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        order_index = d.pop("order_index")

        client_order_index = d.pop("client_order_index")

        order_id = d.pop("order_id")

        client_order_id = d.pop("client_order_id")

        market_index = d.pop("market_index")

        owner_account_index = d.pop("owner_account_index")

        initial_base_amount = d.pop("initial_base_amount")

        price = d.pop("price")

        nonce = d.pop("nonce")

        remaining_base_amount = d.pop("remaining_base_amount")

        is_ask = d.pop("is_ask")

        base_size = d.pop("base_size")

        base_price = d.pop("base_price")

        filled_base_amount = d.pop("filled_base_amount")

        filled_quote_amount = d.pop("filled_quote_amount")

        side = d.pop("side")

        type_ = d.pop("type")

        time_in_force = d.pop("time_in_force")

        reduce_only = d.pop("reduce_only")

        trigger_price = d.pop("trigger_price")

        order_expiry = d.pop("order_expiry")

        status = d.pop("status")

        trigger_status = d.pop("trigger_status")

        trigger_time = d.pop("trigger_time")

        parent_order_index = d.pop("parent_order_index")

        parent_order_id = d.pop("parent_order_id")

        to_trigger_order_id_0 = d.pop("to_trigger_order_id_0")

        to_trigger_order_id_1 = d.pop("to_trigger_order_id_1")

        to_cancel_order_id_0 = d.pop("to_cancel_order_id_0")

        block_height = d.pop("block_height")

        timestamp = d.pop("timestamp")

        created_at = d.pop("created_at")

        updated_at = d.pop("updated_at")

        def _parse_transaction_time(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        transaction_time = _parse_transaction_time(d.pop("transaction_time", UNSET))

        def _parse_integrator_fee_collector_index(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        integrator_fee_collector_index = _parse_integrator_fee_collector_index(
            d.pop("integrator_fee_collector_index", UNSET)
        )

        def _parse_integrator_maker_fee(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        integrator_maker_fee = _parse_integrator_maker_fee(d.pop("integrator_maker_fee", UNSET))

        def _parse_integrator_taker_fee(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        integrator_taker_fee = _parse_integrator_taker_fee(d.pop("integrator_taker_fee", UNSET))

        def _parse_order_flags(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        order_flags = _parse_order_flags(d.pop("order_flags", UNSET))

        def _parse_order_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        order_version = _parse_order_version(d.pop("order_version", UNSET))

        def _parse_market_kind(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        market_kind = _parse_market_kind(d.pop("market_kind", UNSET))

        def _parse_market_symbol(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        market_symbol = _parse_market_symbol(d.pop("market_symbol", UNSET))

        order = cls(
            order_index=order_index,
            client_order_index=client_order_index,
            order_id=order_id,
            client_order_id=client_order_id,
            market_index=market_index,
            owner_account_index=owner_account_index,
            initial_base_amount=initial_base_amount,
            price=price,
            nonce=nonce,
            remaining_base_amount=remaining_base_amount,
            is_ask=is_ask,
            base_size=base_size,
            base_price=base_price,
            filled_base_amount=filled_base_amount,
            filled_quote_amount=filled_quote_amount,
            side=side,
            type_=type_,
            time_in_force=time_in_force,
            reduce_only=reduce_only,
            trigger_price=trigger_price,
            order_expiry=order_expiry,
            status=status,
            trigger_status=trigger_status,
            trigger_time=trigger_time,
            parent_order_index=parent_order_index,
            parent_order_id=parent_order_id,
            to_trigger_order_id_0=to_trigger_order_id_0,
            to_trigger_order_id_1=to_trigger_order_id_1,
            to_cancel_order_id_0=to_cancel_order_id_0,
            block_height=block_height,
            timestamp=timestamp,
            created_at=created_at,
            updated_at=updated_at,
            transaction_time=transaction_time,
            integrator_fee_collector_index=integrator_fee_collector_index,
            integrator_maker_fee=integrator_maker_fee,
            integrator_taker_fee=integrator_taker_fee,
            order_flags=order_flags,
            order_version=order_version,
            market_kind=market_kind,
            market_symbol=market_symbol,
        )

        order.additional_properties = d
        return order

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
