/**
 * The queries `npm run demo` prints for the user to try. Every one must run as written against the demo
 * data: test/integration/documented-queries.test.ts runs them (and every query in README.md and docs/).
 */
export const DEMO_QUERIES = [
    `{ squidStatus { height } }`,
    `{ deposits(orderBy: timestamp_DESC, limit: 5) { protocol account { id } asset amount shares amountEth timestamp } }`,
    `{ withdrawals(orderBy: requestedAt_DESC, limit: 5) { id protocol status account { id } amount amountEth } }`,
    `{ exchangeRates(orderBy: timestamp_DESC, limit: 10) { protocol asset ethPerUnit apr timestamp } }`,
    `{ slashings(orderBy: timestamp_ASC, limit: 20) { protocol kind amount amountEth operator { id } account { id } timestamp } }`,
    `{ accounts(orderBy: stethShares_DESC, limit: 5) { id stethShares wstethBalance rethBalance delegatedTo { id } } }`,
    // the cross-protocol story's account (docs/analytics.md)
    `{ accountPosition(id: "0x00000000000000000000000000000000005ca001") { totalEth inFlightEth lido { totalEth } rocketPool { ethValue } eigenlayer { totalEth } } }`,
    `{ accountExposure(id: "0x00000000000000000000000000000000005ca001") { operator exposedEth byAvs { avs ethAtRisk } } }`,
    `{ protocolTotals { uniqueTvlEth protocols { protocol tvlEth apr7dSma holders } } }`,
]
