import {Block} from './types'

export function blockTime(block: Block): Date {
    return new Date(block.timestamp)
}

export const SECONDS_PER_YEAR = 365n * 24n * 3600n

/**
 * Annualised rate of change between two rates over `seconds`: simple (not compounded) APR as a fraction,
 * computed in fixed point first so the only float step is the final division.
 */
export function annualisedApr(preRate: bigint, postRate: bigint, seconds: bigint): number | undefined {
    if (preRate <= 0n || seconds <= 0n) return undefined
    const SCALE = 10n ** 18n
    let scaled = ((postRate - preRate) * SCALE * SECONDS_PER_YEAR) / (preRate * seconds)
    return Number(scaled) / 1e18
}
