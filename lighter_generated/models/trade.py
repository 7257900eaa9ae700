from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Trade")


@_attrs_define
class Trade:
    """A trade. Recent public trades carry a subset of the fields; account trades add fees and position details."""

    trade_id: int
    """ Trade id. """
    type_: str
    """ Trade kind. Known values: `trade`, `liquidation`, `deleverage`, `market-settlement`; others may appear. """
    market_id: int
    """ Market index: perpetual markets 0-254, spot markets from 2048; 255 means all markets. """
    size: str
    """ Base amount as a decimal string with the market's size decimals. """
    price: str
    """ Price as a decimal string with the market's price decimals. """
    usd_amount: str
    """ Quote (USDC) value of the trade as a decimal string. """
    ask_id: int
    """ Order index of the sell order. """
    bid_id: int
    """ Order index of the buy order. """
    ask_account_id: int
    """ Account index of the seller. """
    bid_account_id: int
    """ Account index of the buyer. """
    is_maker_ask: bool
    """ True if the maker was the seller. """
    timestamp: int
    """ Unix timestamp (seconds or milliseconds depending on the endpoint). """
    tx_hash: None | str | Unset = UNSET
    """ Transaction hash (hex). """
    block_height: int | None | Unset = UNSET
    """ Height of the block that includes the transaction. """
    taker_fee: int | None | Unset = UNSET
    """ Taker fee. """
    taker_position_size_before: None | str | Unset = UNSET
    taker_entry_quote_before: None | str | Unset = UNSET
    taker_initial_margin_fraction_before: int | None | Unset = UNSET
    taker_position_sign_changed: bool | None | Unset = UNSET
    maker_fee: int | None | Unset = UNSET
    """ Maker fee. """
    maker_position_size_before: None | str | Unset = UNSET
    maker_entry_quote_before: None | str | Unset = UNSET
    maker_initial_margin_fraction_before: int | None | Unset = UNSET
    maker_position_sign_changed: bool | None | Unset = UNSET
    transaction_time: int | None | Unset = UNSET
    """ Unix time in microseconds at which the transaction was executed. """
    bid_account_pnl: None | str | Unset = UNSET
    ask_account_pnl: None | str | Unset = UNSET
    ask_client_id: int | None | Unset = UNSET
    bid_client_id: int | None | Unset = UNSET
    ask_client_id_str: None | str | Unset = UNSET
    bid_client_id_str: None | str | Unset = UNSET
    ask_id_str: None | str | Unset = UNSET
    bid_id_str: None | str | Unset = UNSET
    trade_id_str: None | str | Unset = UNSET
    integrator_maker_fee: int | None | Unset = UNSET
    integrator_maker_fee_collector_index: int | None | Unset = UNSET
    integrator_taker_fee: int | None | Unset = UNSET
    integrator_taker_fee_collector_index: int | None | Unset = UNSET
    taker_allocated_margin_usdc_before: int | None | Unset = UNSET
    taker_allocated_margin_usdc_after: int | None | Unset = UNSET
    maker_allocated_margin_usdc_before: int | None | Unset = UNSET
    maker_allocated_margin_usdc_after: int | None | Unset = UNSET
    bid_order_version: int | None | Unset = UNSET
    ask_order_version: int | None | Unset = UNSET
    market_kind: None | str | Unset = UNSET
    """ Kind of market. Known values: `perps`, `spot`, `bo` (binary options); others may appear. """
    market_symbol: None | str | Unset = UNSET
    """ Symbol of the market. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        trade_id = self.trade_id

        type_ = self.type_

        market_id = self.market_id

        size = self.size

        price = self.price

        usd_amount = self.usd_amount

        ask_id = self.ask_id

        bid_id = self.bid_id

        ask_account_id = self.ask_account_id

        bid_account_id = self.bid_account_id

        is_maker_ask = self.is_maker_ask

        timestamp = self.timestamp

        tx_hash: None | str | Unset
        if isinstance(self.tx_hash, Unset):
            tx_hash = UNSET
        else:
            tx_hash = self.tx_hash

        block_height: int | None | Unset
        if isinstance(self.block_height, Unset):
            block_height = UNSET
        else:
            block_height = self.block_height

        taker_fee: int | None | Unset
        if isinstance(self.taker_fee, Unset):
            taker_fee = UNSET
        else:
            taker_fee = self.taker_fee

        taker_position_size_before: None | str | Unset
        if isinstance(self.taker_position_size_before, Unset):
            taker_position_size_before = UNSET
        else:
            taker_position_size_before = self.taker_position_size_before

        taker_entry_quote_before: None | str | Unset
        if isinstance(self.taker_entry_quote_before, Unset):
            taker_entry_quote_before = UNSET
        else:
            taker_entry_quote_before = self.taker_entry_quote_before

        taker_initial_margin_fraction_before: int | None | Unset
        if isinstance(self.taker_initial_margin_fraction_before, Unset):
            taker_initial_margin_fraction_before = UNSET
        else:
            taker_initial_margin_fraction_before = self.taker_initial_margin_fraction_before

        taker_position_sign_changed: bool | None | Unset
        if isinstance(self.taker_position_sign_changed, Unset):
            taker_position_sign_changed = UNSET
        else:
            taker_position_sign_changed = self.taker_position_sign_changed

        maker_fee: int | None | Unset
        if isinstance(self.maker_fee, Unset):
            maker_fee = UNSET
        else:
            maker_fee = self.maker_fee

        maker_position_size_before: None | str | Unset
        if isinstance(self.maker_position_size_before, Unset):
            maker_position_size_before = UNSET
        else:
            maker_position_size_before = self.maker_position_size_before

        maker_entry_quote_before: None | str | Unset
        if isinstance(self.maker_entry_quote_before, Unset):
            maker_entry_quote_before = UNSET
        else:
            maker_entry_quote_before = self.maker_entry_quote_before

        maker_initial_margin_fraction_before: int | None | Unset
        if isinstance(self.maker_initial_margin_fraction_before, Unset):
            maker_initial_margin_fraction_before = UNSET
        else:
            maker_initial_margin_fraction_before = self.maker_initial_margin_fraction_before

        maker_position_sign_changed: bool | None | Unset
        if isinstance(self.maker_position_sign_changed, Unset):
            maker_position_sign_changed = UNSET
        else:
            maker_position_sign_changed = self.maker_position_sign_changed

        transaction_time: int | None | Unset
        if isinstance(self.transaction_time, Unset):
            transaction_time = UNSET
        else:
            transaction_time = self.transaction_time

        bid_account_pnl: None | str | Unset
        if isinstance(self.bid_account_pnl, Unset):
            bid_account_pnl = UNSET
        else:
            bid_account_pnl = self.bid_account_pnl

        ask_account_pnl: None | str | Unset
        if isinstance(self.ask_account_pnl, Unset):
            ask_account_pnl = UNSET
        else:
            ask_account_pnl = self.ask_account_pnl

        ask_client_id: int | None | Unset
        if isinstance(self.ask_client_id, Unset):
            ask_client_id = UNSET
        else:
            ask_client_id = self.ask_client_id

        bid_client_id: int | None | Unset
        if isinstance(self.bid_client_id, Unset):
            bid_client_id = UNSET
        else:
            bid_client_id = self.bid_client_id

        ask_client_id_str: None | str | Unset
        if isinstance(self.ask_client_id_str, Unset):
            ask_client_id_str = UNSET
        else:
            ask_client_id_str = self.ask_client_id_str

        bid_client_id_str: None | str | Unset
        if isinstance(self.bid_client_id_str, Unset):
            bid_client_id_str = UNSET
        else:
            bid_client_id_str = self.bid_client_id_str

        ask_id_str: None | str | Unset
        if isinstance(self.ask_id_str, Unset):
            ask_id_str = UNSET
        else:
            ask_id_str = self.ask_id_str

        bid_id_str: None | str | Unset
        if isinstance(self.bid_id_str, Unset):
            bid_id_str = UNSET
        else:
            bid_id_str = self.bid_id_str

        trade_id_str: None | str | Unset
        if isinstance(self.trade_id_str, Unset):
            trade_id_str = UNSET
        else:
            trade_id_str = self.trade_id_str

        integrator_maker_fee: int | None | Unset
        if isinstance(self.integrator_maker_fee, Unset):
            integrator_maker_fee = UNSET
        else:
            integrator_maker_fee = self.integrator_maker_fee

        integrator_maker_fee_collector_index: int | None | Unset
        if isinstance(self.integrator_maker_fee_collector_index, Unset):
            integrator_maker_fee_collector_index = UNSET
        else:
            integrator_maker_fee_collector_index = self.integrator_maker_fee_collector_index

        integrator_taker_fee: int | None | Unset
        if isinstance(self.integrator_taker_fee, Unset):
            integrator_taker_fee = UNSET
        else:
            integrator_taker_fee = self.integrator_taker_fee

        integrator_taker_fee_collector_index: int | None | Unset
        if isinstance(self.integrator_taker_fee_collector_index, Unset):
            integrator_taker_fee_collector_index = UNSET
        else:
            integrator_taker_fee_collector_index = self.integrator_taker_fee_collector_index

        taker_allocated_margin_usdc_before: int | None | Unset
        if isinstance(self.taker_allocated_margin_usdc_before, Unset):
            taker_allocated_margin_usdc_before = UNSET
        else:
            taker_allocated_margin_usdc_before = self.taker_allocated_margin_usdc_before

        taker_allocated_margin_usdc_after: int | None | Unset
        if isinstance(self.taker_allocated_margin_usdc_after, Unset):
            taker_allocated_margin_usdc_after = UNSET
        else:
            taker_allocated_margin_usdc_after = self.taker_allocated_margin_usdc_after

        maker_allocated_margin_usdc_before: int | None | Unset
        if isinstance(self.maker_allocated_margin_usdc_before, Unset):
            maker_allocated_margin_usdc_before = UNSET
        else:
            maker_allocated_margin_usdc_before = self.maker_allocated_margin_usdc_before

        maker_allocated_margin_usdc_after: int | None | Unset
        if isinstance(self.maker_allocated_margin_usdc_after, Unset):
            maker_allocated_margin_usdc_after = UNSET
        else:
            maker_allocated_margin_usdc_after = self.maker_allocated_margin_usdc_after

        bid_order_version: int | None | Unset
        if isinstance(self.bid_order_version, Unset):
            bid_order_version = UNSET
        else:
            bid_order_version = self.bid_order_version

        ask_order_version: int | None | Unset
        if isinstance(self.ask_order_version, Unset):
            ask_order_version = UNSET
        else:
            ask_order_version = self.ask_order_version

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
                "trade_id": trade_id,
                "type": type_,
                "market_id": market_id,
                "size": size,
                "price": price,
                "usd_amount": usd_amount,
                "ask_id": ask_id,
                "bid_id": bid_id,
                "ask_account_id": ask_account_id,
                "bid_account_id": bid_account_id,
                "is_maker_ask": is_maker_ask,
                "timestamp": timestamp,
            }
        )
        if tx_hash is not UNSET:
            field_dict["tx_hash"] = tx_hash
        if block_height is not UNSET:
            field_dict["block_height"] = block_height
        if taker_fee is not UNSET:
            field_dict["taker_fee"] = taker_fee
        if taker_position_size_before is not UNSET:
            field_dict["taker_position_size_before"] = taker_position_size_before
        if taker_entry_quote_before is not UNSET:
            field_dict["taker_entry_quote_before"] = taker_entry_quote_before
        if taker_initial_margin_fraction_before is not UNSET:
            field_dict["taker_initial_margin_fraction_before"] = taker_initial_margin_fraction_before
        if taker_position_sign_changed is not UNSET:
            field_dict["taker_position_sign_changed"] = taker_position_sign_changed
        if maker_fee is not UNSET:
            field_dict["maker_fee"] = maker_fee
        if maker_position_size_before is not UNSET:
            field_dict["maker_position_size_before"] = maker_position_size_before
        if maker_entry_quote_before is not UNSET:
            field_dict["maker_entry_quote_before"] = maker_entry_quote_before
        if maker_initial_margin_fraction_before is not UNSET:
            field_dict["maker_initial_margin_fraction_before"] = maker_initial_margin_fraction_before
        if maker_position_sign_changed is not UNSET:
            field_dict["maker_position_sign_changed"] = maker_position_sign_changed
        if transaction_time is not UNSET:
            field_dict["transaction_time"] = transaction_time
        if bid_account_pnl is not UNSET:
            field_dict["bid_account_pnl"] = bid_account_pnl
        if ask_account_pnl is not UNSET:
            field_dict["ask_account_pnl"] = ask_account_pnl
        if ask_client_id is not UNSET:
            field_dict["ask_client_id"] = ask_client_id
        if bid_client_id is not UNSET:
            field_dict["bid_client_id"] = bid_client_id
        if ask_client_id_str is not UNSET:
            field_dict["ask_client_id_str"] = ask_client_id_str
        if bid_client_id_str is not UNSET:
            field_dict["bid_client_id_str"] = bid_client_id_str
        if ask_id_str is not UNSET:
            field_dict["ask_id_str"] = ask_id_str
        if bid_id_str is not UNSET:
            field_dict["bid_id_str"] = bid_id_str
        if trade_id_str is not UNSET:
            field_dict["trade_id_str"] = trade_id_str
        if integrator_maker_fee is not UNSET:
            field_dict["integrator_maker_fee"] = integrator_maker_fee
        if integrator_maker_fee_collector_index is not UNSET:
            field_dict["integrator_maker_fee_collector_index"] = integrator_maker_fee_collector_index
        if integrator_taker_fee is not UNSET:
            field_dict["integrator_taker_fee"] = integrator_taker_fee
        if integrator_taker_fee_collector_index is not UNSET:
            field_dict["integrator_taker_fee_collector_index"] = integrator_taker_fee_collector_index
        if taker_allocated_margin_usdc_before is not UNSET:
            field_dict["taker_allocated_margin_usdc_before"] = taker_allocated_margin_usdc_before
        if taker_allocated_margin_usdc_after is not UNSET:
            field_dict["taker_allocated_margin_usdc_after"] = taker_allocated_margin_usdc_after
        if maker_allocated_margin_usdc_before is not UNSET:
            field_dict["maker_allocated_margin_usdc_before"] = maker_allocated_margin_usdc_before
        if maker_allocated_margin_usdc_after is not UNSET:
            field_dict["maker_allocated_margin_usdc_after"] = maker_allocated_margin_usdc_after
        if bid_order_version is not UNSET:
            field_dict["bid_order_version"] = bid_order_version
        if ask_order_version is not UNSET:
            field_dict["ask_order_version"] = ask_order_version
        if market_kind is not UNSET:
            field_dict["market_kind"] = market_kind
        if market_symbol is not UNSET:
            field_dict["market_symbol"] = market_symbol

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        trade_id = d.pop("trade_id")

        type_ = d.pop("type")

        market_id = d.pop("market_id")

        size = d.pop("size")

        price = d.pop("price")

        usd_amount = d.pop("usd_amount")

        ask_id = d.pop("ask_id")

        bid_id = d.pop("bid_id")

        ask_account_id = d.pop("ask_account_id")

        bid_account_id = d.pop("bid_account_id")

        is_maker_ask = d.pop("is_maker_ask")

        timestamp = d.pop("timestamp")

        def _parse_tx_hash(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tx_hash = _parse_tx_hash(d.pop("tx_hash", UNSET))

        def _parse_block_height(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        block_height = _parse_block_height(d.pop("block_height", UNSET))

        def _parse_taker_fee(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        taker_fee = _parse_taker_fee(d.pop("taker_fee", UNSET))

        def _parse_taker_position_size_before(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        taker_position_size_before = _parse_taker_position_size_before(d.pop("taker_position_size_before", UNSET))

        def _parse_taker_entry_quote_before(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        taker_entry_quote_before = _parse_taker_entry_quote_before(d.pop("taker_entry_quote_before", UNSET))

        def _parse_taker_initial_margin_fraction_before(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        taker_initial_margin_fraction_before = _parse_taker_initial_margin_fraction_before(
            d.pop("taker_initial_margin_fraction_before", UNSET)
        )

        def _parse_taker_position_sign_changed(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        taker_position_sign_changed = _parse_taker_position_sign_changed(d.pop("taker_position_sign_changed", UNSET))

        def _parse_maker_fee(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        maker_fee = _parse_maker_fee(d.pop("maker_fee", UNSET))

        def _parse_maker_position_size_before(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        maker_position_size_before = _parse_maker_position_size_before(d.pop("maker_position_size_before", UNSET))

        def _parse_maker_entry_quote_before(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        maker_entry_quote_before = _parse_maker_entry_quote_before(d.pop("maker_entry_quote_before", UNSET))

        def _parse_maker_initial_margin_fraction_before(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        maker_initial_margin_fraction_before = _parse_maker_initial_margin_fraction_before(
            d.pop("maker_initial_margin_fraction_before", UNSET)
        )

        def _parse_maker_position_sign_changed(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        maker_position_sign_changed = _parse_maker_position_sign_changed(d.pop("maker_position_sign_changed", UNSET))

        def _parse_transaction_time(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        transaction_time = _parse_transaction_time(d.pop("transaction_time", UNSET))

        def _parse_bid_account_pnl(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bid_account_pnl = _parse_bid_account_pnl(d.pop("bid_account_pnl", UNSET))

        def _parse_ask_account_pnl(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ask_account_pnl = _parse_ask_account_pnl(d.pop("ask_account_pnl", UNSET))

        def _parse_ask_client_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        ask_client_id = _parse_ask_client_id(d.pop("ask_client_id", UNSET))

        def _parse_bid_client_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        bid_client_id = _parse_bid_client_id(d.pop("bid_client_id", UNSET))

        def _parse_ask_client_id_str(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ask_client_id_str = _parse_ask_client_id_str(d.pop("ask_client_id_str", UNSET))

        def _parse_bid_client_id_str(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bid_client_id_str = _parse_bid_client_id_str(d.pop("bid_client_id_str", UNSET))

        def _parse_ask_id_str(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ask_id_str = _parse_ask_id_str(d.pop("ask_id_str", UNSET))

        def _parse_bid_id_str(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bid_id_str = _parse_bid_id_str(d.pop("bid_id_str", UNSET))

        def _parse_trade_id_str(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        trade_id_str = _parse_trade_id_str(d.pop("trade_id_str", UNSET))

        def _parse_integrator_maker_fee(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        integrator_maker_fee = _parse_integrator_maker_fee(d.pop("integrator_maker_fee", UNSET))

        def _parse_integrator_maker_fee_collector_index(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        integrator_maker_fee_collector_index = _parse_integrator_maker_fee_collector_index(
            d.pop("integrator_maker_fee_collector_index", UNSET)
        )

        def _parse_integrator_taker_fee(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        integrator_taker_fee = _parse_integrator_taker_fee(d.pop("integrator_taker_fee", UNSET))

        def _parse_integrator_taker_fee_collector_index(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        integrator_taker_fee_collector_index = _parse_integrator_taker_fee_collector_index(
            d.pop("integrator_taker_fee_collector_index", UNSET)
        )

        def _parse_taker_allocated_margin_usdc_before(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        taker_allocated_margin_usdc_before = _parse_taker_allocated_margin_usdc_before(
            d.pop("taker_allocated_margin_usdc_before", UNSET)
        )

        def _parse_taker_allocated_margin_usdc_after(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        taker_allocated_margin_usdc_after = _parse_taker_allocated_margin_usdc_after(
            d.pop("taker_allocated_margin_usdc_after", UNSET)
        )

        def _parse_maker_allocated_margin_usdc_before(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        maker_allocated_margin_usdc_before = _parse_maker_allocated_margin_usdc_before(
            d.pop("maker_allocated_margin_usdc_before", UNSET)
        )

        def _parse_maker_allocated_margin_usdc_after(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        maker_allocated_margin_usdc_after = _parse_maker_allocated_margin_usdc_after(
            d.pop("maker_allocated_margin_usdc_after", UNSET)
        )

        def _parse_bid_order_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        bid_order_version = _parse_bid_order_version(d.pop("bid_order_version", UNSET))

        def _parse_ask_order_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        ask_order_version = _parse_ask_order_version(d.pop("ask_order_version", UNSET))

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

        trade = cls(
            trade_id=trade_id,
            type_=type_,
            market_id=market_id,
            size=size,
            price=price,
            usd_amount=usd_amount,
            ask_id=ask_id,
            bid_id=bid_id,
            ask_account_id=ask_account_id,
            bid_account_id=bid_account_id,
            is_maker_ask=is_maker_ask,
            timestamp=timestamp,
            tx_hash=tx_hash,
            block_height=block_height,
            taker_fee=taker_fee,
            taker_position_size_before=taker_position_size_before,
            taker_entry_quote_before=taker_entry_quote_before,
            taker_initial_margin_fraction_before=taker_initial_margin_fraction_before,
            taker_position_sign_changed=taker_position_sign_changed,
            maker_fee=maker_fee,
            maker_position_size_before=maker_position_size_before,
            maker_entry_quote_before=maker_entry_quote_before,
            maker_initial_margin_fraction_before=maker_initial_margin_fraction_before,
            maker_position_sign_changed=maker_position_sign_changed,
            transaction_time=transaction_time,
            bid_account_pnl=bid_account_pnl,
            ask_account_pnl=ask_account_pnl,
            ask_client_id=ask_client_id,
            bid_client_id=bid_client_id,
            ask_client_id_str=ask_client_id_str,
            bid_client_id_str=bid_client_id_str,
            ask_id_str=ask_id_str,
            bid_id_str=bid_id_str,
            trade_id_str=trade_id_str,
            integrator_maker_fee=integrator_maker_fee,
            integrator_maker_fee_collector_index=integrator_maker_fee_collector_index,
            integrator_taker_fee=integrator_taker_fee,
            integrator_taker_fee_collector_index=integrator_taker_fee_collector_index,
            taker_allocated_margin_usdc_before=taker_allocated_margin_usdc_before,
            taker_allocated_margin_usdc_after=taker_allocated_margin_usdc_after,
            maker_allocated_margin_usdc_before=maker_allocated_margin_usdc_before,
            maker_allocated_margin_usdc_after=maker_allocated_margin_usdc_after,
            bid_order_version=bid_order_version,
            ask_order_version=ask_order_version,
            market_kind=market_kind,
            market_symbol=market_symbol,
        )

        trade.additional_properties = d
        return trade

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
