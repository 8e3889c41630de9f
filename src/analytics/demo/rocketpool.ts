import {RawLog} from '../../core/encode'
import {AddressBook} from '../../networks'
import {balancesLogs, burnLogs, depositLogs} from '../../protocols/rocketpool/logs'

const E = 10n ** 18n
/** RocketDAOProtocolSettingsDeposit deposit fee on mainnet: 0.05 % */
const DEPOSIT_FEE = 5n * 10n ** 14n

/** The last balances update before a story (none on a fresh chain: every figure 0). */
export interface RocketPoolStart {
    totalEth: bigint
    rethSupply: bigint
    /** slot time of that update (seconds), for the next one's APR */
    slotTimestamp: bigint
    block: bigint
}

export const FRESH_ROCKET_POOL: RocketPoolStart = {totalEth: 0n, rethSupply: 0n, slotTimestamp: 0n, block: 0n}

/**
 * Rocket Pool v1.4 (Saturn) as a story sees it: rETH minted and burnt at the rate of the last balances update
 * (RocketTokenRETH.getRethValue / getEthValue, 1:1 while the reported supply is 0), the deposit fee, and the
 * oDAO's balances updates, which report the rETH supply of the moment and total ETH at the rate the story gives.
 */
export class RocketPoolNetwork {
    totalEth: bigint
    reportedSupply: bigint
    /** rETH in existence: the reported supply before the story, plus the story's mints, less its burns */
    supply: bigint
    block: bigint
    private reth: string
    private pool: string
    private balances: {address: string; version: string}

    constructor(book: AddressBook, start: RocketPoolStart) {
        let rp = book.rocketPool
        this.totalEth = start.totalEth
        this.reportedSupply = start.rethSupply
        this.supply = start.rethSupply
        this.block = start.block
        this.reth = rp.reth.address
        this.pool = rp.depositPools[rp.depositPools.length - 1].address
        this.balances = rp.networkBalances[rp.networkBalances.length - 1]
    }

    /** ETH per 1e18 rETH at the last update (1e18 before any) */
    get rate(): bigint {
        return this.reportedSupply == 0n ? E : (this.totalEth * E) / this.reportedSupply
    }

    /** RocketDepositPool.deposit: fee, rETH for the rest at getRethValue, rETH Transfer + TokensMinted, DepositReceived */
    deposit(user: string, eth: bigint): RawLog[] {
        let net = eth - (eth * DEPOSIT_FEE) / E
        let reth = this.reportedSupply == 0n ? net : (net * this.reportedSupply) / this.totalEth
        this.supply += reth
        return depositLogs(this.reth, this.pool, user, eth, reth, net)
    }

    /** RocketTokenRETH.burn, paid from rETH's own collateral: getEthValue */
    burn(user: string, reth: bigint): RawLog[] {
        let eth = this.reportedSupply == 0n ? reth : (reth * this.totalEth) / this.reportedSupply
        this.supply -= reth
        return burnLogs(this.reth, user, reth, eth)
    }

    /** A balances update for the slot `slotTimestamp`: the supply then, total ETH at `rate` (wei per 1e18 rETH) */
    update(time: number, slotTimestamp: number, rate: bigint): RawLog[] {
        this.reportedSupply = this.supply
        this.totalEth = (this.supply * rate) / E
        this.block += 7200n
        return balancesLogs(this.balances.address, this.balances.version, {
            totalEth: this.totalEth,
            stakingEth: (this.totalEth * 9n) / 10n,
            rethSupply: this.reportedSupply,
            block: this.block,
            slotTimestamp: BigInt(slotTimestamp),
            time: BigInt(time),
        })
    }
}
