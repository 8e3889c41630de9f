import {WithdrawalStatus} from '../model'

/**
 * What each view returns, in terms of the indexed figures, where the two are not the same number as such. Each
 * rule names the contract source it follows.
 */

export const WAD = 10n ** 18n

/**
 * rETH getExchangeRate() = getEthValue(1 ether) = 1e18 * totalETH / rETH supply of the last network balances
 * report, or 1e18 while that supply is 0 (RocketTokenRETH.getEthValue, v1.0.0 to v1.4): the rate of the last
 * BalancesUpdated, which the index keeps as RocketPoolState.ethPerUnit (null before the first report).
 */
export function expectedRethRate(ethPerUnit: bigint | null): bigint {
    return ethPerUnit ?? WAD
}

/** WithdrawalQueue getWithdrawalStatus flags of a request in each indexed status. */
export function requestFlags(status: WithdrawalStatus): {isFinalized: boolean; isClaimed: boolean} {
    return {isFinalized: status != WithdrawalStatus.REQUESTED, isClaimed: status == WithdrawalStatus.COMPLETED}
}

/**
 * AllocationManager getAllocation(operator, set, strategy) at `block`: the stored allocation, with a pending change
 * whose effectBlock has been reached applied (currentMagnitude += pendingDiff, pendingDiff = effectBlock = 0;
 * _getUpdatedAllocation, v1.0.x to v1.9.0). The index keeps what AllocationUpdated says: the magnitude the
 * allocation reaches (currentMagnitude + pendingDiff) and its effectBlock. So currentMagnitude + pendingDiff
 * must equal the indexed magnitude at any block, and effectBlock the indexed one while it lies ahead, else 0.
 */
export function expectedAllocation(indexed: {magnitude: bigint; effectBlock: number}, block: number): {magnitude: bigint; effectBlock: bigint} {
    return {magnitude: indexed.magnitude, effectBlock: block < indexed.effectBlock ? BigInt(indexed.effectBlock) : 0n}
}

/** getMaxMagnitude: an operator/strategy with no MaxMagnitudeUpdated yet has WAD (Snapshots.DefaultWadHistory). */
export function expectedMaxMagnitude(indexed: bigint | null): bigint {
    return indexed ?? WAD
}

/**
 * The RocketNodeStaking view of a node's RPL stake in each release: getNodeRPLStake (v1.0.0 to v1.3.1) and
 * getNodeStakedRPL (v1.4: legacy + megapool staked RPL, unstaking RPL excluded).
 */
export function nodeStakeView(version: string): 'getNodeRPLStake' | 'getNodeStakedRPL' {
    let [major, minor] = version.replace(/^v/, '').split('.').map(Number)
    return major > 1 || (major == 1 && minor >= 4) ? 'getNodeStakedRPL' : 'getNodeRPLStake'
}
