"""Order transactions: CreateOrder, CreateGroupedOrders (+ OrderInfo), CancelOrder, CancelAllOrders,
ModifyOrder."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, ClassVar

import attrs

from lighter.transactions import _hashing
from lighter.transactions._base import (
    INT,
    ORDERS,
    Tx,
    check_keys,
    decode_value,
    layout,
    snake_case,
    wire_order,
)
from lighter.transactions._checks import (
    MAX_BASE_AMOUNT,
    MAX_CLIENT_ORDER_INDEX,
    MAX_GROUPED_ORDERS,
    MAX_INT64,
    MAX_ORDER_INDEX,
    MAX_UINT32,
    check_flag,
    check_int,
    check_market_index,
)
from lighter.transactions._enums import (
    CancelAllTimeInForce,
    GroupingType,
    OrderType,
    TimeInForce,
    TxType,
)

_ORDER_KEYS = (
    "MarketIndex",
    "ClientOrderIndex",
    "BaseAmount",
    "Price",
    "IsAsk",
    "Type",
    "TimeInForce",
    "ReduceOnly",
    "TriggerPrice",
    "OrderExpiry",
)
_ORDER_FIELDS = tuple((key, INT) for key in _ORDER_KEYS)
_ORDER_ATTRS = tuple(snake_case(key) for key in _ORDER_KEYS)
_ORDER_PAIRS = tuple(zip(_ORDER_KEYS, _ORDER_ATTRS, strict=True))

# order types that need a trigger price
_STOP_LOSS = (OrderType.STOP_LOSS, OrderType.STOP_LOSS_LIMIT)
_TAKE_PROFIT = (OrderType.TAKE_PROFIT, OrderType.TAKE_PROFIT_LIMIT)
_TRIGGERED = _STOP_LOSS + _TAKE_PROFIT
_ALL_ORDER_TYPES = tuple(OrderType)
_MAX_ORDER_TYPE = max(OrderType)
_MAX_TIME_IN_FORCE = max(TimeInForce)


def _check_order_fields(o: Any, prefix: str) -> None:
    """Ranges of the ten order fields shared by CreateOrder and OrderInfo."""
    check_market_index(prefix + "market_index", o.market_index)
    check_int(prefix + "client_order_index", o.client_order_index, 0, MAX_CLIENT_ORDER_INDEX)
    check_flag(prefix + "reduce_only", o.reduce_only)
    check_int(prefix + "base_amount", o.base_amount, 0, MAX_BASE_AMOUNT)
    if o.base_amount == 0 and o.reduce_only != 1:
        raise ValueError(f"{prefix}base_amount must be at least 1 (0 is only allowed with reduce_only=1)")
    check_int(prefix + "price", o.price, 1, MAX_UINT32)
    check_flag(prefix + "is_ask", o.is_ask)
    check_int(prefix + "type", o.type, 0, _MAX_ORDER_TYPE)
    check_int(prefix + "time_in_force", o.time_in_force, 0, _MAX_TIME_IN_FORCE)
    check_int(prefix + "trigger_price", o.trigger_price, 0, MAX_UINT32)
    check_int(prefix + "order_expiry", o.order_expiry, 0, MAX_INT64)


def _check_order_kind(o: Any, prefix: str, allowed: Iterable[OrderType]) -> None:
    """The order-type / time-in-force / trigger / expiry combinations (Go ``create_order.go``)."""
    kind = o.type
    if kind not in allowed:
        names = ", ".join(t.name for t in allowed)
        raise ValueError(f"{prefix}type must be one of {names} here, got {kind}")
    tif, trigger, expiry = o.time_in_force, o.trigger_price, o.order_expiry
    ioc = TimeInForce.IMMEDIATE_OR_CANCEL
    if kind == OrderType.MARKET:
        if tif != ioc:
            raise ValueError(f"{prefix}time_in_force of a market order must be IMMEDIATE_OR_CANCEL (0)")
        if expiry != 0:
            raise ValueError(f"{prefix}order_expiry of a market order must be 0")
        if trigger != 0:
            raise ValueError(f"{prefix}trigger_price of a market order must be 0")
    elif kind == OrderType.LIMIT:
        if trigger != 0:
            raise ValueError(f"{prefix}trigger_price of a limit order must be 0")
        if tif == ioc and expiry != 0:
            raise ValueError(f"{prefix}order_expiry of an IMMEDIATE_OR_CANCEL limit order must be 0")
        if tif != ioc and expiry == 0:
            raise ValueError(f"{prefix}order_expiry of a resting limit order must be set (not 0)")
    elif kind in (OrderType.STOP_LOSS, OrderType.TAKE_PROFIT):
        if tif != ioc:
            raise ValueError(f"{prefix}time_in_force of a {OrderType(kind).name} order must be IOC (0)")
        if trigger == 0:
            raise ValueError(f"{prefix}trigger_price of a {OrderType(kind).name} order must be set")
        if expiry == 0:
            raise ValueError(f"{prefix}order_expiry of a {OrderType(kind).name} order must be set")
    elif kind in (OrderType.STOP_LOSS_LIMIT, OrderType.TAKE_PROFIT_LIMIT):
        if trigger == 0:
            raise ValueError(f"{prefix}trigger_price of a {OrderType(kind).name} order must be set")
        if expiry == 0:
            raise ValueError(f"{prefix}order_expiry of a {OrderType(kind).name} order must be set")
    elif kind == OrderType.TWAP:
        if tif != TimeInForce.GOOD_TILL_TIME:
            raise ValueError(f"{prefix}time_in_force of a TWAP order must be GOOD_TILL_TIME (1)")
        if trigger != 0:
            raise ValueError(f"{prefix}trigger_price of a TWAP order must be 0")
        if expiry == 0:
            raise ValueError(f"{prefix}order_expiry of a TWAP order must be set")


def _order_elements(o: Any) -> list[int]:
    return [
        o.market_index,
        o.client_order_index,
        o.base_amount,
        o.price,
        o.is_ask,
        o.type,
        o.time_in_force,
        o.reduce_only,
        o.trigger_price,
        o.order_expiry,
    ]


@attrs.frozen(kw_only=True)
class OrderInfo:
    """One order inside CreateGroupedOrders (the same ten fields as CreateOrder)."""

    market_index: int
    base_amount: int
    price: int
    is_ask: int
    type: int = OrderType.LIMIT
    time_in_force: int = TimeInForce.GOOD_TILL_TIME
    order_expiry: int
    client_order_index: int = 0
    reduce_only: int = 0
    trigger_price: int = 0

    def validate(self, prefix: str = "") -> None:
        """Range checks of the ten fields (the grouping rules live in CreateGroupedOrders)."""
        _check_order_fields(self, prefix)

    def elements(self) -> list[int]:
        """The ten hashed elements."""
        return _order_elements(self)

    def json_fragment(self) -> str:
        """Compact JSON object in wire order."""
        return "{" + ",".join([f'"{k}":{getattr(self, a):d}' for k, a in _ORDER_PAIRS]) + "}"

    def to_json_obj(self) -> dict[str, int]:
        """The JSON object as a dict."""
        return {k: int(getattr(self, a)) for k, a in _ORDER_PAIRS}

    @classmethod
    def from_json_obj(cls, obj: Any, *, field: str = "order") -> OrderInfo:
        """Parse one order object of a grouped-orders tx_info."""
        if not isinstance(obj, Mapping):
            raise ValueError(f"{field} must be an object")
        check_keys(obj, _ORDER_KEYS, field)
        kwargs = {}
        for key, attr in _ORDER_PAIRS:
            value = obj[key]
            if isinstance(value, bool) or not isinstance(value, int):
                raise ValueError(f"{field}.{key} must be a JSON integer")
            kwargs[attr] = value
        return cls(**kwargs)


def _to_orders(value: Any) -> Any:
    """attrs converter: any iterable of OrderInfo -> tuple."""
    if isinstance(value, (list, tuple)):
        return tuple(value)
    return value


_ORDER_ATTRIBUTES = frozenset({1, 2, 3, 4, 6, 7})
_GROUP_NAMES = {GroupingType.OTO: "OTO", GroupingType.OCO: "OCO", GroupingType.OTOCO: "OTOCO"}


@attrs.frozen(kw_only=True, field_transformer=wire_order)
class CreateOrder(Tx):
    """Create one order (tx type 14). Prices and sizes are integers in the market's ticks."""

    tx_type: ClassVar[TxType] = TxType.CREATE_ORDER
    _LAYOUT = layout(_ORDER_FIELDS)
    _ALLOWED_ATTRIBUTES = _ORDER_ATTRIBUTES

    account_index: int
    market_index: int
    base_amount: int
    price: int
    is_ask: int
    order_expiry: int
    client_order_index: int = 0
    type: int = OrderType.LIMIT
    time_in_force: int = TimeInForce.GOOD_TILL_TIME
    reduce_only: int = 0
    trigger_price: int = 0

    def _type_elements(self) -> list[int]:
        return _order_elements(self)

    def _check(self) -> None:
        _check_order_fields(self, "")
        _check_order_kind(self, "", _ALL_ORDER_TYPES)

    def order_info(self) -> OrderInfo:
        """The ten order fields as an OrderInfo."""
        return OrderInfo(**{a: getattr(self, a) for a in _ORDER_ATTRS})


@attrs.frozen(kw_only=True, field_transformer=wire_order)
class CreateGroupedOrders(Tx):
    """OTO / OCO / OTOCO order groups (tx type 28)."""

    tx_type: ClassVar[TxType] = TxType.CREATE_GROUPED_ORDERS
    _LAYOUT = layout(("GroupingType", ("Orders", ORDERS)))
    _ALLOWED_ATTRIBUTES = _ORDER_ATTRIBUTES

    account_index: int
    grouping_type: int
    orders: tuple[OrderInfo, ...] = attrs.field(converter=_to_orders)

    @classmethod
    def _decode_field(cls, codec: str, field: str, value: Any) -> Any:
        if codec != ORDERS:
            return decode_value(codec, field, value)
        if not isinstance(value, list):
            raise ValueError(f"{field} must be an array of orders")
        return tuple(OrderInfo.from_json_obj(item, field=f"{field}[{i}]") for i, item in enumerate(value))

    def _type_elements(self) -> list[int]:
        aggregated: tuple[int, ...] = ()
        for index, order in enumerate(self.orders):
            order_hash = _hashing.hash_no_pad(order.elements())
            aggregated = order_hash if index == 0 else _hashing.hash_two_to_one(aggregated, order_hash)
        return [self.grouping_type, *aggregated]

    def _check(self) -> None:
        check_int("grouping_type", self.grouping_type, 1, max(GroupingType))
        orders = self.orders
        if not isinstance(orders, tuple) or not all(isinstance(o, OrderInfo) for o in orders):
            raise TypeError("orders must be a sequence of OrderInfo")
        if not 1 <= len(orders) <= MAX_GROUPED_ORDERS:
            raise ValueError(f"orders must hold 1..{MAX_GROUPED_ORDERS} orders, got {len(orders)}")
        for i, order in enumerate(orders):
            order.validate(f"orders[{i}].")
            if order.market_index != orders[0].market_index:
                raise ValueError(f"orders[{i}].market_index must equal orders[0].market_index")
        kind = GroupingType(self.grouping_type)
        group = _GROUP_NAMES[kind]
        want = 3 if kind == GroupingType.OTOCO else 2
        if len(orders) != want:
            raise ValueError(f"orders: an {group} group needs {want} orders, got {len(orders)}")
        if kind == GroupingType.OCO:
            first, second = orders
            if first.base_amount != second.base_amount:
                raise ValueError("OCO: both orders must have the same base_amount")
            if first.is_ask != second.is_ask:
                raise ValueError("OCO: both orders must have the same is_ask")
            if first.reduce_only != 1 or second.reduce_only != 1:
                raise ValueError("OCO: both orders must be reduce_only")
            if first.order_expiry != second.order_expiry:
                raise ValueError("OCO: both orders must have the same order_expiry")
            self._check_siblings(orders, 0)
            return
        parent, children = orders[0], orders[1:]
        for i, child in enumerate(children, 1):
            if child.base_amount != 0:
                raise ValueError(f"{group}: orders[{i}].base_amount must be 0 for a child order")
            if child.is_ask == parent.is_ask:
                raise ValueError(f"{group}: orders[{i}].is_ask must be the opposite of the parent's")
        if kind == GroupingType.OTOCO and children[0].order_expiry != children[1].order_expiry:
            raise ValueError("OTOCO: orders[1] and orders[2] must have the same order_expiry")
        if parent.order_expiry != 0 and parent.order_expiry != children[0].order_expiry:
            raise ValueError(f"{group}: a parent order_expiry must equal the children's")
        _check_order_kind(parent, "orders[0].", (OrderType.MARKET, OrderType.LIMIT))
        if kind == GroupingType.OTO:
            _check_order_kind(children[0], "orders[1].", _TRIGGERED)
        else:
            self._check_siblings(children, 1)

    @staticmethod
    def _check_siblings(orders: tuple[OrderInfo, ...], offset: int) -> None:
        """Two triggered orders: one stop-loss, one take-profit."""
        for i, order in enumerate(orders, offset):
            _check_order_kind(order, f"orders[{i}].", _TRIGGERED)
        kinds = {order.type for order in orders}
        if not kinds & set(_STOP_LOSS) or not kinds & set(_TAKE_PROFIT):
            raise ValueError("the two triggered orders must be one stop-loss and one take-profit")


@attrs.frozen(kw_only=True, field_transformer=wire_order)
class CancelOrder(Tx):
    """Cancel one order by order index or client order index (tx type 15)."""

    tx_type: ClassVar[TxType] = TxType.CANCEL_ORDER
    _LAYOUT = layout(("MarketIndex", "Index"))

    account_index: int
    market_index: int
    index: int

    def _check(self) -> None:
        check_market_index("market_index", self.market_index)
        check_int("index", self.index, 1, MAX_ORDER_INDEX)


@attrs.frozen(kw_only=True, field_transformer=wire_order)
class CancelAllOrders(Tx):
    """Cancel all orders now, schedule it, or abort a schedule (tx type 16).

    To limit it to one market set ``attributes=TxAttributes(cancel_all_market_index=m)``.
    """

    tx_type: ClassVar[TxType] = TxType.CANCEL_ALL_ORDERS
    _LAYOUT = layout(("TimeInForce", "Time"))
    _ALLOWED_ATTRIBUTES = frozenset({4, 5})

    account_index: int
    time_in_force: int
    time: int = 0

    def _check(self) -> None:
        check_int("time_in_force", self.time_in_force, 0, max(CancelAllTimeInForce))
        if self.time_in_force == CancelAllTimeInForce.SCHEDULED:
            check_int("time", self.time, 1, MAX_INT64)
        elif self.time != 0:
            raise ValueError("time must be 0 unless time_in_force is SCHEDULED")


@attrs.frozen(kw_only=True, field_transformer=wire_order)
class ModifyOrder(Tx):
    """Change size, price or trigger of a resting order (tx type 17).

    ``attributes.order_version`` (attribute 8) pins the order version being modified.
    """

    tx_type: ClassVar[TxType] = TxType.MODIFY_ORDER
    _LAYOUT = layout(("MarketIndex", "Index", "BaseAmount", "Price", "TriggerPrice"))
    _ALLOWED_ATTRIBUTES = frozenset({1, 2, 3, 4, 6, 7, 8})

    account_index: int
    market_index: int
    index: int
    base_amount: int
    price: int
    trigger_price: int = 0

    def _check(self) -> None:
        check_market_index("market_index", self.market_index)
        check_int("index", self.index, 1, MAX_ORDER_INDEX)
        check_int("base_amount", self.base_amount, 0, MAX_BASE_AMOUNT)
        check_int("price", self.price, 1, MAX_UINT32)
        check_int("trigger_price", self.trigger_price, 0, MAX_UINT32)
