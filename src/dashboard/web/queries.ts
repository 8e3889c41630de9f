import type {Query} from './api'

/*
 * Every query the page sends, written as a user would write it; the "query" button of each chart shows the
 * text and variables exactly as sent.
 */

/** Rows per page of the paged day series (the API caps one response's size). */
export const PAGE_SIZE = 500

const paged = (what: string) => `read page after page: $offset = 0, ${PAGE_SIZE}, ${2 * PAGE_SIZE}, … until a page has fewer than ${PAGE_SIZE} ${what}`
const FIRST_PAGE = {limit: PAGE_SIZE, offset: 0}

export const SQUID_STATUS: Query = {
    text: `{ squidStatus { height } }`,
    note: 'asked every 10 s; the chain head comes from the dashboard server (GET chain-head: eth_blockNumber of its RPC endpoint)',
}

export const PROTOCOL_TOTALS: Query = {
    text: `{
  protocolTotals {
    atBlock sumTvlEth overlapEth uniqueTvlEth
    protocols { protocol day tvlEth restakedLstEth aprDay apr7dSma holders }
  }
}`,
}

export const PROTOCOL_DAYS: Query = {
    text: `query ProtocolDays($limit: Int!, $offset: Int!) {
  protocolDays(orderBy: [date_ASC, protocol_ASC], limit: $limit, offset: $offset) {
    protocol day tvlEth restakedLstEth depositEth withdrawalCompletedEth netFlowEth aprDay apr7dSma
  }
}`,
    variables: FIRST_PAGE,
    note: paged('rows') + '; one query feeds the TVL, net flow and APR charts',
}

export const EXCHANGE_RATES: Query = {
    text: `query ExchangeRates($limit: Int!, $offset: Int!) {
  exchangeRates(where: {asset_in: ["stETH", "rETH"]}, orderBy: [timestamp_ASC, id_ASC], limit: $limit, offset: $offset) {
    asset ethPerUnit timestamp
  }
}`,
    variables: FIRST_PAGE,
    note: paged('rates'),
}

export const QUEUE_DAYS: Query = {
    text: `query WithdrawalQueue($limit: Int!, $offset: Int!) {
  withdrawalQueueDays(orderBy: date_ASC, limit: $limit, offset: $offset) {
    day pendingRequests pendingSteth unclaimedEth finalizedCount waitMedianSeconds waitP90Seconds
  }
}`,
    variables: FIRST_PAGE,
    note: paged('days'),
}

export const LOSSES_LIMIT = 1000

export function lossesQuery(to: Date): Query {
    return {
        text: `query Losses($from: DateTime!, $to: DateTime!, $limit: Int!) {
  losses(from: $from, to: $to, limit: $limit) {
    count totalEth
    byProtocol { protocol count lossEth }
    items { id protocol kind amount amountEth description timestamp txHash }
  }
}`,
        variables: {from: '1970-01-01T00:00:00.000Z', to: to.toISOString(), limit: LOSSES_LIMIT},
        note: `$to is tomorrow, so the window holds every record so far; the first ${LOSSES_LIMIT} records are listed, the counts cover all`,
    }
}

export const TOP_OPERATORS: Query = {
    text: `{
  topOperators(limit: 10) { operator metadataURI delegatedEth delegatorCount avss }
}`,
}

export const TOP_ACCOUNTS: Query = {
    text: `{
  topAccounts(limit: 5) { account totalEth }
}`,
}

export function accountQuery(id: string): Query {
    return {
        text: `query Account($id: String!) {
  accountPosition(id: $id) {
    atBlock totalEth inFlightEth
    lido { stethShares stethBalance wstethBalance wstethInSteth totalEth requestsEth requests { requestId status amount ethValue } }
    rocketPool { rethBalance ethValue }
    eigenlayer {
      delegatedTo totalEth restakedLstEth unpricedStrategies queuedEth
      strategies { strategy underlyingToken depositShares withdrawableShares underlying ethValue pricing restakedLst }
      queuedWithdrawals { id requestedBlock ethValue }
    }
  }
  accountExposure(id: $id) {
    operator exposedEth
    byAvs { avs ethAtRisk }
    strategies { strategy shares ethValue sets { avs operatorSetId fraction slashableShares ethAtRisk registered pendingMagnitude pendingEffectBlock } }
  }
  operatorExposure(id: $id) {
    exposedEth
    byAvs { avs ethAtRisk }
    strategies { strategy shares ethValue sets { avs operatorSetId fraction slashableShares ethAtRisk registered pendingMagnitude pendingEffectBlock } }
  }
  accountById(id: $id) {
    deposits(orderBy: timestamp_DESC, limit: 50) { id protocol asset amount amountEth timestamp txHash }
    withdrawals(orderBy: requestedAt_DESC, limit: 50) { id protocol status amount amountEth requestedAt completedAt requestTxHash }
  }
}`,
        variables: {id},
        note: 'accountById is null for an address the indexer never saw; the history lists the latest 50 deposits and 50 withdrawals',
    }
}
