import {keccak256} from '@subsquid/evm-abi'
import * as rethAbi from '../abi/RocketTokenRETH'
import * as nodeStakingAbi from '../abi/RocketNodeStaking'
import * as nodeStakingV1 from '../abi/RocketNodeStaking.v1'
import * as storageAbi from '../abi/RocketStorage'
import {Check} from './checks'
import {expectedRethRate, nodeStakeView} from './expected'
import {IndexedSample} from './sample'
import {callView, checker, lower, notDeployed, ReconcileContext, ViewResult} from './views'

const c = checker('Rocket Pool')
const ZERO = '0x0000000000000000000000000000000000000000'

/** RocketStorage key of a network contract's current address: keccak256(abi.encodePacked("contract.address", name)) (RocketBase.getContractAddress). */
export function contractAddressKey(name: string): string {
    return '0x' + keccak256(Buffer.from(`contract.address${name}`, 'utf8')).toString('hex')
}

/**
 * rETH supply, rate and balances (one rETH contract in every release), and the RPL stake of sampled nodes read
 * from the RocketNodeStaking that RocketStorage names at the indexed block, with that release's view.
 */
export async function rocketPoolChecks(ctx: ReconcileContext, sample: IndexedSample['rocketPool']): Promise<Check[]> {
    let reth = ctx.book.rocketPool.reth.address
    let rethMissing = await notDeployed(ctx, 'rETH', reth)
    let f = rethAbi.functions
    let view = async (name: string, subject: string, indexed: bigint, call: () => Promise<ViewResult<bigint>>) =>
        rethMissing ? c.skipped(name, subject, indexed, rethMissing) : c.of(name, subject, indexed, await call())
    let checks = [
        view('rETH.totalSupply', '', sample.rethSupply, () => callView(ctx, reth, f.totalSupply, {})),
        view('rETH.getExchangeRate', '', expectedRethRate(sample.ethPerUnit), () => callView(ctx, reth, f.getExchangeRate, {})),
        ...sample.holders.map((h) => view('rETH.balanceOf', h.id, h.rethBalance, () => callView(ctx, reth, f.balanceOf, {account: h.id}))),
        nodeStakeChecks(ctx, sample.nodes),
    ]
    return (await Promise.all(checks)).flat()
}

async function nodeStakeChecks(ctx: ReconcileContext, nodes: IndexedSample['rocketPool']['nodes']): Promise<Check[]> {
    if (nodes.length == 0) return []
    let live = await liveNodeStaking(ctx)
    if ('reason' in live) return nodes.map((n) => c.skipped('RocketNodeStaking.RPL stake', n.id, n.rplStaked, live.reason))
    let name = `RocketNodeStaking.${nodeStakeView(live.version)} (${live.version})`
    return Promise.all(
        nodes.map(async (n) => {
            let result =
                nodeStakeView(live.version) == 'getNodeStakedRPL'
                    ? await callView(ctx, live.address, nodeStakingAbi.functions.getNodeStakedRPL, {_nodeAddress: n.id})
                    : await callView(ctx, live.address, nodeStakingV1.functions.getNodeRPLStake, {_nodeAddress: n.id})
            return c.of(name, n.id, n.rplStaked, result)
        })
    )
}

/** The RocketNodeStaking registered in RocketStorage at the block, and its release label from the address book. */
async function liveNodeStaking(ctx: ReconcileContext): Promise<{address: string; version: string} | {reason: string}> {
    let storage = ctx.book.rocketPool.storage.address
    let missing = await notDeployed(ctx, 'RocketStorage', storage)
    if (missing) return {reason: missing}
    let named = await callView(ctx, storage, storageAbi.functions.getAddress, {_key: contractAddressKey('rocketNodeStaking')})
    if (!named.ok) return {reason: named.reason}
    let address = lower(named.value)
    if (address == ZERO) return {reason: `RocketStorage names no rocketNodeStaking at block ${ctx.block}`}
    let known = ctx.book.rocketPool.nodeStakings.find((s) => s.address == address)
    if (known == null) return {reason: `RocketStorage names ${address} as rocketNodeStaking at block ${ctx.block}, a release the address book does not know`}
    return {address, version: known.version}
}
