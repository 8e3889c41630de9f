/** One deployed contract: where it lives and the first block we read it from. */
export interface Contract {
    address: string
    startBlock: number
}

/** A contract deployed anew at each protocol release (Rocket Pool): each address keeps its version label. */
export interface VersionedContract extends Contract {
    version: string
}

export interface EigenLayerStrategy extends Contract {
    symbol: string
    /** the underlying token, where CONTRACTS.md names it (needed by the 3-field slashing-era Deposit) */
    underlyingToken: string | null
}

/**
 * Every address and start block the protocols need. Addresses are lowercase.
 * Devnet reuses the mainnet book with every start block at 0 (see devnet.ts), so a replay of a mainnet log
 * at its real address decodes exactly as on mainnet.
 */
export interface AddressBook {
    name: 'mainnet' | 'devnet'
    lido: {
        steth: Contract
        wsteth: Contract
        withdrawalQueue: Contract
        legacyOracle: Contract
        accountingOracle: Contract
        /** curated module and SimpleDVT: the same NodeOperatorsRegistry code at two addresses */
        nodeOperatorRegistries: (Contract & {module: 'curated' | 'simpleDvt'})[]
        burners: VersionedContract[]
        stakingRouter: Contract
        /** block heights of the protocol's eras, for documentation and era-aware checks */
        eras: {v1: number; transferShares: number; v2: number; csm: number; v3: number}
    }
    rocketPool: {
        storage: Contract
        /** RocketVault (never redeployed): its TokenWithdrawn logs the v1.4 unstake's silent RPL payout */
        vault: Contract
        reth: Contract
        depositPools: VersionedContract[]
        networkBalances: VersionedContract[]
        nodeStakings: VersionedContract[]
        minipoolManagers: VersionedContract[]
        nodeManagers: VersionedContract[]
        networkPenalties: VersionedContract[]
        megapoolFactory: Contract
        megapoolManager: Contract
        megapoolPenalties: Contract
    }
    eigenLayer: {
        strategyManager: Contract
        delegationManager: Contract
        eigenPodManager: Contract
        eigenPodBeacon: string
        delayedWithdrawalRouter: Contract
        allocationManager: Contract
        rewardsCoordinator: Contract
        avsDirectory: Contract
        strategyFactory: Contract
        strategies: EigenLayerStrategy[]
        /** the beacon-chain ETH pseudo-strategy: not a contract, it appears as `strategy` in events */
        beaconChainEthStrategy: string
        /** where slashed shares' tokens are sent to be burnt (StrategyManager DEFAULT_BURN_ADDRESS) */
        defaultBurnAddress: string
    }
}
