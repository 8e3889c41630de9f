import {RawLog, encodeEvent} from '../../core/encode'
import {ZERO_ADDRESS as ZERO} from '../../core/ids'
import {ScenarioBlock} from '../../core/types'
import {AddressBook} from '../../networks'
import {lidoCalls, Mint} from './calls'
import {NODE_OPERATORS_SPEC} from './contracts'

const E = 10n ** 18n
const E27 = 10n ** 27n
const DAY = 86400
const EPOCH_SECONDS = 384n

/** The accounts of the Lido demo (test/integration/lido-*.test.ts check its figures). */
export const LIDO_DEMO = {
    alice: '0x00000000000000000000000000000000011d0a11',
    bob: '0x00000000000000000000000000000000011d0b0b',
    carol: '0x00000000000000000000000000000000011dca01',
    dave: '0x00000000000000000000000000000000011dda7e',
    erin: '0x00000000000000000000000000000000011de410',
    frank: '0x00000000000000000000000000000000011df4a1',
    gina: '0x00000000000000000000000000000000011d6111',
    /** V1 fee recipients */
    insurance: '0x00000000000000000000000000000000011d1f00',
    treasury: '0x00000000000000000000000000000000011d7e00',
    /** node operators' reward addresses */
    alphaReward: '0x00000000000000000000000000000000011da1f0',
    alphaNewReward: '0x00000000000000000000000000000000011da1f1',
    betaReward: '0x00000000000000000000000000000000011db37a',
    gammaReward: '0x00000000000000000000000000000000011d6a3a',
    /** V3: an stVault's minter, and stand-ins for VaultHub and Accounting (not in the address book) */
    vaultOwner: '0x00000000000000000000000000000000011d7a17',
    vaultHub: '0x00000000000000000000000000000000011d4ab0',
    accounting: '0x00000000000000000000000000000000011dacc0',
    bunkerSince: 1_700_000_000n,
}

/** Fees of the eras: V1 10 % (insurance 50 %, operators 50 %); V2/V3 10 % in 1e20 points (modules 5 %, treasury 5 %). */
const V1_FEE_BP = 1000n
const V2_PRECISION = 10n ** 20n
const V2_TOTAL_FEE = 10n * E
const V2_MODULE_FEE = 5n * E

/**
 * The pool as the contract keeps it, so every logged figure is the one the contract would log: internal ether
 * (buffered + CL + transient), total and external shares, the beacon figures, and the shares of the accounts the
 * story needs (the curated registry's rewards, the queue's locked shares).
 */
class Pool {
    ether = 0n
    shares = 0n
    external = 0n
    beaconBalance = 0n
    beaconValidators = 0n
    held = new Map<string, bigint>()

    get internalShares() {
        return this.shares - this.external
    }
    sharesByEth(eth: bigint) {
        return this.ether == 0n ? 0n : (eth * this.internalShares) / this.ether
    }
    ethByShares(shares: bigint) {
        return (shares * this.ether) / this.internalShares
    }
    total() {
        return this.ether + (this.external == 0n ? 0n : (this.external * this.ether) / this.internalShares)
    }
    move(from: string, to: string, shares: bigint) {
        if (from != ZERO) this.held.set(from, (this.held.get(from) ?? 0n) - shares)
        if (to != ZERO) this.held.set(to, (this.held.get(to) ?? 0n) + shares)
    }
    /** `_mintShares` + `_emitTransferAfterMintingShares` */
    mint(to: string, shares: bigint): Mint {
        this.shares += shares
        return this.hand(to, shares)
    }
    /** fee shares already minted (to Lido itself) handed to a recipient, logged as a mint at the current rate */
    hand(to: string, shares: bigint): Mint {
        this.move(ZERO, to, shares)
        return {to, shares, value: this.ethByShares(shares)}
    }
}

/**
 * The whole Lido story, era by era as on mainnet: lido-dao v1.0.0 (submits and transfers without TransferShares,
 * oracle reports with Completed only), the v1.1.0 oracle (PostTotalShares), v1.2.0 (TransferShares), V2
 * (withdrawal queue, reports with LegacyOracle echoes, bunker mode, node operator penalties) and V3 (stVault
 * external shares, rebalancing, bad debt). Every transaction logs what the contract call logs, in its order
 * (calls.ts), with the contract's arithmetic (Pool).
 */
export function lidoDemo(book: AddressBook): ScenarioBlock[] {
    return lidoStory(book).blocks
}

/** Where the Lido demo leaves the pool (a later story on the same chain goes on from there). */
export interface LidoDemoEnd {
    /** internal ether (buffered + consensus layer + transient), total and external shares */
    internalEther: bigint
    totalShares: bigint
    externalShares: bigint
    beaconBalance: bigint
    beaconValidators: bigint
    /** requests not finalized, oldest first, and the last id given */
    pending: {id: bigint; steth: bigint; shares: bigint}[]
    lastRequestId: bigint
}

export function lidoDemoEnd(book: AddressBook): LidoDemoEnd {
    let {pool, requests, finalized} = lidoStory(book)
    return {
        internalEther: pool.ether,
        totalShares: pool.shares,
        externalShares: pool.external,
        beaconBalance: pool.beaconBalance,
        beaconValidators: pool.beaconValidators,
        pending: requests.slice(finalized).map((r, i) => ({id: BigInt(finalized + i + 1), ...r})),
        lastRequestId: BigInt(requests.length),
    }
}

function lidoStory(book: AddressBook) {
    let d = LIDO_DEMO
    let calls = lidoCalls(book)
    let [curated, dvt] = book.lido.nodeOperatorRegistries.map((r) => r.address)
    let queue = book.lido.withdrawalQueue.address
    let nor = (registry: string) => (event: keyof typeof NODE_OPERATORS_SPEC.handled, args: Record<string, unknown>) =>
        encodeEvent(registry, NODE_OPERATORS_SPEC.handled[event], args as any)
    let pool = new Pool()
    let blocks: ScenarioBlock[] = []
    let at = (seconds: number, ...txs: RawLog[][]) => blocks.push({secondsAfterStart: seconds, txs})

    // ---- lido-dao v1.0.0 -------------------------------------------------------------------------------------
    let submitV1 = (who: string, amount: bigint) => {
        let shares = pool.sharesByEth(amount)
        if (shares == 0n) shares = amount // `_submit`: an empty pool mints 1:1
        pool.ether += amount
        return calls.submitV1(who, amount, pool.mint(who, shares).value)
    }
    let lastEpoch = 0n
    /** `pushBeacon` + `distributeRewards` (v1.0.0 / v1.1.0 Lido): the report's fee mints and PostTotalShares figures */
    let v1Report = (epoch: bigint, balance: bigint, validators: bigint, withPost: boolean) => {
        let pre = pool.ether
        let rewardBase = (validators - pool.beaconValidators) * 32n * E + pool.beaconBalance
        pool.beaconBalance = balance
        pool.beaconValidators = validators
        pool.ether += balance - rewardBase
        let feeMints: Mint[] = []
        if (balance > rewardBase) {
            let rewards = balance - rewardBase
            let m = (rewards * V1_FEE_BP * pool.shares) / (pool.ether * 10000n - V1_FEE_BP * rewards)
            let insurance = (m * 5000n) / 10000n
            // NodeOperatorsRegistry v1.0.0 getRewardsDistribution: per active key (alpha 2 keys, beta none)
            let alpha = 2n * ((m * 5000n) / 10000n / 2n)
            pool.shares += m
            feeMints = [
                pool.hand(d.insurance, insurance),
                pool.hand(d.alphaReward, alpha),
                pool.hand(d.betaReward, 0n),
                pool.hand(d.treasury, m - insurance - alpha),
            ]
        }
        let post = withPost
            ? {postTotalPooledEther: pool.ether, preTotalPooledEther: pre, timeElapsed: (epoch - lastEpoch) * EPOCH_SECONDS, totalShares: pool.shares}
            : undefined
        lastEpoch = epoch
        return calls.reportV1({completed: {epochId: epoch, beaconBalance: balance, beaconValidators: validators}, feeMints, post})
    }
    let transferV1 = (from: string, to: string, amount: bigint) => {
        pool.move(from, to, pool.sharesByEth(amount))
        return calls.transferV1(from, to, amount)
    }

    at(0, [nor(curated)('NodeOperatorAdded', {nodeOperatorId: 0n, name: 'Alpha', rewardAddress: d.alphaReward, stakingLimit: 0n})],
        [nor(curated)('NodeOperatorAdded', {nodeOperatorId: 1n, name: 'Beta', rewardAddress: d.betaReward, stakingLimit: 10n})])
    at(60, submitV1(d.alice, 100n * E))
    at(120, submitV1(d.bob, 60n * E))
    at(180, [nor(curated)('NodeOperatorStakingLimitSet', {id: 1n, stakingLimit: 20n})])
    // the first report: 2 validators appeared with their 64 ETH, no reward
    at(DAY, v1Report(1000n, 64n * E, 2n, false))
    // a day later (225 epochs): +0.2 ETH on the beacon chain, 10 % fee minted to insurance, alpha, beta (0), treasury
    at(2 * DAY, v1Report(1225n, 642n * E / 10n, 2n, false))
    // V1-era transfer and wrap: shares derived at the post-report rate
    at(3 * DAY, transferV1(d.alice, d.carol, 10n * E))
    let wrapped = pool.sharesByEth(20n * E)
    pool.move(d.alice, book.lido.wsteth.address, wrapped)
    at(3 * DAY + 60, calls.wrap(d.alice, 20n * E, wrapped, 'v1'))
    at(3 * DAY + 120, [nor(curated)('NodeOperatorTotalStoppedValidatorsReported', {id: 1n, totalStopped: 3n})])

    // ---- LidoOracle v1.1.0: PostTotalShares ----------------------------------------------------------------
    at(5 * DAY, v1Report(1675n, 645n * E / 10n, 2n, true))
    at(5 * DAY + 60, submitV1(d.dave, 15n * E / 10n))

    // ---- lido-dao v1.2.0: TransferShares -------------------------------------------------------------------
    let transfer = (from: string, to: string, amount: bigint) => {
        let shares = pool.sharesByEth(amount)
        pool.move(from, to, shares)
        return calls.transfer(from, to, amount, shares)
    }
    at(6 * DAY, transfer(d.carol, d.bob, 2n * E))
    let unwrapped = pool.ethByShares(5n * E)
    let unwrappedShares = pool.sharesByEth(unwrapped)
    pool.move(book.lido.wsteth.address, d.alice, unwrappedShares)
    at(6 * DAY + 60, calls.unwrap(d.alice, 5n * E, unwrapped, unwrappedShares))

    // ---- V2 ------------------------------------------------------------------------------------------------
    let submit = (who: string, amount: bigint) => {
        let shares = pool.sharesByEth(amount)
        pool.ether += amount
        return calls.submit(who, amount, shares, pool.mint(who, shares).value)
    }
    let reportTime = BigInt(1_750_000_000)
    let finalizedUpTo = 0n
    /**
     * `Lido._handleOracleReport` (core v2.0.0) with LegacyOracle attached: CL balance change, EL rewards, an
     * optional finalization (requests [from, to] with the ETH `prefinalize` locks at `cap`), the burn of the
     * queue's shares, `_distributeFee` to the curated module and the treasury.
     */
    let v2Report = (
        seconds: number,
        elapsed: number,
        postCL: bigint,
        el: bigint,
        opts: {bunker?: {enabled: true; since: bigint} | {enabled: false}; finalize?: {from: bigint; to: bigint; requests: {steth: bigint; shares: bigint}[]; cap: bigint}} = {}
    ) => {
        let preP = pool.total()
        let preS = pool.shares
        let preCL = pool.beaconBalance
        pool.beaconBalance = postCL
        let epoch = lastEpoch + BigInt(elapsed) / EPOCH_SECONDS
        lastEpoch = epoch
        let f = opts.finalize
        if (f) finalizedUpTo = f.to
        let burnShares = f ? f.requests.reduce((a, r) => a + r.shares, 0n) : 0n
        let burnRequest = f ? {steth: (burnShares * (pool.ether + postCL - preCL)) / preS, shares: burnShares} : undefined
        let locked = 0n
        if (f) {
            // prefinalize: one batch of requests above the cap locks floor(shares x cap / 1e27); below, their stETH
            let above = f.requests.filter((r) => (r.steth * E27) / r.shares > f.cap)
            let below = f.requests.filter((r) => (r.steth * E27) / r.shares <= f.cap)
            locked = (above.reduce((a, r) => a + r.shares, 0n) * f.cap) / E27 + below.reduce((a, r) => a + r.steth, 0n)
        }
        pool.ether += postCL - preCL + el - locked
        let burnt = f ? {preRebaseTokenAmount: (burnShares * pool.ether) / preS, postRebaseTokenAmount: (burnShares * pool.ether) / (preS - burnShares), sharesAmount: burnShares} : undefined
        pool.shares -= burnShares
        pool.move(queue, ZERO, burnShares)
        let rewards = postCL - preCL + el
        let fees: Mint[] = []
        let minted = 0n
        if (postCL > preCL) {
            minted = (rewards * V2_TOTAL_FEE * preS) / ((preP + rewards) * V2_PRECISION - rewards * V2_TOTAL_FEE)
            let module = (minted * V2_MODULE_FEE) / V2_TOTAL_FEE
            pool.shares += minted
            fees = [pool.hand(curated, module), pool.hand(d.treasury, minted - module)]
        }
        let time = reportTime + BigInt(seconds)
        return calls.reportV2({
            completed: {epochId: epoch, beaconBalance: postCL, beaconValidators: pool.beaconValidators},
            bunker: opts.bunker,
            burnRequest,
            finalized: f ? {from: f.from, to: f.to, amountOfETHLocked: locked, sharesToBurn: burnShares, timestamp: time} : undefined,
            distributed: {reportTimestamp: time, preCLBalance: preCL, postCLBalance: postCL, withdrawalsWithdrawn: 0n, executionLayerRewardsWithdrawn: el, postBufferedEther: 0n},
            burnt,
            feeMints: fees,
            rebased: {reportTimestamp: time, timeElapsed: BigInt(elapsed), preTotalShares: preS, preTotalEther: preP, postTotalShares: pool.shares, postTotalEther: pool.total(), sharesMintedAsFees: minted},
            legacyOracle: true,
        })
    }
    let requests: {steth: bigint; shares: bigint}[] = []
    let request = (owner: string, steth: bigint) => {
        let shares = pool.sharesByEth(steth)
        requests.push({steth, shares})
        pool.move(owner, queue, shares)
        return calls.requestWithdrawal(BigInt(requests.length), owner, steth, shares)
    }

    at(8 * DAY, submit(d.erin, 20n * E), submit(d.frank, 10n * E))
    // a positive report: CL +0.1, EL +0.05
    at(9 * DAY, v2Report(9 * DAY, 3 * DAY, 646n * E / 10n, 5n * E / 100n))
    at(9 * DAY + 600, request(d.erin, 10n * E), [...request(d.frank, 4n * E), ...request(d.frank, E)])
    at(10 * DAY, calls.transferRequest(d.erin, d.gina, 1n))
    // a negative report (CL -0.3, EL +0.05) turns bunker mode on
    at(10 * DAY + 3600, v2Report(10 * DAY + 3600, DAY + 3600, 643n * E / 10n, 5n * E / 100n, {bunker: {enabled: true, since: d.bunkerSince}}))
    // requests 1-2 finalized in bunker mode, capped at the rate before this report (they were made at a higher one)
    let cap = (pool.ether * E27) / pool.shares
    at(11 * DAY, v2Report(11 * DAY, DAY - 3600, 6432n * E / 100n, 0n, {finalize: {from: 1n, to: 2n, requests: requests.slice(0, 2), cap}}))
    at(11 * DAY + 3600, v2Report(11 * DAY + 3600, 3600, 6433n * E / 100n, 0n, {bunker: {enabled: false}}))
    at(12 * DAY, calls.claim(1n, d.gina, d.gina, (requests[0].shares * cap) / E27))

    // node operators: SimpleDVT, settings, then an extra-data report transaction with stuck and exited figures
    // and the curated registry's reward distribution, Alpha penalised (NodeOperatorsRegistry v2 _distributeRewards)
    at(13 * DAY,
        [nor(dvt)('NodeOperatorAdded', {nodeOperatorId: 0n, name: 'Gamma', rewardAddress: d.gammaReward, stakingLimit: 0n})],
        [nor(curated)('NodeOperatorNameSet', {nodeOperatorId: 1n, name: 'Beta Staking'})],
        [nor(curated)('NodeOperatorRewardAddressSet', {nodeOperatorId: 0n, rewardAddress: d.alphaNewReward})],
        [nor(dvt)('NodeOperatorActiveSet', {nodeOperatorId: 0n, active: false})],
        [nor(curated)('VettedSigningKeysCountChanged', {nodeOperatorId: 0n, approvedValidatorsCount: 50n})])
    let toDistribute = pool.held.get(curated)!
    let half = toDistribute / 2n
    let alphaShares = half >> 1n
    let rewards = [
        {recipient: d.alphaNewReward, shares: alphaShares, value: pool.ethByShares(alphaShares), penalized: true},
        {recipient: d.betaReward, shares: half, value: pool.ethByShares(half), penalized: false},
    ]
    for (let r of rewards) pool.move(curated, r.recipient, r.shares)
    pool.move(curated, ZERO, alphaShares) // to the Burner
    at(13 * DAY + 600, [
        nor(curated)('StuckPenaltyStateChanged', {nodeOperatorId: 0n, stuckValidatorsCount: 2n, refundedValidatorsCount: 1n, stuckPenaltyEndTimestamp: 1_760_000_000n}),
        nor(curated)('ExitedSigningKeysCountChanged', {nodeOperatorId: 0n, exitedValidatorsCount: 7n}),
        ...calls.distributeOperatorRewards(curated, rewards, {steth: pool.ethByShares(alphaShares), shares: alphaShares}),
    ])
    let key = '0x' + 'ab'.repeat(48)
    at(14 * DAY,
        [nor(dvt)('ValidatorExitStatusUpdated', {nodeOperatorId: 0n, publicKey: key, eligibleToExitInSec: 3600n, proofSlotTimestamp: 1_750_000_000n})],
        [nor(dvt)('ValidatorExitTriggered', {nodeOperatorId: 0n, publicKey: key, withdrawalRequestPaidFee: 1n, exitType: 0n})])

    // ---- V3: stVaults --------------------------------------------------------------------------------------
    // 3 shares minted on a vault, 1 burnt back through VaultHub, 0.5 rebalanced into the buffer
    pool.external += 3n * E
    at(16 * DAY, calls.mintExternal(d.vaultOwner, 3n * E, pool.mint(d.vaultOwner, 3n * E).value))
    let burnValue = pool.ethByShares(E)
    pool.external -= E
    pool.shares -= E
    at(16 * DAY + 600, calls.burnExternal(d.vaultOwner, d.vaultHub, E, burnValue))
    let rebalance = E / 2n
    let rebalanceValue = (rebalance * pool.ether + pool.internalShares - 1n) / pool.internalShares // getPooledEthBySharesRoundUp
    pool.external -= rebalance
    pool.ether += rebalanceValue
    at(16 * DAY + 1200, calls.rebalanceExternal(rebalance, rebalanceValue))
    // a V3 report (Accounting._applyOracleReportContext): CL +0.02, 0.5 external shares of bad debt internalised
    {
        let preP = pool.total()
        let preS = pool.shares
        let preCL = pool.beaconBalance
        let postCL = 6435n * E / 100n
        let badDebt = E / 2n
        let postInternalEther = pool.ether + postCL - preCL
        let internalBeforeFees = pool.internalShares
        let feeEther = ((postCL - preCL) * V2_TOTAL_FEE) / V2_PRECISION
        let fee = (feeEther * internalBeforeFees) / (postInternalEther - feeEther)
        let postInternalShares = internalBeforeFees + fee + badDebt
        pool.ether = postInternalEther
        pool.external -= badDebt
        pool.shares = postInternalShares + pool.external
        pool.beaconBalance = postCL
        let module = (fee * V2_MODULE_FEE) / V2_TOTAL_FEE
        let mintValue = pool.ethByShares(fee)
        let transfers = [
            {to: curated, shares: module, value: pool.ethByShares(module)},
            {to: d.treasury, shares: fee - module, value: pool.ethByShares(fee - module)},
        ]
        let time = reportTime + BigInt(17 * DAY)
        at(17 * DAY, calls.reportV3({
            badDebtShares: badDebt,
            distributed: {reportTimestamp: time, preCLBalance: preCL, postCLBalance: postCL, withdrawalsWithdrawn: 0n, executionLayerRewardsWithdrawn: 0n, postBufferedEther: 0n},
            fees: {accounting: d.accounting, minted: fee, mintedValue: mintValue, transfers},
            rebased: {reportTimestamp: time, timeElapsed: BigInt(6 * DAY - 3600), preTotalShares: preS, preTotalEther: preP, postTotalShares: pool.shares, postTotalEther: pool.total(), sharesMintedAsFees: fee},
            internal: {postInternalShares, postInternalEther},
        }))
    }
    return {blocks, pool, requests, finalized: Number(finalizedUpTo)}
}
