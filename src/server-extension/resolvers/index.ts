// Custom GraphQL resolvers, loaded by @subsquid/graphql-server from lib/server-extension/resolvers: what OpenReader
// cannot answer (positions in ETH, the restaking exposure chain, totals and rankings).
import 'reflect-metadata'
export {PositionResolver} from './positions'
export {ExposureResolver} from './exposure'
export {TotalsResolver} from './totals'
