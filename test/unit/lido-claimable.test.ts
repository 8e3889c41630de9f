import {describe, expect, it} from 'vitest'
import {claimableAt, E27, lockedAt, solveFinalization} from '../../lib/protocols/lido/claimable'

const E = 10n ** 18n

describe('claimable ETH of finalized withdrawal requests (WithdrawalQueueBase)', () => {
    it('uncapped: the ETH locked equals the stETH, every request gets its stETH (issue 11 item 3 example)', () => {
        // #1 100 stETH for 100 shares, #2 (after a rebase) 100.1 stETH for 100 shares, 200.1 ETH locked for 200 shares:
        // prefinalize locked the stETH, so no batch was above the cap; #2 gets 100.1 (the batch average, 200.1 / 200
        // x 100 = 100.05, is not what the queue pays)
        let r = [{steth: 100n * E, shares: 100n * E}, {steth: 1001n * E / 10n, shares: 100n * E}]
        expect(solveFinalization(r, 2001n * E / 10n)).toEqual({claimable: [100n * E, 1001n * E / 10n], how: 'uncapped'})
    })

    it('capped: the cap is solved from the ETH locked, each request paid min-like as _calculateClaimableEther', () => {
        // own rates 50/40 = 1.25 and 25.2/20 = 1.26 above a cap of 1.2, 10/9 = 1.11 below it:
        // prefinalize with batches [#1, #2] (above) and [#3] (below) locks floor(60 x 1.2) + 10 = 82 ETH
        let r = [{steth: 50n * E, shares: 40n * E}, {steth: 252n * E / 10n, shares: 20n * E}, {steth: 10n * E, shares: 9n * E}]
        let cap = 12n * E27 / 10n
        expect(lockedAt(r, cap)).toBe(82n * E)
        let solved = solveFinalization(r, 82n * E)
        // 40 x 1.2 = 48, 20 x 1.2 = 24, and #3's own 10 (the average 82 / 69 per share would give 47.536..., 23.768..., 10)
        expect(solved.claimable).toEqual([48n * E, 24n * E, 10n * E])
        // the smallest cap locking 82 ETH: 60e18 x cap / 1e27 >= 72e18 -> cap >= 1.2e27
        expect(solved.cap).toBe(cap)
        expect(claimableAt(r[0], cap)).toBe(48n * E)
    })

    it('a lone capped request is exact; a capped run is exact or 1 wei low per request', () => {
        // cap 1.234567890123456789012345678e27, one request of 7 shares at own rate 1.3
        let cap = 1234567890123456789012345678n
        let one = [{steth: 91n * E / 10n, shares: 7n * E}]
        let locked = lockedAt(one, cap)
        expect(solveFinalization(one, locked).claimable).toEqual([claimableAt(one[0], cap)])
        // three capped requests in one batch: the contract locks floor(sum x cap), pays floor(s_i x cap) each
        let run = [{steth: 13n * E, shares: 10n * E}, {steth: 39n * E / 10n + 1n, shares: 3n * E}, {steth: 26n * E / 100n, shares: E / 5n}]
        let solved = solveFinalization(run, lockedAt(run, cap))
        run.forEach((r, i) => {
            let diff = claimableAt(r, cap) - solved.claimable[i]
            expect(diff >= 0n && diff <= 1n).toBe(true)
        })
    })
})
