"""Contains all the data models used in inputs/outputs"""

from .account import Account
from .account_active_orders_market_type import AccountActiveOrdersMarketType
from .account_api_keys import AccountApiKeys
from .account_asset import AccountAsset
from .account_binary_options_position import AccountBinaryOptionsPosition
from .account_by import AccountBy
from .account_inactive_orders_market_type import AccountInactiveOrdersMarketType
from .account_limits import AccountLimits
from .account_metadata import AccountMetadata
from .account_metadata_by import AccountMetadataBy
from .account_metadatas import AccountMetadatas
from .account_pnl import AccountPnL
from .account_position import AccountPosition
from .account_txs_by import AccountTxsBy
from .announcement import Announcement
from .announcements import Announcements
from .api_key import ApiKey
from .api_token import ApiToken
from .approved_integrator import ApprovedIntegrator
from .asset import Asset
from .asset_details import AssetDetails
from .binary_option_market_stats import BinaryOptionMarketStats
from .block import Block
from .block_by import BlockBy
from .block_txs_by import BlockTxsBy
from .blocks import Blocks
from .blocks_sort import BlocksSort
from .bo_event_pn_l import BoEventPnL
from .bo_fee_tier import BoFeeTier
from .bo_outcome_pn_l import BoOutcomePnL
from .bridge_supported_network import BridgeSupportedNetwork
from .bridge_supported_networks import BridgeSupportedNetworks
from .candle import Candle
from .candles import Candles
from .candles_resolution import CandlesResolution
from .contract_address import ContractAddress
from .create_intent_address_resp import CreateIntentAddressResp
from .current_height import CurrentHeight
from .daily_return import DailyReturn
from .deposit import Deposit
from .deposit_history import DepositHistory
from .deposit_history_filter import DepositHistoryFilter
from .deposit_history_item import DepositHistoryItem
from .detailed_account import DetailedAccount
from .detailed_accounts import DetailedAccounts
from .enriched_tx import EnrichedTx
from .event_detail import EventDetail
from .event_detail_metadata import EventDetailMetadata
from .event_order_book_entry import EventOrderBookEntry
from .exchange_metric import ExchangeMetric
from .exchange_metrics_filter import ExchangeMetricsFilter
from .exchange_metrics_kind import ExchangeMetricsKind
from .exchange_metrics_period import ExchangeMetricsPeriod
from .exchange_stats import ExchangeStats
from .execute_stat import ExecuteStat
from .execute_stats_period import ExecuteStatsPeriod
from .export_data import ExportData
from .export_role import ExportRole
from .export_side import ExportSide
from .export_trade_type import ExportTradeType
from .export_type import ExportType
from .fee_tiers import FeeTiers
from .funding import Funding
from .funding_rate import FundingRate
from .funding_rates import FundingRates
from .fundings import Fundings
from .fundings_resolution import FundingsResolution
from .historical_trades_export_data import HistoricalTradesExportData
from .l1_metadata import L1Metadata
from .l1_provider_info import L1ProviderInfo
from .layer1_basic_info import Layer1BasicInfo
from .leaderboard import Leaderboard
from .leaderboard_entry import LeaderboardEntry
from .leaderboard_type import LeaderboardType
from .lease_entry import LeaseEntry
from .lease_option_entry import LeaseOptionEntry
from .liq_trade import LiqTrade
from .liquidation import Liquidation
from .liquidation_info import LiquidationInfo
from .liquidation_info_asset_index_prices_type_0 import (
    LiquidationInfoAssetIndexPricesType0,
)
from .liquidation_info_mark_prices_type_0 import LiquidationInfoMarkPricesType0
from .liquidation_infos import LiquidationInfos
from .live_points_total import LivePointsTotal
from .mark_price_candle import MarkPriceCandle
from .mark_price_candles import MarkPriceCandles
from .mark_price_candles_resolution import MarkPriceCandlesResolution
from .market_config import MarketConfig
from .market_price_chart import MarketPriceChart
from .market_price_charts import MarketPriceCharts
from .next_nonce import NextNonce
from .order import Order
from .order_book import OrderBook
from .order_book_details import OrderBookDetails
from .order_book_details_filter import OrderBookDetailsFilter
from .order_book_orders import OrderBookOrders
from .order_book_stats import OrderBookStats
from .order_books import OrderBooks
from .order_books_filter import OrderBooksFilter
from .orders import Orders
from .partner_stats import PartnerStats
from .pending_unlock import PendingUnlock
from .perps_order_book_detail import PerpsOrderBookDetail
from .perps_order_book_detail_daily_chart_type_0 import (
    PerpsOrderBookDetailDailyChartType0,
)
from .pnl_by import PnlBy
from .pnl_entry import PnLEntry
from .pnl_leaderboard import PnlLeaderboard
from .pnl_leaderboard_entry import PnlLeaderboardEntry
from .pnl_leaderboard_sort_by import PnlLeaderboardSortBy
from .pnl_leaderboard_sort_dir import PnlLeaderboardSortDir
from .pnl_leaderboard_time_window import PnlLeaderboardTimeWindow
from .pnl_resolution import PnlResolution
from .position_funding import PositionFunding
from .position_funding_side import PositionFundingSide
from .position_fundings import PositionFundings
from .price_oracle_market import PriceOracleMarket
from .price_oracle_price import PriceOraclePrice
from .public_pool_info import PublicPoolInfo
from .public_pool_metadata import PublicPoolMetadata
from .public_pool_share import PublicPoolShare
from .public_pools_metadata_filter import PublicPoolsMetadataFilter
from .referral import Referral
from .referral_code import ReferralCode
from .referral_point_entry import ReferralPointEntry
from .referral_points import ReferralPoints
from .referral_program_kickback import ReferralProgramKickback
from .referral_stat import ReferralStat
from .referral_stats import ReferralStats
from .referral_totals import ReferralTotals
from .req_ack_notif import ReqAckNotif
from .req_change_account_tier import ReqChangeAccountTier
from .req_create_intent_address import ReqCreateIntentAddress
from .req_create_referral_code import ReqCreateReferralCode
from .req_create_rfq import ReqCreateRFQ
from .req_fastwithdraw import ReqFastwithdraw
from .req_lit_lease import ReqLITLease
from .req_post_api_token import ReqPostApiToken
from .req_respond_to_rfq import ReqRespondToRFQ
from .req_respond_to_rfq_status import ReqRespondToRFQStatus
from .req_revoke_api_token import ReqRevokeApiToken
from .req_send_tx import ReqSendTx
from .req_send_tx_batch import ReqSendTxBatch
from .req_set_account_metadata import ReqSetAccountMetadata
from .req_set_maker_only_api_keys import ReqSetMakerOnlyApiKeys
from .req_update_kickback import ReqUpdateKickback
from .req_update_referral_code import ReqUpdateReferralCode
from .req_update_rfq import ReqUpdateRFQ
from .req_update_rfq_status import ReqUpdateRFQStatus
from .req_use_referral_code import ReqUseReferralCode
from .resp_change_account_tier import RespChangeAccountTier
from .resp_create_rfq import RespCreateRFQ
from .resp_get_api_tokens import RespGetApiTokens
from .resp_get_bo_pn_l import RespGetBoPnL
from .resp_get_events import RespGetEvents
from .resp_get_exchange_metrics import RespGetExchangeMetrics
from .resp_get_execute_stats import RespGetExecuteStats
from .resp_get_fast_bridge_info import RespGetFastBridgeInfo
from .resp_get_fastwithdrawal_info import RespGetFastwithdrawalInfo
from .resp_get_lease_options import RespGetLeaseOptions
from .resp_get_leases import RespGetLeases
from .resp_get_maker_only_api_keys import RespGetMakerOnlyApiKeys
from .resp_get_rfq import RespGetRFQ
from .resp_get_up_down_candles import RespGetUpDownCandles
from .resp_list_rfqs import RespListRFQs
from .resp_post_api_token import RespPostApiToken
from .resp_price_oracle_info import RespPriceOracleInfo
from .resp_public_pools_metadata import RespPublicPoolsMetadata
from .resp_respond_to_rfq import RespRespondToRFQ
from .resp_revoke_api_token import RespRevokeApiToken
from .resp_send_tx import RespSendTx
from .resp_send_tx_batch import RespSendTxBatch
from .resp_set_maker_only_api_keys import RespSetMakerOnlyApiKeys
from .resp_synthetic_spot_info import RespSyntheticSpotInfo
from .resp_update_kickback import RespUpdateKickback
from .resp_update_referral_code import RespUpdateReferralCode
from .resp_update_rfq import RespUpdateRFQ
from .resp_withdrawal_delay import RespWithdrawalDelay
from .result_code import ResultCode
from .rfq_entry import RFQEntry
from .rfq_list_status import RfqListStatus
from .rfq_metadata import RFQMetadata
from .rfq_response_entry import RFQResponseEntry
from .risk_info import RiskInfo
from .risk_parameters import RiskParameters
from .share_price import SharePrice
from .simple_order import SimpleOrder
from .slippage_result import SlippageResult
from .spot_order_book_detail import SpotOrderBookDetail
from .spot_order_book_detail_daily_chart_type_0 import (
    SpotOrderBookDetailDailyChartType0,
)
from .staking_fee_tier import StakingFeeTier
from .status import Status
from .strategy import Strategy
from .sub_account_metadata import SubAccountMetadata
from .sub_accounts import SubAccounts
from .system_config import SystemConfig
from .token import Token
from .token_list import TokenList
from .trade import Trade
from .trade_stats import TradeStats
from .trades import Trades
from .trades_market_type import TradesMarketType
from .trades_role import TradesRole
from .trades_sort_by import TradesSortBy
from .trades_sort_dir import TradesSortDir
from .trades_type import TradesType
from .transfer_fee_info import TransferFeeInfo
from .transfer_history import TransferHistory
from .transfer_history_item import TransferHistoryItem
from .transfer_history_type_item import TransferHistoryTypeItem
from .tx import Tx
from .tx_by import TxBy
from .tx_hash import TxHash
from .txs import Txs
from .up_down_candle import UpDownCandle
from .user_fee_tier import UserFeeTier
from .user_referrals import UserReferrals
from .validator_info import ValidatorInfo
from .withdraw_history import WithdrawHistory
from .withdraw_history_filter import WithdrawHistoryFilter
from .withdraw_history_item import WithdrawHistoryItem
from .ws_account_all_assets_update import WsAccountAllAssetsUpdate
from .ws_account_all_assets_update_assets_type_0 import (
    WsAccountAllAssetsUpdateAssetsType0,
)
from .ws_account_all_orders_update import WsAccountAllOrdersUpdate
from .ws_account_all_orders_update_orders_type_0 import (
    WsAccountAllOrdersUpdateOrdersType0,
)
from .ws_account_all_positions_update import WsAccountAllPositionsUpdate
from .ws_account_all_positions_update_bo_positions_type_1 import (
    WsAccountAllPositionsUpdateBoPositionsType1,
)
from .ws_account_all_positions_update_positions_type_0 import (
    WsAccountAllPositionsUpdatePositionsType0,
)
from .ws_account_all_trades_update import WsAccountAllTradesUpdate
from .ws_account_all_trades_update_trades_type_0 import (
    WsAccountAllTradesUpdateTradesType0,
)
from .ws_account_all_update import WsAccountAllUpdate
from .ws_account_all_update_assets_type_0 import WsAccountAllUpdateAssetsType0
from .ws_account_all_update_bo_positions_type_1 import (
    WsAccountAllUpdateBoPositionsType1,
)
from .ws_account_all_update_funding_histories_type_0 import (
    WsAccountAllUpdateFundingHistoriesType0,
)
from .ws_account_all_update_orders_type_0 import WsAccountAllUpdateOrdersType0
from .ws_account_all_update_positions_type_0 import WsAccountAllUpdatePositionsType0
from .ws_account_all_update_trades_type_0 import WsAccountAllUpdateTradesType0
from .ws_account_assets import WSAccountAssets
from .ws_account_assets_assets import WSAccountAssetsAssets
from .ws_account_market_update import WsAccountMarketUpdate
from .ws_account_orders_update import WsAccountOrdersUpdate
from .ws_account_orders_update_orders_type_0 import WsAccountOrdersUpdateOrdersType0
from .ws_account_spot_avg_entry_prices_update import WsAccountSpotAvgEntryPricesUpdate
from .ws_account_spot_avg_entry_prices_update_avg_entry_prices_type_0 import (
    WsAccountSpotAvgEntryPricesUpdateAvgEntryPricesType0,
)
from .ws_account_tx_update import WsAccountTxUpdate
from .ws_bo_market_stats_update import WsBoMarketStatsUpdate
from .ws_bo_market_stats_update_bo_market_stats_type_1 import (
    WsBoMarketStatsUpdateBoMarketStatsType1,
)
from .ws_candle_update import WsCandleUpdate
from .ws_candle_update_candle_type_0 import WsCandleUpdateCandleType0
from .ws_connected import WsConnected
from .ws_error import WsError
from .ws_error_detail import WsErrorDetail
from .ws_height_update import WsHeightUpdate
from .ws_market_stats import WsMarketStats
from .ws_market_stats_update import WsMarketStatsUpdate
from .ws_notification_update import WsNotificationUpdate
from .ws_notification_update_notifications_type_0_item import (
    WsNotificationUpdateNotificationsType0Item,
)
from .ws_notification_update_notifs_type_0_item import (
    WsNotificationUpdateNotifsType0Item,
)
from .ws_order_book import WsOrderBook
from .ws_order_book_update import WsOrderBookUpdate
from .ws_pool_data_update import WsPoolDataUpdate
from .ws_pool_info_update import WsPoolInfoUpdate
from .ws_price_level import WsPriceLevel
from .ws_spot_avg_entry_price import WsSpotAvgEntryPrice
from .ws_spot_market_stats_update import WsSpotMarketStatsUpdate
from .ws_subscribe import WsSubscribe
from .ws_ticker import WsTicker
from .ws_ticker_update import WsTickerUpdate
from .ws_trade_update import WsTradeUpdate
from .ws_tx_response import WsTxResponse
from .ws_unsubscribed import WsUnsubscribed
from .ws_up_down_candle_update import WsUpDownCandleUpdate
from .ws_user_stats import WsUserStats
from .ws_user_stats_breakdown import WsUserStatsBreakdown
from .ws_user_stats_update import WsUserStatsUpdate
from .zk_lighter_info import ZkLighterInfo

__all__ = (
    "Account",
    "AccountActiveOrdersMarketType",
    "AccountApiKeys",
    "AccountAsset",
    "AccountBinaryOptionsPosition",
    "AccountBy",
    "AccountInactiveOrdersMarketType",
    "AccountLimits",
    "AccountMetadata",
    "AccountMetadataBy",
    "AccountMetadatas",
    "AccountPnL",
    "AccountPosition",
    "AccountTxsBy",
    "Announcement",
    "Announcements",
    "ApiKey",
    "ApiToken",
    "ApprovedIntegrator",
    "Asset",
    "AssetDetails",
    "BinaryOptionMarketStats",
    "Block",
    "BlockBy",
    "Blocks",
    "BlocksSort",
    "BlockTxsBy",
    "BoEventPnL",
    "BoFeeTier",
    "BoOutcomePnL",
    "BridgeSupportedNetwork",
    "BridgeSupportedNetworks",
    "Candle",
    "Candles",
    "CandlesResolution",
    "ContractAddress",
    "CreateIntentAddressResp",
    "CurrentHeight",
    "DailyReturn",
    "Deposit",
    "DepositHistory",
    "DepositHistoryFilter",
    "DepositHistoryItem",
    "DetailedAccount",
    "DetailedAccounts",
    "EnrichedTx",
    "EventDetail",
    "EventDetailMetadata",
    "EventOrderBookEntry",
    "ExchangeMetric",
    "ExchangeMetricsFilter",
    "ExchangeMetricsKind",
    "ExchangeMetricsPeriod",
    "ExchangeStats",
    "ExecuteStat",
    "ExecuteStatsPeriod",
    "ExportData",
    "ExportRole",
    "ExportSide",
    "ExportTradeType",
    "ExportType",
    "FeeTiers",
    "Funding",
    "FundingRate",
    "FundingRates",
    "Fundings",
    "FundingsResolution",
    "HistoricalTradesExportData",
    "L1Metadata",
    "L1ProviderInfo",
    "Layer1BasicInfo",
    "Leaderboard",
    "LeaderboardEntry",
    "LeaderboardType",
    "LeaseEntry",
    "LeaseOptionEntry",
    "LiqTrade",
    "Liquidation",
    "LiquidationInfo",
    "LiquidationInfoAssetIndexPricesType0",
    "LiquidationInfoMarkPricesType0",
    "LiquidationInfos",
    "LivePointsTotal",
    "MarketConfig",
    "MarketPriceChart",
    "MarketPriceCharts",
    "MarkPriceCandle",
    "MarkPriceCandles",
    "MarkPriceCandlesResolution",
    "NextNonce",
    "Order",
    "OrderBook",
    "OrderBookDetails",
    "OrderBookDetailsFilter",
    "OrderBookOrders",
    "OrderBooks",
    "OrderBooksFilter",
    "OrderBookStats",
    "Orders",
    "PartnerStats",
    "PendingUnlock",
    "PerpsOrderBookDetail",
    "PerpsOrderBookDetailDailyChartType0",
    "PnlBy",
    "PnLEntry",
    "PnlLeaderboard",
    "PnlLeaderboardEntry",
    "PnlLeaderboardSortBy",
    "PnlLeaderboardSortDir",
    "PnlLeaderboardTimeWindow",
    "PnlResolution",
    "PositionFunding",
    "PositionFundings",
    "PositionFundingSide",
    "PriceOracleMarket",
    "PriceOraclePrice",
    "PublicPoolInfo",
    "PublicPoolMetadata",
    "PublicPoolShare",
    "PublicPoolsMetadataFilter",
    "Referral",
    "ReferralCode",
    "ReferralPointEntry",
    "ReferralPoints",
    "ReferralProgramKickback",
    "ReferralStat",
    "ReferralStats",
    "ReferralTotals",
    "ReqAckNotif",
    "ReqChangeAccountTier",
    "ReqCreateIntentAddress",
    "ReqCreateReferralCode",
    "ReqCreateRFQ",
    "ReqFastwithdraw",
    "ReqLITLease",
    "ReqPostApiToken",
    "ReqRespondToRFQ",
    "ReqRespondToRFQStatus",
    "ReqRevokeApiToken",
    "ReqSendTx",
    "ReqSendTxBatch",
    "ReqSetAccountMetadata",
    "ReqSetMakerOnlyApiKeys",
    "ReqUpdateKickback",
    "ReqUpdateReferralCode",
    "ReqUpdateRFQ",
    "ReqUpdateRFQStatus",
    "ReqUseReferralCode",
    "RespChangeAccountTier",
    "RespCreateRFQ",
    "RespGetApiTokens",
    "RespGetBoPnL",
    "RespGetEvents",
    "RespGetExchangeMetrics",
    "RespGetExecuteStats",
    "RespGetFastBridgeInfo",
    "RespGetFastwithdrawalInfo",
    "RespGetLeaseOptions",
    "RespGetLeases",
    "RespGetMakerOnlyApiKeys",
    "RespGetRFQ",
    "RespGetUpDownCandles",
    "RespListRFQs",
    "RespPostApiToken",
    "RespPriceOracleInfo",
    "RespPublicPoolsMetadata",
    "RespRespondToRFQ",
    "RespRevokeApiToken",
    "RespSendTx",
    "RespSendTxBatch",
    "RespSetMakerOnlyApiKeys",
    "RespSyntheticSpotInfo",
    "RespUpdateKickback",
    "RespUpdateReferralCode",
    "RespUpdateRFQ",
    "RespWithdrawalDelay",
    "ResultCode",
    "RFQEntry",
    "RfqListStatus",
    "RFQMetadata",
    "RFQResponseEntry",
    "RiskInfo",
    "RiskParameters",
    "SharePrice",
    "SimpleOrder",
    "SlippageResult",
    "SpotOrderBookDetail",
    "SpotOrderBookDetailDailyChartType0",
    "StakingFeeTier",
    "Status",
    "Strategy",
    "SubAccountMetadata",
    "SubAccounts",
    "SystemConfig",
    "Token",
    "TokenList",
    "Trade",
    "Trades",
    "TradesMarketType",
    "TradesRole",
    "TradesSortBy",
    "TradesSortDir",
    "TradeStats",
    "TradesType",
    "TransferFeeInfo",
    "TransferHistory",
    "TransferHistoryItem",
    "TransferHistoryTypeItem",
    "Tx",
    "TxBy",
    "TxHash",
    "Txs",
    "UpDownCandle",
    "UserFeeTier",
    "UserReferrals",
    "ValidatorInfo",
    "WithdrawHistory",
    "WithdrawHistoryFilter",
    "WithdrawHistoryItem",
    "WsAccountAllAssetsUpdate",
    "WsAccountAllAssetsUpdateAssetsType0",
    "WsAccountAllOrdersUpdate",
    "WsAccountAllOrdersUpdateOrdersType0",
    "WsAccountAllPositionsUpdate",
    "WsAccountAllPositionsUpdateBoPositionsType1",
    "WsAccountAllPositionsUpdatePositionsType0",
    "WsAccountAllTradesUpdate",
    "WsAccountAllTradesUpdateTradesType0",
    "WsAccountAllUpdate",
    "WsAccountAllUpdateAssetsType0",
    "WsAccountAllUpdateBoPositionsType1",
    "WsAccountAllUpdateFundingHistoriesType0",
    "WsAccountAllUpdateOrdersType0",
    "WsAccountAllUpdatePositionsType0",
    "WsAccountAllUpdateTradesType0",
    "WSAccountAssets",
    "WSAccountAssetsAssets",
    "WsAccountMarketUpdate",
    "WsAccountOrdersUpdate",
    "WsAccountOrdersUpdateOrdersType0",
    "WsAccountSpotAvgEntryPricesUpdate",
    "WsAccountSpotAvgEntryPricesUpdateAvgEntryPricesType0",
    "WsAccountTxUpdate",
    "WsBoMarketStatsUpdate",
    "WsBoMarketStatsUpdateBoMarketStatsType1",
    "WsCandleUpdate",
    "WsCandleUpdateCandleType0",
    "WsConnected",
    "WsError",
    "WsErrorDetail",
    "WsHeightUpdate",
    "WsMarketStats",
    "WsMarketStatsUpdate",
    "WsNotificationUpdate",
    "WsNotificationUpdateNotificationsType0Item",
    "WsNotificationUpdateNotifsType0Item",
    "WsOrderBook",
    "WsOrderBookUpdate",
    "WsPoolDataUpdate",
    "WsPoolInfoUpdate",
    "WsPriceLevel",
    "WsSpotAvgEntryPrice",
    "WsSpotMarketStatsUpdate",
    "WsSubscribe",
    "WsTicker",
    "WsTickerUpdate",
    "WsTradeUpdate",
    "WsTxResponse",
    "WsUnsubscribed",
    "WsUpDownCandleUpdate",
    "WsUserStats",
    "WsUserStatsBreakdown",
    "WsUserStatsUpdate",
    "ZkLighterInfo",
)
