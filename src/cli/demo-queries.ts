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
]
