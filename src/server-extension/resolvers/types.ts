import {Field, Float, Int, ObjectType} from 'type-graphql'

/* GraphQL shapes of the custom resolvers. BigInt fields are exact wei / shares (the schema's BigInt scalar). */

@ObjectType({description: 'a Lido withdrawal request still in the queue (not claimed)'})
export class LidoRequestPosition {
    @Field(() => BigInt) requestId!: bigint
    @Field({description: 'REQUESTED or FINALIZED'}) status!: string
    @Field(() => BigInt, {description: 'stETH asked for'}) amount!: bigint
    @Field(() => BigInt, {description: 'ETH it is worth: claimable ETH once finalized, else the stETH asked for'}) ethValue!: bigint
}

@ObjectType()
export class LidoPosition {
    @Field(() => BigInt) stethShares!: bigint
    @Field(() => BigInt, {description: 'shares x the current share rate, rounded down (Lido.balanceOf)'}) stethBalance!: bigint
    @Field(() => BigInt) wstethBalance!: bigint
    @Field(() => BigInt, {description: 'wstETH in stETH (WstETH.getStETHByWstETH) = its ETH value'}) wstethInSteth!: bigint
    @Field(() => BigInt, {description: 'stethBalance + wstethInSteth (1 stETH = 1 ETH); stETH restaked in EigenLayer is not here: the strategy holds it'})
    totalEth!: bigint
    @Field(() => [LidoRequestPosition]) requests!: LidoRequestPosition[]
    @Field(() => BigInt) requestsEth!: bigint
}

@ObjectType()
export class RocketPoolPosition {
    @Field(() => BigInt) rethBalance!: bigint
    @Field(() => BigInt, {nullable: true, description: 'RocketTokenRETH.getEthValue at the last balances update; null before the first one'})
    ethValue!: bigint | null
}

@ObjectType()
export class StrategyPositionType {
    @Field() strategy!: string
    @Field(() => String, {nullable: true}) underlyingToken!: string | null
    @Field(() => BigInt, {description: 'deposit shares (StrategyManager / EigenPodManager)'}) depositShares!: bigint
    @Field(() => BigInt, {description: '1e18 = none'}) depositScalingFactor!: bigint
    @Field(() => BigInt, {description: "operator's max magnitude (x the beacon-chain slashing factor for beacon-chain ETH); 1e18 = no slashing"})
    slashingFactor!: bigint
    @Field(() => BigInt, {description: 'depositShares x depositScalingFactor x slashingFactor (SlashingLib.calcWithdrawable)'}) withdrawableShares!: bigint
    @Field(() => BigInt, {nullable: true, description: 'underlying tokens of the withdrawable shares'}) underlying!: bigint | null
    @Field(() => BigInt, {nullable: true, description: 'ETH where our own rates price the underlying (stETH, rETH, beacon-chain ETH); null otherwise'})
    ethValue!: bigint | null
    @Field({description: "exact (strategy balance and shares, or 1:1), lastRate (the strategy's last ExchangeRateEmitted) or unknown"})
    pricing!: string
    @Field({description: 'the underlying is stETH or rETH (an LST also counted by that protocol at the protocol level)'}) restakedLst!: boolean
}

@ObjectType()
export class QueuedStrategyShares {
    @Field() strategy!: string
    @Field(() => BigInt, {description: 'shares as queued (slashing era: the scaled shares of the withdrawal)'}) shares!: bigint
    @Field(() => BigInt, {nullable: true, description: 'slashing era: withdrawable when queued'}) sharesToWithdraw!: bigint | null
    @Field(() => BigInt, {description: "what completing it would withdraw now: slashing era scaled shares x the delegated operator's slashing factor (it stays slashable while queued), else the shares queued"})
    withdrawableShares!: bigint
}

@ObjectType()
export class QueuedWithdrawalPosition {
    @Field() id!: string
    @Field(() => String, {nullable: true}) withdrawalRoot!: string | null
    @Field(() => Int) requestedBlock!: number
    @Field(() => [QueuedStrategyShares]) strategies!: QueuedStrategyShares[]
    @Field(() => BigInt, {nullable: true, description: 'ETH of the withdrawableShares where every strategy is priced'}) ethValue!: bigint | null
}

@ObjectType()
export class EigenLayerPosition {
    @Field(() => String, {nullable: true}) delegatedTo!: string | null
    @Field(() => [StrategyPositionType]) strategies!: StrategyPositionType[]
    @Field(() => BigInt, {description: 'ETH of the priced strategies'}) totalEth!: bigint
    @Field(() => BigInt, {description: 'part of totalEth held as restaked stETH / rETH'}) restakedLstEth!: bigint
    @Field(() => Int, {description: 'strategies held whose underlying we cannot price in ETH (tokens only)'}) unpricedStrategies!: number
    @Field(() => [QueuedWithdrawalPosition]) queuedWithdrawals!: QueuedWithdrawalPosition[]
    @Field(() => BigInt) queuedEth!: bigint
}

@ObjectType({description: 'one account across Lido, Rocket Pool and EigenLayer, in ETH, at the indexed head'})
export class AccountPosition {
    @Field() id!: string
    @Field(() => Int, {description: 'block the figures are at'}) atBlock!: number
    @Field(() => LidoPosition) lido!: LidoPosition
    @Field(() => RocketPoolPosition) rocketPool!: RocketPoolPosition
    @Field(() => EigenLayerPosition) eigenlayer!: EigenLayerPosition
    @Field(() => BigInt, {description: 'Lido requests + EigenLayer queued withdrawals, in ETH'}) inFlightEth!: bigint
    @Field(() => BigInt, {description: 'lido.totalEth + rocketPool.ethValue + eigenlayer.totalEth + inFlightEth; nothing counted twice'})
    totalEth!: bigint
}

// ---- exposure ---------------------------------------------------------------------------------------------

@ObjectType({description: 'one operator set that can slash a position in one strategy'})
export class SetExposureType {
    @Field() avs!: string
    @Field(() => BigInt) operatorSetId!: bigint
    @Field() operator!: string
    @Field() strategy!: string
    @Field(() => BigInt, {description: 'magnitude allocated to the set and in force at the head'}) magnitude!: bigint
    @Field(() => BigInt) maxMagnitude!: bigint
    @Field(() => Float, {description: 'magnitude / maxMagnitude: the fraction of the withdrawable shares the set can slash'}) fraction!: number
    @Field(() => BigInt, {description: 'shares the set can slash (0 when the operator is not registered in the set)'}) slashableShares!: bigint
    @Field(() => BigInt, {nullable: true}) ethAtRisk!: bigint | null
    @Field({description: 'the operator is a registered member of the set (only then can the set slash)'}) registered!: boolean
    @Field(() => BigInt, {nullable: true, description: 'an allocation change not yet in force'}) pendingMagnitude!: bigint | null
    @Field(() => Int, {nullable: true}) pendingEffectBlock!: number | null
}

@ObjectType()
export class AvsRisk {
    @Field() avs!: string
    @Field(() => BigInt) ethAtRisk!: bigint
}

@ObjectType()
export class StrategyExposure {
    @Field() strategy!: string
    @Field(() => String, {nullable: true}) operator!: string | null
    @Field(() => BigInt, {description: 'withdrawable shares (account) or delegated shares (operator)'}) shares!: bigint
    @Field(() => BigInt, {nullable: true}) ethValue!: bigint | null
    @Field(() => [SetExposureType]) sets!: SetExposureType[]
}

@ObjectType({description: 'asset -> strategy -> operator -> operator sets -> ETH at risk'})
export class Exposure {
    @Field() id!: string
    @Field(() => Int) atBlock!: number
    @Field(() => String, {nullable: true, description: 'the operator (the account itself for an operator exposure)'}) operator!: string | null
    @Field(() => [StrategyExposure]) strategies!: StrategyExposure[]
    @Field(() => [AvsRisk], {description: 'ETH each AVS can slash, summed over its sets and the strategies'}) byAvs!: AvsRisk[]
    @Field(() => BigInt, {description: 'ETH of the exposed positions (priced ones)'}) exposedEth!: bigint
}

@ObjectType()
export class AvsOperatorSet {
    @Field(() => BigInt) operatorSetId!: bigint
    @Field(() => [String], {description: 'registered operators'}) operators!: string[]
    @Field(() => [String], {description: 'strategies allocated to the set'}) strategies!: string[]
    @Field(() => BigInt, {description: 'ETH the set can slash now (registered operators, allocations in force, priced strategies)'}) ethSlashable!: bigint
    @Field(() => [SetExposureType]) allocations!: SetExposureType[]
}

@ObjectType()
export class AvsExposure {
    @Field() avs!: string
    @Field(() => Int) atBlock!: number
    @Field(() => [AvsOperatorSet]) operatorSets!: AvsOperatorSet[]
    @Field(() => BigInt) totalEthSlashable!: bigint
}

// ---- totals and rankings ----------------------------------------------------------------------------------

@ObjectType()
export class ProtocolTotal {
    @Field() protocol!: string
    @Field({description: 'the day the figures close (the open day: figures so far)'}) day!: string
    @Field(() => BigInt) tvlEth!: bigint
    @Field(() => BigInt, {description: 'EigenLayer: the part of tvlEth that is restaked stETH / rETH'}) restakedLstEth!: bigint
    @Field(() => BigInt, {nullable: true}) supply!: bigint | null
    @Field(() => BigInt, {nullable: true}) rate!: bigint | null
    @Field(() => Float, {nullable: true}) aprDay!: number | null
    @Field(() => Float, {nullable: true}) apr7dSma!: number | null
    @Field(() => Int) holders!: number
    @Field(() => Int) depositsTotal!: number
    @Field(() => Int) withdrawalRequestsTotal!: number
    @Field(() => Int) withdrawalsCompletedTotal!: number
    @Field(() => Int) lossesTotal!: number
}

@ObjectType()
export class ProtocolTotals {
    @Field(() => Int) atBlock!: number
    @Field(() => [ProtocolTotal]) protocols!: ProtocolTotal[]
    @Field(() => BigInt, {description: 'sum of the protocols\' TVL (counts restaked stETH / rETH twice)'}) sumTvlEth!: bigint
    @Field(() => BigInt, {description: 'ETH counted by two protocols: stETH and rETH held by EigenLayer strategies'}) overlapEth!: bigint
    @Field(() => BigInt, {description: 'sumTvlEth - overlapEth: each ETH once'}) uniqueTvlEth!: bigint
}

@ObjectType()
export class RankedOperator {
    @Field() operator!: string
    @Field(() => String, {nullable: true}) metadataURI!: string | null
    @Field(() => BigInt) delegatedEth!: bigint
    @Field(() => Int) delegatorCount!: number
    @Field(() => [String], {description: 'AVSs of the operator sets it is registered in'}) avss!: string[]
}

@ObjectType()
export class RankedAccount {
    @Field() account!: string
    @Field(() => BigInt) totalEth!: bigint
    @Field(() => BigInt) lidoEth!: bigint
    @Field(() => BigInt) rocketPoolEth!: bigint
    @Field(() => BigInt) eigenlayerEth!: bigint
}

@ObjectType()
export class RankedAvs {
    @Field() avs!: string
    @Field(() => BigInt) ethSlashable!: bigint
    @Field(() => Int) operatorSets!: number
    @Field(() => Int) operators!: number
}

@ObjectType()
export class LossItem {
    @Field() id!: string
    @Field() protocol!: string
    @Field() kind!: string
    @Field(() => BigInt, {nullable: true}) amount!: bigint | null
    @Field(() => BigInt, {nullable: true}) amountEth!: bigint | null
    @Field(() => String, {nullable: true}) operator!: string | null
    @Field(() => String, {nullable: true}) account!: string | null
    @Field(() => String, {nullable: true}) description!: string | null
    @Field(() => Date) timestamp!: Date
    @Field(() => Int) blockNumber!: number
    @Field() txHash!: string
}

@ObjectType()
export class ProtocolLoss {
    @Field() protocol!: string
    @Field(() => Int) count!: number
    @Field(() => BigInt) lossEth!: bigint
}

@ObjectType({description: 'every loss of the three protocols in a time window, oldest first'})
export class Losses {
    @Field(() => Int) count!: number
    @Field(() => BigInt, {description: 'sum of amountEth where the record has it'}) totalEth!: bigint
    @Field(() => [ProtocolLoss]) byProtocol!: ProtocolLoss[]
    @Field(() => [LossItem], {description: 'the first `limit` records'}) items!: LossItem[]
}

@ObjectType()
export class EntityCounts {
    @Field(() => Int) atBlock!: number
    @Field(() => Int) deposits!: number
    @Field(() => Int) withdrawalRequests!: number
    @Field(() => Int) withdrawalsCompleted!: number
    @Field(() => Int) slashings!: number
    @Field(() => Int) operators!: number
    @Field(() => Int) strategies!: number
    @Field(() => Int) eigenPods!: number
    @Field(() => Int) operatorSets!: number
    @Field(() => Int) skippedLogs!: number
}
