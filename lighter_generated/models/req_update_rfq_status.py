from typing import Literal

ReqUpdateRFQStatus = Literal["closed", "order_created"]

REQ_UPDATE_RFQ_STATUS_VALUES: set[ReqUpdateRFQStatus] = {
    "closed",
    "order_created",
}


def check_req_update_rfq_status(value: str) -> ReqUpdateRFQStatus:
    if value in REQ_UPDATE_RFQ_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REQ_UPDATE_RFQ_STATUS_VALUES!r}")
