from typing import Literal

RfqListStatus = Literal["closed", "opened", "order_created"]

RFQ_LIST_STATUS_VALUES: set[RfqListStatus] = {
    "closed",
    "opened",
    "order_created",
}


def check_rfq_list_status(value: str) -> RfqListStatus:
    if value in RFQ_LIST_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RFQ_LIST_STATUS_VALUES!r}")
