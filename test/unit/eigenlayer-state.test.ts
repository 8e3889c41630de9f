import {describe, expect, it} from 'vitest'
import {EntityCache} from '../../lib/core/entity-cache'
import {SkippedLogs} from '../../lib/core/skipped-logs'
import {encodeEvent} from '../../lib/core/encode'
import {devnet as book} from '../../lib/networks'
import {eigenlayer} from '../../lib/protocols/eigenlayer'
import * as model from '../../lib/model'
import * as dm from '../../lib/abi/DelegationManager'
import * as epm from '../../lib/abi/EigenPodManager'
import * as pod from '../../lib/abi/EigenPod'
import * as pod2 from '../../lib/abi/EigenPod.m2'
import * as sm from '../../lib/abi/StrategyManager'
import * as sb from '../../lib/abi/StrategyBaseTVLLimits'

/* eslint-disable @typescript-eslint/no-explicit-any */

const E = 10n ** 18n
const EL = book.eigenLayer
const SM = EL.strategyManager.address
const DM = EL.delegationManager.address
const EPM = EL.eigenPodManager.address
const EIGEN = EL.strategies.find((s) => s.symbol == 'EIGEN')!.address
const BEACON = EL.beaconChainEthStrategy
const STAKER = '0x00000000000000000000000000000000000057a1'
const OWNER = '0x000000000000000000000000000000000000000b'
const POD = '0x00000000000000000000000000000000000000bd'
const root = (n: number) => '0x' + n.toString(16).padStart(64, '0')

type Raw = {address: string; topics: string[]; data: string}

/** The batch cache with `load()` answered from a list of entities instead of Postgres. */
class InMemoryCache extends EntityCache {
    constructor(private db: any[]) {
        super({} as any)
    }

    async load(): Promise<void> {
        let self = this as any
        for (let [cls, ids] of self.wanted as Map<any, Set<string>>) {
            let known = self.knownOf(cls)
            for (let id of ids) if (!known.has(id)) known.set(id, this.db.find((e) => e instanceof cls && e.id == id))
            ids.clear()
        }
    }
}

/**
 * Runs the module on one batch without a database: `txs` are transactions of raw logs in one block; `db`
 * pre-loads entities the "database" holds. Returns the batch cache after the handlers ran.
 */
async function runBatch(txs: Raw[][], db: any[] = []) {
    let cache = new InMemoryCache(db)
    let warnings: string[] = []
    let log = {warn: (_: any, msg: string) => warnings.push(msg)} as any
    let skipped = new SkippedLogs(cache, log)
    let block = {height: 500, timestamp: 1_800_000_000_000}
    let logs: any[] = []
    txs.forEach((tx, t) => tx.forEach((raw) => logs.push({...raw, block, logIndex: logs.length, transactionHash: `0xtx${t}`})))
    let ctx: any = {blocks: [{header: block, logs}], log}
    await eigenlayer.handleBatch({ctx, book, cache, skipped})
    return {cache, skipped, warnings}
}

/** Records queued for insert in the batch (immutable ones: deposits, pod events...). */
const inserted = (cache: EntityCache, cls: any): any[] => (cache as any).inserts.get(cls) ?? []
const shares = (cache: EntityCache, staker: string, strategy: string) => cache.get(model.StakerStrategyShares, `${staker}-${strategy}`)?.shares

describe('EigenLayer state transitions (no database)', () => {
    it('slashing-era queue removes scaled / deposit scaling factor: 50e18 x 1e18 / 1.25e18 = 40e18', async () => {
        let {cache} = await runBatch([
            [encodeEvent(SM, sm.events.Deposit, {staker: STAKER, strategy: EIGEN, shares: 100n * E})],
            [encodeEvent(DM, dm.events.DepositScalingFactorUpdated, {staker: STAKER, strategy: EIGEN, newDepositScalingFactor: (125n * E) / 100n})],
            [encodeEvent(DM, dm.events.SlashingWithdrawalQueued, {withdrawalRoot: root(1), withdrawal: {staker: STAKER, delegatedTo: OWNER, withdrawer: STAKER, nonce: 0n, startBlock: 1, strategies: [EIGEN], scaledShares: [50n * E]}, sharesToWithdraw: [50n * E]})],
        ])
        expect(shares(cache, STAKER, EIGEN)).toBe(60n * E) // 100 - 40
        expect(cache.get(model.Strategy, EIGEN)!.totalShares).toBe(60n * E)
    })

    it('beacon-chain ETH queue: not removed twice when NewTotalShares of the same tx already did; removed when no pod log says so', async () => {
        let {cache} = await runBatch([
            [encodeEvent(EPM, epm.events.PodSharesUpdated, {podOwner: OWNER, sharesDelta: 10n * E})],
            // slashing era: the manager logs the new total (10 - 4 = 6e18), then the withdrawal
            [
                encodeEvent(EPM, epm.events.NewTotalShares, {podOwner: OWNER, newTotalShares: 6n * E}),
                encodeEvent(DM, dm.events.SlashingWithdrawalQueued, {withdrawalRoot: root(2), withdrawal: {staker: OWNER, delegatedTo: OWNER, withdrawer: OWNER, nonce: 0n, startBlock: 1, strategies: [BEACON], scaledShares: [4n * E]}, sharesToWithdraw: [4n * E]}),
            ],
            // M2: no pod log in the tx, the withdrawal itself removes 1e18: 6 - 1 = 5e18
            [encodeEvent(DM, (await import('../../lib/abi/DelegationManager.m2')).events.WithdrawalQueued, {withdrawalRoot: root(3), withdrawal: {staker: OWNER, delegatedTo: OWNER, withdrawer: OWNER, nonce: 0n, startBlock: 1, strategies: [BEACON], shares: [1n * E]}})],
        ])
        expect(shares(cache, OWNER, BEACON)).toBe(5n * E)
        // one Deposit: the PodSharesUpdated credit (NewTotalShares makes none)
        expect(inserted(cache, model.Deposit).map((d: any) => [d.account.id, d.asset, d.shares])).toEqual([[OWNER, 'ETH', 10n * E]])
    })

    it('BeaconChainETHDeposited credits shares only outside a staking tx (EigenPodStaked) and without pod share logs', async () => {
        let {cache} = await runBatch([
            [encodeEvent(EPM, epm.events.PodDeployed, {eigenPod: POD, podOwner: OWNER})],
            // staking 32 ETH into a validator: no shares yet
            [encodeEvent(POD, pod2.events.EigenPodStaked, {pubkey: '0x' + 'aa'.repeat(48)}), encodeEvent(EPM, epm.events.BeaconChainETHDeposited, {podOwner: OWNER, amount: 32n * E})],
            // M1 restake: credit 32e18
            [encodeEvent(POD, pod2.events.ValidatorRestaked, {validatorIndex: 7}), encodeEvent(EPM, epm.events.BeaconChainETHDeposited, {podOwner: OWNER, amount: 32n * E})],
        ])
        expect(shares(cache, OWNER, BEACON)).toBe(32n * E)
        expect(inserted(cache, model.Deposit).map((d: any) => [d.logIndex, d.amount])).toEqual([[4, 32n * E]])
        expect(cache.get(model.EigenPod, POD)!.validatorsRestaked).toBe(1)
    })

    it('pod logs: accepted from a pod deployed in the same tx (even before PodDeployed) or known to the database; not from a pod deployed later in another tx', async () => {
        const LATE = '0x00000000000000000000000000000000000000be'
        const OLD = '0x00000000000000000000000000000000000000bf'
        let dbPod = new model.EigenPod({id: OLD, deployedBlock: 1, deployedAt: new Date(0), deployTxHash: '0x', restakingActivated: false, validatorsRestaked: 3})
        let {cache} = await runBatch(
            [
                [encodeEvent(POD, pod2.events.RestakingActivated, {podOwner: OWNER}), encodeEvent(EPM, epm.events.PodDeployed, {eigenPod: POD, podOwner: OWNER})],
                [encodeEvent(LATE, pod.events.ValidatorRestaked, {pubkeyHash: root(9)})],
                [encodeEvent(EPM, epm.events.PodDeployed, {eigenPod: LATE, podOwner: OWNER})],
                [encodeEvent(OLD, pod.events.ValidatorRestaked, {pubkeyHash: root(8)})],
            ],
            [dbPod]
        )
        expect(cache.get(model.EigenPod, POD)!.restakingActivated).toBe(true)
        expect(cache.get(model.EigenPod, LATE)!.validatorsRestaked).toBe(0)
        expect(cache.get(model.EigenPod, OLD)!.validatorsRestaked).toBe(4) // 3 in the database + 1
    })

    it('deposit amount from the strategy rate (floor(shares x rate / 1e18)); ETH value for stETH only', async () => {
        const STETH_STRATEGY = EL.strategies.find((x) => x.symbol == 'stETH')!.address
        let {cache} = await runBatch([
            [encodeEvent(STETH_STRATEGY, sb.events.ExchangeRateEmitted, {rate: (105n * E) / 100n})],
            [encodeEvent(EIGEN, sb.events.ExchangeRateEmitted, {rate: 3n})],
            [encodeEvent(SM, sm.events.Deposit, {staker: STAKER, strategy: STETH_STRATEGY, shares: 10n * E})],
            [encodeEvent(SM, sm.events.Deposit, {staker: STAKER, strategy: EIGEN, shares: 7n})],
        ])
        // 10e18 x 1.05e18 / 1e18 = 10.5e18 stETH = 10.5e18 wei; EIGEN: 7 x 3 / 1e18 = 0 (floor) bEIGEN (the
        // EIGEN strategy's underlying token, from the address book), no ETH value
        expect(inserted(cache, model.Deposit).map((d: any) => [d.asset, d.amount, d.amountEth])).toEqual([
            [book.lido.steth.address, (105n * E) / 10n, (105n * E) / 10n],
            ['0xec53bf9167f50cdeb3ae105f56099aaab9061f83', 0n, null],
        ])
        expect(inserted(cache, model.ExchangeRate).map((r: any) => [r.asset, r.ethPerUnit])).toEqual([
            [STETH_STRATEGY, (105n * E) / 100n],
            [EIGEN, 3n],
        ])
    })

    it('strategy rate history: previous rate, seconds since, simple annualised change', async () => {
        let at = (seconds: number) => ({height: 500, timestamp: seconds * 1000})
        let rate = (r: bigint, logIndex: number, seconds: number) => ({...encodeEvent(EIGEN, sb.events.ExchangeRateEmitted, {rate: r}), block: at(seconds), logIndex, transactionHash: '0xr'})
        let cache = new InMemoryCache([])
        let log = {warn() {}} as any
        // two blocks half a year apart (182.5 days = 15_768_000 s): 1.00 -> 1.02 is +2 % in half a year = 4 % a year
        let ctx: any = {blocks: [{header: at(1_800_000_000), logs: [rate(E, 0, 1_800_000_000)]}, {header: at(1_815_768_000), logs: [rate((102n * E) / 100n, 0, 1_815_768_000)]}], log}
        await eigenlayer.handleBatch({ctx, book, cache, skipped: new SkippedLogs(cache, log)})
        let rows = inserted(cache, model.ExchangeRate).map((r: any) => [r.ethPerUnit, r.preEthPerUnit, r.timeElapsed, r.apr])
        expect(rows).toEqual([
            [E, null, null, null],
            [(102n * E) / 100n, E, 15_768_000, 0.04],
        ])
        expect(cache.get(model.Strategy, EIGEN)!.exchangeRateAt).toEqual(new Date(1_815_768_000_000))
    })

    it('a completion of an unknown root is warned about and skipped; an undecodable log becomes a SkippedLog', async () => {
        let bad = encodeEvent(SM, sm.events.Deposit, {staker: STAKER, strategy: EIGEN, shares: 1n})
        let {cache, skipped, warnings} = await runBatch([
            [encodeEvent(DM, dm.events.SlashingWithdrawalCompleted, {withdrawalRoot: root(77)})],
            [{...bad, data: '0x1234'}],
        ])
        expect(cache.get(model.Withdrawal, `eigenlayer-${root(77)}`)).toBeUndefined()
        expect(warnings.some((w) => w.includes('never seen queued'))).toBe(true)
        expect(skipped.count).toBe(1)
    })
})
