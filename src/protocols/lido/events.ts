import * as lido from '../../abi/Lido'

/**
 * topic0 -> event of the stETH contract. Lido.json (V3) and Lido.legacy.json (V1/V2) declare the shared events
 * identically (same topic0, same layout), so one definition decodes every era; era-only events come from the
 * file that has them.
 */
export const STETH = {
    Submitted: lido.events.Submitted,
    TransferShares: lido.events.TransferShares,
} as const
