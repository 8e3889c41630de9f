import * as lido from '../../abi/Lido'
import * as legacyOracle from '../../abi/LegacyOracle'
import * as wsteth from '../../abi/WstETH'

/**
 * Events of the stETH contract. Lido.json (V3) and Lido.legacy.json (V1/V2) declare every event used here
 * identically (same topic0, same layout: see test/unit/lido-shares.test.ts), so one definition decodes every
 * era. V3-only events (external shares) come from Lido.json.
 */
export const STETH = {
    Submitted: lido.events.Submitted,
    TransferShares: lido.events.TransferShares,
    /** ERC-20 Transfer: 3 topics (the unstETH NFT's Transfer has the same topic0 with 4) */
    Transfer: lido.events.Transfer,
    SharesBurnt: lido.events.SharesBurnt,
    TokenRebased: lido.events.TokenRebased,
    ETHDistributed: lido.events.ETHDistributed,
    ExternalSharesMinted: lido.events.ExternalSharesMinted,
    ExternalSharesBurnt: lido.events.ExternalSharesBurnt,
} as const

/** V1 oracle reports (LidoOracle, later LegacyOracle): the rebase of blocks before V2 */
export const LEGACY_ORACLE = {
    PostTotalShares: legacyOracle.events.PostTotalShares,
    Completed: legacyOracle.events.Completed,
} as const

export const WSTETH = {
    Transfer: wsteth.events.Transfer,
} as const
