import * as dm from '../../abi/DelegationManager'
import * as sm from '../../abi/StrategyManager'
import * as sb from '../../abi/StrategyBaseTVLLimits'
import {encodeEvent, RawLog} from '../../core/encode'
import {WAD} from '../../core/rates'
import {AddressBook} from '../../networks'

/**
 * The logs of one slashing-era user action, in the order the contracts emit them (v1.3.0 and later:
 * StrategyManager._depositIntoStrategy, DelegationManager._delegate / _increaseDelegation), for an operator
 * never slashed (every max magnitude 1e18) and a strategy whose balance equals its shares (rate 1e18): then
 * every deposit scaling factor is 1e18 (`SlashingLib.update`: 1e18.divWad(1e18), or (prev + added) / (prev +
 * added) / 1e18) and withdrawable shares equal deposit shares. Used by the demo and the bench load.
 */
export function depositLogs(book: AddressBook, staker: string, strategy: string, shares: bigint, operator: string | null): RawLog[] {
    let el = book.eigenLayer
    let logs = [
        // StrategyBase.deposit logs the rate before the manager credits the shares
        encodeEvent(strategy, sb.events.ExchangeRateEmitted, {rate: WAD}),
        encodeEvent(el.strategyManager.address, sm.events.Deposit, {staker, strategy, shares}),
        encodeEvent(el.delegationManager.address, dm.events.DepositScalingFactorUpdated, {staker, strategy, newDepositScalingFactor: WAD}),
    ]
    if (operator != null) {
        logs.push(encodeEvent(el.delegationManager.address, dm.events.OperatorSharesIncreased, {operator, staker, strategy, shares}))
    }
    return logs
}

/** delegateTo: StakerDelegated, then per strategy the staker holds its factor and the operator's share increase. */
export function delegateLogs(book: AddressBook, staker: string, operator: string, holdings: [strategy: string, shares: bigint][]): RawLog[] {
    let DM = book.eigenLayer.delegationManager.address
    let logs = [encodeEvent(DM, dm.events.StakerDelegated, {staker, operator})]
    for (let [strategy, shares] of holdings) {
        if (shares == 0n) continue
        logs.push(
            encodeEvent(DM, dm.events.DepositScalingFactorUpdated, {staker, strategy, newDepositScalingFactor: WAD}),
            encodeEvent(DM, dm.events.OperatorSharesIncreased, {operator, staker, strategy, shares})
        )
    }
    return logs
}
