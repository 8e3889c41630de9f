import * as p from '@subsquid/evm-codec'
import { event, fun, viewFun, indexed, ContractBase } from '@subsquid/evm-abi'
import type { EventParams as EParams, FunctionArguments, FunctionReturn } from '@subsquid/evm-abi'

export const events = {
    BeaconValidatorsUpdated: event("0xedbcb4ca306d81687f1437e9dccd289dd7c938599cd3bcff6e1ae9bdd1d6b334", "BeaconValidatorsUpdated(uint256)", {"beaconValidators": p.uint256}),
    MevTxFeeReceived: event("0xe38dbc656b8029e533ec787bb92c50c2aea2fe488332519e1b0abdad046dafa5", "MevTxFeeReceived(uint256)", {"amount": p.uint256}),
    ScriptResult: event("0x5229a5dba83a54ae8cb5b51bdd6de9474cacbe9dd332f5185f3a4f4f2e3f4ad9", "ScriptResult(address,bytes,bytes,bytes)", {"executor": indexed(p.address), "script": p.bytes, "input": p.bytes, "returnData": p.bytes}),
    RecoverToVault: event("0x596caf56044b55fb8c4ca640089bbc2b63cae3e978b851f5745cbb7c5b288e02", "RecoverToVault(address,address,uint256)", {"vault": indexed(p.address), "token": indexed(p.address), "amount": p.uint256}),
    TransferShares: event("0x9d9c909296d9c674451c0c24f02cb64981eb3b727f99865939192f880a755dcb", "TransferShares(address,address,uint256)", {"from": indexed(p.address), "to": indexed(p.address), "sharesValue": p.uint256}),
    SharesBurnt: event("0x8b2a1e1ad5e0578c3dd82494156e985dade827a87c573b5c1c7716a32162ad64", "SharesBurnt(address,uint256,uint256,uint256)", {"account": indexed(p.address), "preRebaseTokenAmount": p.uint256, "postRebaseTokenAmount": p.uint256, "sharesAmount": p.uint256}),
    Stopped: event("0x7acc84e34091ae817647a4c49116f5cc07f319078ba80f8f5fde37ea7e25cbd6", "Stopped()", {}),
    Resumed: event("0x62451d457bc659158be6e6247f56ec1df424a5c7597f71c20c2bc44e0965c8f9", "Resumed()", {}),
    Transfer: event("0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef", "Transfer(address,address,uint256)", {"from": indexed(p.address), "to": indexed(p.address), "value": p.uint256}),
    Approval: event("0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925", "Approval(address,address,uint256)", {"owner": indexed(p.address), "spender": indexed(p.address), "value": p.uint256}),
    StakingPaused: event("0x26d1807b479eaba249c1214b82e4b65bbb0cc73ee8a17901324b1ef1b5904e49", "StakingPaused()", {}),
    StakingResumed: event("0xedaeeae9aed70c4545d3ab0065713261c9cee8d6cf5c8b07f52f0a65fd91efda", "StakingResumed()", {}),
    StakingLimitSet: event("0xce9fddf6179affa1ea7bf36d80a6bf0284e0f3b91f4b2fa6eea2af923e7fac2d", "StakingLimitSet(uint256,uint256)", {"maxStakeLimit": p.uint256, "stakeLimitIncreasePerBlock": p.uint256}),
    StakingLimitRemoved: event("0x9b2a687c198898fcc32a33bbc610d478f177a73ab7352023e6cc1de5bf12a3df", "StakingLimitRemoved()", {}),
    ProtocolContactsSet: event("0x7df55cbe17c0cf85c9c23753c046f686eeb4c6b2ce13182943d215e92afc565a", "ProtocolContactsSet(address,address,address)", {"oracle": p.address, "treasury": p.address, "insuranceFund": p.address}),
    FeeSet: event("0xaab062e3faf62b6c9a0f8e62af66e0310e27127a8c871a67be7dd4d93de6da53", "FeeSet(uint16)", {"feeBasisPoints": p.uint16}),
    FeeDistributionSet: event("0x034529db1bba3830b8877e116871f19c5b96ef86c739f2a05668c860c8466898", "FeeDistributionSet(uint16,uint16,uint16)", {"treasuryFeeBasisPoints": p.uint16, "insuranceFeeBasisPoints": p.uint16, "operatorsFeeBasisPoints": p.uint16}),
    ELRewardsReceived: event("0xd27f9b0c98bdee27044afa149eadcd2047d6399cb6613a45c5b87e6aca76e6b5", "ELRewardsReceived(uint256)", {"amount": p.uint256}),
    ELRewardsWithdrawalLimitSet: event("0x166eb213129ab51688433b859b5a206403ee174774a1430f8ffb83af316161f6", "ELRewardsWithdrawalLimitSet(uint256)", {"limitPoints": p.uint256}),
    WithdrawalCredentialsSet: event("0x13eb80e900aa05a2696d50d5de33ef631c73493c4921da233b17335ff6b7b114", "WithdrawalCredentialsSet(bytes32)", {"withdrawalCredentials": p.bytes32}),
    ELRewardsVaultSet: event("0x8e2d01c4cfaa88fa4d772d37e4d068deda4342bf4ef6dc4b0cf3e868be5ebb40", "ELRewardsVaultSet(address)", {"executionLayerRewardsVault": p.address}),
    Submitted: event("0x96a25c8ce0baabc1fdefd93e9ed25d8e092a3332f3aa9a41722b5697231d1d1a", "Submitted(address,uint256,address)", {"sender": indexed(p.address), "amount": p.uint256, "referral": p.address}),
    Unbuffered: event("0x76a397bea5768d4fca97ef47792796e35f98dc81b16c1de84e28a818e1f97108", "Unbuffered(uint256)", {"amount": p.uint256}),
    Withdrawal: event("0xcf8f72073b13b07fe51690fd7c43414d1a0ef6f21c9896ba1814a08be9bdab3a", "Withdrawal(address,uint256,uint256,bytes32,uint256)", {"sender": indexed(p.address), "tokenAmount": p.uint256, "sentFromBuffer": p.uint256, "pubkeyHash": indexed(p.bytes32), "etherAmount": p.uint256}),
    ETHDistributed: event("0x92dd3cb149a1eebd51fd8c2a3653fd96f30c4ac01d4f850fc16d46abd6c3e92f", "ETHDistributed(uint256,uint256,uint256,uint256,uint256,uint256)", {"reportTimestamp": indexed(p.uint256), "preCLBalance": p.uint256, "postCLBalance": p.uint256, "withdrawalsWithdrawn": p.uint256, "executionLayerRewardsWithdrawn": p.uint256, "postBufferedEther": p.uint256}),
    TokenRebased: event("0xff08c3ef606d198e316ef5b822193c489965899eb4e3c248cea1a4626c3eda50", "TokenRebased(uint256,uint256,uint256,uint256,uint256,uint256,uint256)", {"reportTimestamp": indexed(p.uint256), "timeElapsed": p.uint256, "preTotalShares": p.uint256, "preTotalEther": p.uint256, "postTotalShares": p.uint256, "postTotalEther": p.uint256, "sharesMintedAsFees": p.uint256}),
    WithdrawalsReceived: event("0x6e5086f7e1ab04bd826e77faae35b1bcfe31bd144623361a40ea4af51670b1c3", "WithdrawalsReceived(uint256)", {"amount": p.uint256}),
    CLValidatorsUpdated: event("0x1252331d4f3ee8a9f0a3484c4c2fb059c70a047b5dc5482a3ee6415f742d9f2e", "CLValidatorsUpdated(uint256,uint256,uint256)", {"reportTimestamp": indexed(p.uint256), "preCLValidators": p.uint256, "postCLValidators": p.uint256}),
    LidoLocatorSet: event("0x61f9416d3c29deb4e424342445a2b132738430becd9fa275e11297c90668b22e", "LidoLocatorSet(address)", {"lidoLocator": p.address}),
}

export const functions = {
    setValidatorsNumber: fun("0xa134a98d", "setValidatorsNumber(uint256)", {"_validators": p.uint256}, ),
    resume: fun("0x046f7da2", "resume()", {}, ),
    name: viewFun("0x06fdde03", "name()", {}, p.string),
    stop: fun("0x07da68f5", "stop()", {}, ),
    hasInitialized: viewFun("0x0803fac0", "hasInitialized()", {}, p.bool),
    approve: fun("0x095ea7b3", "approve(address,uint256)", {"_spender": p.address, "_amount": p.uint256}, p.bool),
    STAKING_CONTROL_ROLE: viewFun("0x136dd43c", "STAKING_CONTROL_ROLE()", {}, p.bytes32),
    initialize: fun("0x1459457a", "initialize(address,address,address,address,address)", {"_depositContract": p.address, "_oracle": p.address, "_operators": p.address, "_treasury": p.address, "_insuranceFund": p.address}, ),
    getInsuranceFund: viewFun("0x158626f7", "getInsuranceFund()", {}, p.address),
    totalSupply: viewFun("0x18160ddd", "totalSupply()", {}, p.uint256),
    getSharesByPooledEth: viewFun("0x19208451", "getSharesByPooledEth(uint256)", {"_ethAmount": p.uint256}, p.uint256),
    isStakingPaused: viewFun("0x1ea7ca89", "isStakingPaused()", {}, p.bool),
    transferFrom: fun("0x23b872dd", "transferFrom(address,address,uint256)", {"_sender": p.address, "_recipient": p.address, "_amount": p.uint256}, p.bool),
    getOperators: viewFun("0x27a099d8", "getOperators()", {}, p.address),
    getEVMScriptExecutor: viewFun("0x2914b9bd", "getEVMScriptExecutor(bytes)", {"_script": p.bytes}, p.address),
    setStakingLimit: fun("0x2cb5f784", "setStakingLimit(uint256,uint256)", {"_maxStakeLimit": p.uint256, "_stakeLimitIncreasePerBlock": p.uint256}, ),
    RESUME_ROLE: viewFun("0x2de03aa1", "RESUME_ROLE()", {}, p.bytes32),
    decimals: viewFun("0x313ce567", "decimals()", {}, p.uint8),
    getRecoveryVault: viewFun("0x32f0a3b5", "getRecoveryVault()", {}, p.address),
    DEPOSIT_ROLE: viewFun("0x353efdcf", "DEPOSIT_ROLE()", {}, p.bytes32),
    DEPOSIT_SIZE: viewFun("0x36bf3325", "DEPOSIT_SIZE()", {}, p.uint256),
    getTotalPooledEther: viewFun("0x37cfdaca", "getTotalPooledEther()", {}, p.uint256),
    PAUSE_ROLE: viewFun("0x389ed267", "PAUSE_ROLE()", {}, p.bytes32),
    increaseAllowance: fun("0x39509351", "increaseAllowance(address,uint256)", {"_spender": p.address, "_addedValue": p.uint256}, p.bool),
    getTreasury: viewFun("0x3b19e84a", "getTreasury()", {}, p.address),
    isStopped: viewFun("0x3f683b6a", "isStopped()", {}, p.bool),
    MANAGE_WITHDRAWAL_KEY: viewFun("0x435721da", "MANAGE_WITHDRAWAL_KEY()", {}, p.bytes32),
    getBufferedEther: viewFun("0x47b714e0", "getBufferedEther()", {}, p.uint256),
    receiveELRewards: fun("0x4ad509b2", "receiveELRewards()", {}, ),
    getELRewardsWithdrawalLimit: viewFun("0x52b3af93", "getELRewardsWithdrawalLimit()", {}, p.uint256),
    SIGNATURE_LENGTH: viewFun("0x540bc5ea", "SIGNATURE_LENGTH()", {}, p.uint256),
    getWithdrawalCredentials: viewFun("0x56396715", "getWithdrawalCredentials()", {}, p.bytes32),
    getCurrentStakeLimit: viewFun("0x609c4c6c", "getCurrentStakeLimit()", {}, p.uint256),
    setELRewardsWithdrawalLimit: fun("0x63c2eb53", "setELRewardsWithdrawalLimit(uint16)", {"_limitPoints": p.uint16}, ),
    handleOracleReport: fun("0x64f9991a", "handleOracleReport(uint256,uint256)", {"_beaconValidators": p.uint256, "_beaconBalance": p.uint256}, ),
    getStakeLimitFullInfo: viewFun("0x665b4b0b", "getStakeLimitFullInfo()", {}, {"isStakingPaused": p.bool, "isStakingLimitSet": p.bool, "currentStakeLimit": p.uint256, "maxStakeLimit": p.uint256, "maxStakeLimitGrowthBlocks": p.uint256, "prevStakeLimit": p.uint256, "prevStakeBlockNumber": p.uint256}),
    SET_EL_REWARDS_WITHDRAWAL_LIMIT_ROLE: viewFun("0x6bb98ad3", "SET_EL_REWARDS_WITHDRAWAL_LIMIT_ROLE()", {}, p.bytes32),
    getELRewardsVault: viewFun("0x706aa30d", "getELRewardsVault()", {}, p.address),
    balanceOf: viewFun("0x70a08231", "balanceOf(address)", {"_account": p.address}, p.uint256),
    resumeStaking: fun("0x7475f913", "resumeStaking()", {}, ),
    getFeeDistribution: viewFun("0x752f77f1", "getFeeDistribution()", {}, {"treasuryFeeBasisPoints": p.uint16, "insuranceFeeBasisPoints": p.uint16, "operatorsFeeBasisPoints": p.uint16}),
    getPooledEthByShares: viewFun("0x7a28fb88", "getPooledEthByShares(uint256)", {"_sharesAmount": p.uint256}, p.uint256),
    setELRewardsVault: fun("0x7e4193c6", "setELRewardsVault(address)", {"_executionLayerRewardsVault": p.address}, ),
    allowRecoverability: viewFun("0x7e7db6e1", "allowRecoverability(address)", {"token": p.address}, p.bool),
    MANAGE_PROTOCOL_CONTRACTS_ROLE: viewFun("0x7f6fdac7", "MANAGE_PROTOCOL_CONTRACTS_ROLE()", {}, p.bytes32),
    appId: viewFun("0x80afdea8", "appId()", {}, p.bytes32),
    getOracle: viewFun("0x833b1fce", "getOracle()", {}, p.address),
    getInitializationBlock: viewFun("0x8b3dd749", "getInitializationBlock()", {}, p.uint256),
    setFeeDistribution: fun("0x8cef3612", "setFeeDistribution(uint16,uint16,uint16)", {"_treasuryFeeBasisPoints": p.uint16, "_insuranceFeeBasisPoints": p.uint16, "_operatorsFeeBasisPoints": p.uint16}, ),
    setFee: fun("0x8e005553", "setFee(uint16)", {"_feeBasisPoints": p.uint16}, ),
    transferShares: fun("0x8fcb4e5b", "transferShares(address,uint256)", {"_recipient": p.address, "_sharesAmount": p.uint256}, p.uint256),
    'depositBufferedEther(uint256)': fun("0x90adc83b", "depositBufferedEther(uint256)", {"_maxDeposits": p.uint256}, ),
    symbol: viewFun("0x95d89b41", "symbol()", {}, p.string),
    MANAGE_FEE: viewFun("0x9aaa2d15", "MANAGE_FEE()", {}, p.bytes32),
    transferToVault: fun("0x9d4941d8", "transferToVault(address)", {"_token": p.address}, ),
    canPerform: viewFun("0xa1658fad", "canPerform(address,bytes32,uint256[])", {"_sender": p.address, "_role": p.bytes32, "_params": p.array(p.uint256)}, p.bool),
    submit: fun("0xa1903eab", "submit(address)", {"_referral": p.address}, p.uint256),
    WITHDRAWAL_CREDENTIALS_LENGTH: viewFun("0xa30448c0", "WITHDRAWAL_CREDENTIALS_LENGTH()", {}, p.uint256),
    decreaseAllowance: fun("0xa457c2d7", "decreaseAllowance(address,uint256)", {"_spender": p.address, "_subtractedValue": p.uint256}, p.bool),
    getEVMScriptRegistry: viewFun("0xa479e508", "getEVMScriptRegistry()", {}, p.address),
    PUBKEY_LENGTH: viewFun("0xa4d55d1d", "PUBKEY_LENGTH()", {}, p.uint256),
    SET_EL_REWARDS_VAULT_ROLE: viewFun("0xa6426f5f", "SET_EL_REWARDS_VAULT_ROLE()", {}, p.bytes32),
    transfer: fun("0xa9059cbb", "transfer(address,uint256)", {"_recipient": p.address, "_amount": p.uint256}, p.bool),
    getDepositContract: viewFun("0xab94276a", "getDepositContract()", {}, p.address),
    getBeaconStat: viewFun("0xae2e3538", "getBeaconStat()", {}, {"depositedValidators": p.uint256, "beaconValidators": p.uint256, "beaconBalance": p.uint256}),
    removeStakingLimit: fun("0xb3320d9a", "removeStakingLimit()", {}, ),
    BURN_ROLE: viewFun("0xb930908f", "BURN_ROLE()", {}, p.bytes32),
    getFee: viewFun("0xced72f87", "getFee()", {}, p.uint16),
    kernel: viewFun("0xd4aae0c4", "kernel()", {}, p.address),
    getTotalShares: viewFun("0xd5002f2e", "getTotalShares()", {}, p.uint256),
    allowance: viewFun("0xdd62ed3e", "allowance(address,address)", {"_owner": p.address, "_spender": p.address}, p.uint256),
    isPetrified: viewFun("0xde4796ed", "isPetrified()", {}, p.bool),
    setProtocolContracts: fun("0xe73f4529", "setProtocolContracts(address,address,address)", {"_oracle": p.address, "_treasury": p.address, "_insuranceFund": p.address}, ),
    setWithdrawalCredentials: fun("0xe97ee8cc", "setWithdrawalCredentials(bytes32)", {"_withdrawalCredentials": p.bytes32}, ),
    STAKING_PAUSE_ROLE: viewFun("0xeb85262f", "STAKING_PAUSE_ROLE()", {}, p.bytes32),
    'depositBufferedEther()': fun("0xecc1dcfb", "depositBufferedEther()", {}, ),
    burnShares: fun("0xee7a7c04", "burnShares(address,uint256)", {"_account": p.address, "_sharesAmount": p.uint256}, p.uint256),
    sharesOf: viewFun("0xf5eb42dc", "sharesOf(address)", {"_account": p.address}, p.uint256),
    pauseStaking: fun("0xf999c506", "pauseStaking()", {}, ),
    getTotalELRewardsCollected: viewFun("0xfa64ebac", "getTotalELRewardsCollected()", {}, p.uint256),
}

export class Contract extends ContractBase {

    name() {
        return this.eth_call(functions.name, {})
    }

    hasInitialized() {
        return this.eth_call(functions.hasInitialized, {})
    }

    STAKING_CONTROL_ROLE() {
        return this.eth_call(functions.STAKING_CONTROL_ROLE, {})
    }

    getInsuranceFund() {
        return this.eth_call(functions.getInsuranceFund, {})
    }

    totalSupply() {
        return this.eth_call(functions.totalSupply, {})
    }

    getSharesByPooledEth(_ethAmount: GetSharesByPooledEthParams["_ethAmount"]) {
        return this.eth_call(functions.getSharesByPooledEth, {_ethAmount})
    }

    isStakingPaused() {
        return this.eth_call(functions.isStakingPaused, {})
    }

    getOperators() {
        return this.eth_call(functions.getOperators, {})
    }

    getEVMScriptExecutor(_script: GetEVMScriptExecutorParams["_script"]) {
        return this.eth_call(functions.getEVMScriptExecutor, {_script})
    }

    RESUME_ROLE() {
        return this.eth_call(functions.RESUME_ROLE, {})
    }

    decimals() {
        return this.eth_call(functions.decimals, {})
    }

    getRecoveryVault() {
        return this.eth_call(functions.getRecoveryVault, {})
    }

    DEPOSIT_ROLE() {
        return this.eth_call(functions.DEPOSIT_ROLE, {})
    }

    DEPOSIT_SIZE() {
        return this.eth_call(functions.DEPOSIT_SIZE, {})
    }

    getTotalPooledEther() {
        return this.eth_call(functions.getTotalPooledEther, {})
    }

    PAUSE_ROLE() {
        return this.eth_call(functions.PAUSE_ROLE, {})
    }

    getTreasury() {
        return this.eth_call(functions.getTreasury, {})
    }

    isStopped() {
        return this.eth_call(functions.isStopped, {})
    }

    MANAGE_WITHDRAWAL_KEY() {
        return this.eth_call(functions.MANAGE_WITHDRAWAL_KEY, {})
    }

    getBufferedEther() {
        return this.eth_call(functions.getBufferedEther, {})
    }

    getELRewardsWithdrawalLimit() {
        return this.eth_call(functions.getELRewardsWithdrawalLimit, {})
    }

    SIGNATURE_LENGTH() {
        return this.eth_call(functions.SIGNATURE_LENGTH, {})
    }

    getWithdrawalCredentials() {
        return this.eth_call(functions.getWithdrawalCredentials, {})
    }

    getCurrentStakeLimit() {
        return this.eth_call(functions.getCurrentStakeLimit, {})
    }

    getStakeLimitFullInfo() {
        return this.eth_call(functions.getStakeLimitFullInfo, {})
    }

    SET_EL_REWARDS_WITHDRAWAL_LIMIT_ROLE() {
        return this.eth_call(functions.SET_EL_REWARDS_WITHDRAWAL_LIMIT_ROLE, {})
    }

    getELRewardsVault() {
        return this.eth_call(functions.getELRewardsVault, {})
    }

    balanceOf(_account: BalanceOfParams["_account"]) {
        return this.eth_call(functions.balanceOf, {_account})
    }

    getFeeDistribution() {
        return this.eth_call(functions.getFeeDistribution, {})
    }

    getPooledEthByShares(_sharesAmount: GetPooledEthBySharesParams["_sharesAmount"]) {
        return this.eth_call(functions.getPooledEthByShares, {_sharesAmount})
    }

    allowRecoverability(token: AllowRecoverabilityParams["token"]) {
        return this.eth_call(functions.allowRecoverability, {token})
    }

    MANAGE_PROTOCOL_CONTRACTS_ROLE() {
        return this.eth_call(functions.MANAGE_PROTOCOL_CONTRACTS_ROLE, {})
    }

    appId() {
        return this.eth_call(functions.appId, {})
    }

    getOracle() {
        return this.eth_call(functions.getOracle, {})
    }

    getInitializationBlock() {
        return this.eth_call(functions.getInitializationBlock, {})
    }

    symbol() {
        return this.eth_call(functions.symbol, {})
    }

    MANAGE_FEE() {
        return this.eth_call(functions.MANAGE_FEE, {})
    }

    canPerform(_sender: CanPerformParams["_sender"], _role: CanPerformParams["_role"], _params: CanPerformParams["_params"]) {
        return this.eth_call(functions.canPerform, {_sender, _role, _params})
    }

    WITHDRAWAL_CREDENTIALS_LENGTH() {
        return this.eth_call(functions.WITHDRAWAL_CREDENTIALS_LENGTH, {})
    }

    getEVMScriptRegistry() {
        return this.eth_call(functions.getEVMScriptRegistry, {})
    }

    PUBKEY_LENGTH() {
        return this.eth_call(functions.PUBKEY_LENGTH, {})
    }

    SET_EL_REWARDS_VAULT_ROLE() {
        return this.eth_call(functions.SET_EL_REWARDS_VAULT_ROLE, {})
    }

    getDepositContract() {
        return this.eth_call(functions.getDepositContract, {})
    }

    getBeaconStat() {
        return this.eth_call(functions.getBeaconStat, {})
    }

    BURN_ROLE() {
        return this.eth_call(functions.BURN_ROLE, {})
    }

    getFee() {
        return this.eth_call(functions.getFee, {})
    }

    kernel() {
        return this.eth_call(functions.kernel, {})
    }

    getTotalShares() {
        return this.eth_call(functions.getTotalShares, {})
    }

    allowance(_owner: AllowanceParams["_owner"], _spender: AllowanceParams["_spender"]) {
        return this.eth_call(functions.allowance, {_owner, _spender})
    }

    isPetrified() {
        return this.eth_call(functions.isPetrified, {})
    }

    STAKING_PAUSE_ROLE() {
        return this.eth_call(functions.STAKING_PAUSE_ROLE, {})
    }

    sharesOf(_account: SharesOfParams["_account"]) {
        return this.eth_call(functions.sharesOf, {_account})
    }

    getTotalELRewardsCollected() {
        return this.eth_call(functions.getTotalELRewardsCollected, {})
    }
}

/// Event types
export type BeaconValidatorsUpdatedEventArgs = EParams<typeof events.BeaconValidatorsUpdated>
export type MevTxFeeReceivedEventArgs = EParams<typeof events.MevTxFeeReceived>
export type ScriptResultEventArgs = EParams<typeof events.ScriptResult>
export type RecoverToVaultEventArgs = EParams<typeof events.RecoverToVault>
export type TransferSharesEventArgs = EParams<typeof events.TransferShares>
export type SharesBurntEventArgs = EParams<typeof events.SharesBurnt>
export type StoppedEventArgs = EParams<typeof events.Stopped>
export type ResumedEventArgs = EParams<typeof events.Resumed>
export type TransferEventArgs = EParams<typeof events.Transfer>
export type ApprovalEventArgs = EParams<typeof events.Approval>
export type StakingPausedEventArgs = EParams<typeof events.StakingPaused>
export type StakingResumedEventArgs = EParams<typeof events.StakingResumed>
export type StakingLimitSetEventArgs = EParams<typeof events.StakingLimitSet>
export type StakingLimitRemovedEventArgs = EParams<typeof events.StakingLimitRemoved>
export type ProtocolContactsSetEventArgs = EParams<typeof events.ProtocolContactsSet>
export type FeeSetEventArgs = EParams<typeof events.FeeSet>
export type FeeDistributionSetEventArgs = EParams<typeof events.FeeDistributionSet>
export type ELRewardsReceivedEventArgs = EParams<typeof events.ELRewardsReceived>
export type ELRewardsWithdrawalLimitSetEventArgs = EParams<typeof events.ELRewardsWithdrawalLimitSet>
export type WithdrawalCredentialsSetEventArgs = EParams<typeof events.WithdrawalCredentialsSet>
export type ELRewardsVaultSetEventArgs = EParams<typeof events.ELRewardsVaultSet>
export type SubmittedEventArgs = EParams<typeof events.Submitted>
export type UnbufferedEventArgs = EParams<typeof events.Unbuffered>
export type WithdrawalEventArgs = EParams<typeof events.Withdrawal>
export type ETHDistributedEventArgs = EParams<typeof events.ETHDistributed>
export type TokenRebasedEventArgs = EParams<typeof events.TokenRebased>
export type WithdrawalsReceivedEventArgs = EParams<typeof events.WithdrawalsReceived>
export type CLValidatorsUpdatedEventArgs = EParams<typeof events.CLValidatorsUpdated>
export type LidoLocatorSetEventArgs = EParams<typeof events.LidoLocatorSet>

/// Function types
export type SetValidatorsNumberParams = FunctionArguments<typeof functions.setValidatorsNumber>
export type SetValidatorsNumberReturn = FunctionReturn<typeof functions.setValidatorsNumber>

export type ResumeParams = FunctionArguments<typeof functions.resume>
export type ResumeReturn = FunctionReturn<typeof functions.resume>

export type NameParams = FunctionArguments<typeof functions.name>
export type NameReturn = FunctionReturn<typeof functions.name>

export type StopParams = FunctionArguments<typeof functions.stop>
export type StopReturn = FunctionReturn<typeof functions.stop>

export type HasInitializedParams = FunctionArguments<typeof functions.hasInitialized>
export type HasInitializedReturn = FunctionReturn<typeof functions.hasInitialized>

export type ApproveParams = FunctionArguments<typeof functions.approve>
export type ApproveReturn = FunctionReturn<typeof functions.approve>

export type STAKING_CONTROL_ROLEParams = FunctionArguments<typeof functions.STAKING_CONTROL_ROLE>
export type STAKING_CONTROL_ROLEReturn = FunctionReturn<typeof functions.STAKING_CONTROL_ROLE>

export type InitializeParams = FunctionArguments<typeof functions.initialize>
export type InitializeReturn = FunctionReturn<typeof functions.initialize>

export type GetInsuranceFundParams = FunctionArguments<typeof functions.getInsuranceFund>
export type GetInsuranceFundReturn = FunctionReturn<typeof functions.getInsuranceFund>

export type TotalSupplyParams = FunctionArguments<typeof functions.totalSupply>
export type TotalSupplyReturn = FunctionReturn<typeof functions.totalSupply>

export type GetSharesByPooledEthParams = FunctionArguments<typeof functions.getSharesByPooledEth>
export type GetSharesByPooledEthReturn = FunctionReturn<typeof functions.getSharesByPooledEth>

export type IsStakingPausedParams = FunctionArguments<typeof functions.isStakingPaused>
export type IsStakingPausedReturn = FunctionReturn<typeof functions.isStakingPaused>

export type TransferFromParams = FunctionArguments<typeof functions.transferFrom>
export type TransferFromReturn = FunctionReturn<typeof functions.transferFrom>

export type GetOperatorsParams = FunctionArguments<typeof functions.getOperators>
export type GetOperatorsReturn = FunctionReturn<typeof functions.getOperators>

export type GetEVMScriptExecutorParams = FunctionArguments<typeof functions.getEVMScriptExecutor>
export type GetEVMScriptExecutorReturn = FunctionReturn<typeof functions.getEVMScriptExecutor>

export type SetStakingLimitParams = FunctionArguments<typeof functions.setStakingLimit>
export type SetStakingLimitReturn = FunctionReturn<typeof functions.setStakingLimit>

export type RESUME_ROLEParams = FunctionArguments<typeof functions.RESUME_ROLE>
export type RESUME_ROLEReturn = FunctionReturn<typeof functions.RESUME_ROLE>

export type DecimalsParams = FunctionArguments<typeof functions.decimals>
export type DecimalsReturn = FunctionReturn<typeof functions.decimals>

export type GetRecoveryVaultParams = FunctionArguments<typeof functions.getRecoveryVault>
export type GetRecoveryVaultReturn = FunctionReturn<typeof functions.getRecoveryVault>

export type DEPOSIT_ROLEParams = FunctionArguments<typeof functions.DEPOSIT_ROLE>
export type DEPOSIT_ROLEReturn = FunctionReturn<typeof functions.DEPOSIT_ROLE>

export type DEPOSIT_SIZEParams = FunctionArguments<typeof functions.DEPOSIT_SIZE>
export type DEPOSIT_SIZEReturn = FunctionReturn<typeof functions.DEPOSIT_SIZE>

export type GetTotalPooledEtherParams = FunctionArguments<typeof functions.getTotalPooledEther>
export type GetTotalPooledEtherReturn = FunctionReturn<typeof functions.getTotalPooledEther>

export type PAUSE_ROLEParams = FunctionArguments<typeof functions.PAUSE_ROLE>
export type PAUSE_ROLEReturn = FunctionReturn<typeof functions.PAUSE_ROLE>

export type IncreaseAllowanceParams = FunctionArguments<typeof functions.increaseAllowance>
export type IncreaseAllowanceReturn = FunctionReturn<typeof functions.increaseAllowance>

export type GetTreasuryParams = FunctionArguments<typeof functions.getTreasury>
export type GetTreasuryReturn = FunctionReturn<typeof functions.getTreasury>

export type IsStoppedParams = FunctionArguments<typeof functions.isStopped>
export type IsStoppedReturn = FunctionReturn<typeof functions.isStopped>

export type MANAGE_WITHDRAWAL_KEYParams = FunctionArguments<typeof functions.MANAGE_WITHDRAWAL_KEY>
export type MANAGE_WITHDRAWAL_KEYReturn = FunctionReturn<typeof functions.MANAGE_WITHDRAWAL_KEY>

export type GetBufferedEtherParams = FunctionArguments<typeof functions.getBufferedEther>
export type GetBufferedEtherReturn = FunctionReturn<typeof functions.getBufferedEther>

export type ReceiveELRewardsParams = FunctionArguments<typeof functions.receiveELRewards>
export type ReceiveELRewardsReturn = FunctionReturn<typeof functions.receiveELRewards>

export type GetELRewardsWithdrawalLimitParams = FunctionArguments<typeof functions.getELRewardsWithdrawalLimit>
export type GetELRewardsWithdrawalLimitReturn = FunctionReturn<typeof functions.getELRewardsWithdrawalLimit>

export type SIGNATURE_LENGTHParams = FunctionArguments<typeof functions.SIGNATURE_LENGTH>
export type SIGNATURE_LENGTHReturn = FunctionReturn<typeof functions.SIGNATURE_LENGTH>

export type GetWithdrawalCredentialsParams = FunctionArguments<typeof functions.getWithdrawalCredentials>
export type GetWithdrawalCredentialsReturn = FunctionReturn<typeof functions.getWithdrawalCredentials>

export type GetCurrentStakeLimitParams = FunctionArguments<typeof functions.getCurrentStakeLimit>
export type GetCurrentStakeLimitReturn = FunctionReturn<typeof functions.getCurrentStakeLimit>

export type SetELRewardsWithdrawalLimitParams = FunctionArguments<typeof functions.setELRewardsWithdrawalLimit>
export type SetELRewardsWithdrawalLimitReturn = FunctionReturn<typeof functions.setELRewardsWithdrawalLimit>

export type HandleOracleReportParams = FunctionArguments<typeof functions.handleOracleReport>
export type HandleOracleReportReturn = FunctionReturn<typeof functions.handleOracleReport>

export type GetStakeLimitFullInfoParams = FunctionArguments<typeof functions.getStakeLimitFullInfo>
export type GetStakeLimitFullInfoReturn = FunctionReturn<typeof functions.getStakeLimitFullInfo>

export type SET_EL_REWARDS_WITHDRAWAL_LIMIT_ROLEParams = FunctionArguments<typeof functions.SET_EL_REWARDS_WITHDRAWAL_LIMIT_ROLE>
export type SET_EL_REWARDS_WITHDRAWAL_LIMIT_ROLEReturn = FunctionReturn<typeof functions.SET_EL_REWARDS_WITHDRAWAL_LIMIT_ROLE>

export type GetELRewardsVaultParams = FunctionArguments<typeof functions.getELRewardsVault>
export type GetELRewardsVaultReturn = FunctionReturn<typeof functions.getELRewardsVault>

export type BalanceOfParams = FunctionArguments<typeof functions.balanceOf>
export type BalanceOfReturn = FunctionReturn<typeof functions.balanceOf>

export type ResumeStakingParams = FunctionArguments<typeof functions.resumeStaking>
export type ResumeStakingReturn = FunctionReturn<typeof functions.resumeStaking>

export type GetFeeDistributionParams = FunctionArguments<typeof functions.getFeeDistribution>
export type GetFeeDistributionReturn = FunctionReturn<typeof functions.getFeeDistribution>

export type GetPooledEthBySharesParams = FunctionArguments<typeof functions.getPooledEthByShares>
export type GetPooledEthBySharesReturn = FunctionReturn<typeof functions.getPooledEthByShares>

export type SetELRewardsVaultParams = FunctionArguments<typeof functions.setELRewardsVault>
export type SetELRewardsVaultReturn = FunctionReturn<typeof functions.setELRewardsVault>

export type AllowRecoverabilityParams = FunctionArguments<typeof functions.allowRecoverability>
export type AllowRecoverabilityReturn = FunctionReturn<typeof functions.allowRecoverability>

export type MANAGE_PROTOCOL_CONTRACTS_ROLEParams = FunctionArguments<typeof functions.MANAGE_PROTOCOL_CONTRACTS_ROLE>
export type MANAGE_PROTOCOL_CONTRACTS_ROLEReturn = FunctionReturn<typeof functions.MANAGE_PROTOCOL_CONTRACTS_ROLE>

export type AppIdParams = FunctionArguments<typeof functions.appId>
export type AppIdReturn = FunctionReturn<typeof functions.appId>

export type GetOracleParams = FunctionArguments<typeof functions.getOracle>
export type GetOracleReturn = FunctionReturn<typeof functions.getOracle>

export type GetInitializationBlockParams = FunctionArguments<typeof functions.getInitializationBlock>
export type GetInitializationBlockReturn = FunctionReturn<typeof functions.getInitializationBlock>

export type SetFeeDistributionParams = FunctionArguments<typeof functions.setFeeDistribution>
export type SetFeeDistributionReturn = FunctionReturn<typeof functions.setFeeDistribution>

export type SetFeeParams = FunctionArguments<typeof functions.setFee>
export type SetFeeReturn = FunctionReturn<typeof functions.setFee>

export type TransferSharesParams = FunctionArguments<typeof functions.transferShares>
export type TransferSharesReturn = FunctionReturn<typeof functions.transferShares>

export type DepositBufferedEtherParams_0 = FunctionArguments<typeof functions['depositBufferedEther(uint256)']>
export type DepositBufferedEtherReturn_0 = FunctionReturn<typeof functions['depositBufferedEther(uint256)']>

export type SymbolParams = FunctionArguments<typeof functions.symbol>
export type SymbolReturn = FunctionReturn<typeof functions.symbol>

export type MANAGE_FEEParams = FunctionArguments<typeof functions.MANAGE_FEE>
export type MANAGE_FEEReturn = FunctionReturn<typeof functions.MANAGE_FEE>

export type TransferToVaultParams = FunctionArguments<typeof functions.transferToVault>
export type TransferToVaultReturn = FunctionReturn<typeof functions.transferToVault>

export type CanPerformParams = FunctionArguments<typeof functions.canPerform>
export type CanPerformReturn = FunctionReturn<typeof functions.canPerform>

export type SubmitParams = FunctionArguments<typeof functions.submit>
export type SubmitReturn = FunctionReturn<typeof functions.submit>

export type WITHDRAWAL_CREDENTIALS_LENGTHParams = FunctionArguments<typeof functions.WITHDRAWAL_CREDENTIALS_LENGTH>
export type WITHDRAWAL_CREDENTIALS_LENGTHReturn = FunctionReturn<typeof functions.WITHDRAWAL_CREDENTIALS_LENGTH>

export type DecreaseAllowanceParams = FunctionArguments<typeof functions.decreaseAllowance>
export type DecreaseAllowanceReturn = FunctionReturn<typeof functions.decreaseAllowance>

export type GetEVMScriptRegistryParams = FunctionArguments<typeof functions.getEVMScriptRegistry>
export type GetEVMScriptRegistryReturn = FunctionReturn<typeof functions.getEVMScriptRegistry>

export type PUBKEY_LENGTHParams = FunctionArguments<typeof functions.PUBKEY_LENGTH>
export type PUBKEY_LENGTHReturn = FunctionReturn<typeof functions.PUBKEY_LENGTH>

export type SET_EL_REWARDS_VAULT_ROLEParams = FunctionArguments<typeof functions.SET_EL_REWARDS_VAULT_ROLE>
export type SET_EL_REWARDS_VAULT_ROLEReturn = FunctionReturn<typeof functions.SET_EL_REWARDS_VAULT_ROLE>

export type TransferParams = FunctionArguments<typeof functions.transfer>
export type TransferReturn = FunctionReturn<typeof functions.transfer>

export type GetDepositContractParams = FunctionArguments<typeof functions.getDepositContract>
export type GetDepositContractReturn = FunctionReturn<typeof functions.getDepositContract>

export type GetBeaconStatParams = FunctionArguments<typeof functions.getBeaconStat>
export type GetBeaconStatReturn = FunctionReturn<typeof functions.getBeaconStat>

export type RemoveStakingLimitParams = FunctionArguments<typeof functions.removeStakingLimit>
export type RemoveStakingLimitReturn = FunctionReturn<typeof functions.removeStakingLimit>

export type BURN_ROLEParams = FunctionArguments<typeof functions.BURN_ROLE>
export type BURN_ROLEReturn = FunctionReturn<typeof functions.BURN_ROLE>

export type GetFeeParams = FunctionArguments<typeof functions.getFee>
export type GetFeeReturn = FunctionReturn<typeof functions.getFee>

export type KernelParams = FunctionArguments<typeof functions.kernel>
export type KernelReturn = FunctionReturn<typeof functions.kernel>

export type GetTotalSharesParams = FunctionArguments<typeof functions.getTotalShares>
export type GetTotalSharesReturn = FunctionReturn<typeof functions.getTotalShares>

export type AllowanceParams = FunctionArguments<typeof functions.allowance>
export type AllowanceReturn = FunctionReturn<typeof functions.allowance>

export type IsPetrifiedParams = FunctionArguments<typeof functions.isPetrified>
export type IsPetrifiedReturn = FunctionReturn<typeof functions.isPetrified>

export type SetProtocolContractsParams = FunctionArguments<typeof functions.setProtocolContracts>
export type SetProtocolContractsReturn = FunctionReturn<typeof functions.setProtocolContracts>

export type SetWithdrawalCredentialsParams = FunctionArguments<typeof functions.setWithdrawalCredentials>
export type SetWithdrawalCredentialsReturn = FunctionReturn<typeof functions.setWithdrawalCredentials>

export type STAKING_PAUSE_ROLEParams = FunctionArguments<typeof functions.STAKING_PAUSE_ROLE>
export type STAKING_PAUSE_ROLEReturn = FunctionReturn<typeof functions.STAKING_PAUSE_ROLE>

export type DepositBufferedEtherParams_1 = FunctionArguments<typeof functions['depositBufferedEther()']>
export type DepositBufferedEtherReturn_1 = FunctionReturn<typeof functions['depositBufferedEther()']>

export type BurnSharesParams = FunctionArguments<typeof functions.burnShares>
export type BurnSharesReturn = FunctionReturn<typeof functions.burnShares>

export type SharesOfParams = FunctionArguments<typeof functions.sharesOf>
export type SharesOfReturn = FunctionReturn<typeof functions.sharesOf>

export type PauseStakingParams = FunctionArguments<typeof functions.pauseStaking>
export type PauseStakingReturn = FunctionReturn<typeof functions.pauseStaking>

export type GetTotalELRewardsCollectedParams = FunctionArguments<typeof functions.getTotalELRewardsCollected>
export type GetTotalELRewardsCollectedReturn = FunctionReturn<typeof functions.getTotalELRewardsCollected>

