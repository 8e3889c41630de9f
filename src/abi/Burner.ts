import * as p from '@subsquid/evm-codec'
import { event, fun, viewFun, indexed, ContractBase } from '@subsquid/evm-abi'
import type { EventParams as EParams, FunctionArguments, FunctionReturn } from '@subsquid/evm-abi'

export const events = {
    ContractVersionSet: event("0xfddcded6b4f4730c226821172046b48372d3cd963c159701ae1b7c3bcac541bb", "ContractVersionSet(uint256)", {"version": p.uint256}),
    ERC20Recovered: event("0xaca8fb252cde442184e5f10e0f2e6e4029e8cd7717cae63559079610702436aa", "ERC20Recovered(address,address,uint256)", {"requestedBy": indexed(p.address), "token": indexed(p.address), "amount": p.uint256}),
    ERC721Recovered: event("0x6a30e6784464f0d1f4158aa4cb65ae9239b0fa87c7f2c083ee6dde44ba97b5e6", "ERC721Recovered(address,address,uint256)", {"requestedBy": indexed(p.address), "token": indexed(p.address), "tokenId": p.uint256}),
    ExcessStETHRecovered: event("0xea28a36ccbf8c2eba827a529927f2e445c651d9a04a393ea79d71ea29c508483", "ExcessStETHRecovered(address,uint256,uint256)", {"requestedBy": indexed(p.address), "amountOfStETH": p.uint256, "amountOfShares": p.uint256}),
    RoleAdminChanged: event("0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff", "RoleAdminChanged(bytes32,bytes32,bytes32)", {"role": indexed(p.bytes32), "previousAdminRole": indexed(p.bytes32), "newAdminRole": indexed(p.bytes32)}),
    RoleGranted: event("0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d", "RoleGranted(bytes32,address,address)", {"role": indexed(p.bytes32), "account": indexed(p.address), "sender": indexed(p.address)}),
    RoleRevoked: event("0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b", "RoleRevoked(bytes32,address,address)", {"role": indexed(p.bytes32), "account": indexed(p.address), "sender": indexed(p.address)}),
    StETHBurnRequested: event("0xd2282bfa24f3803076af0953f1ed987d0e45edacdc20d6dce52337b1c4588cdb", "StETHBurnRequested(bool,address,uint256,uint256)", {"isCover": indexed(p.bool), "requestedBy": indexed(p.address), "amountOfStETH": p.uint256, "amountOfShares": p.uint256}),
    StETHBurnt: event("0x8959e4c88e5192ecbc28d08be97f24786bf591eb1d1848ce23e17e1b2271e863", "StETHBurnt(bool,uint256,uint256)", {"isCover": indexed(p.bool), "amountOfStETH": p.uint256, "amountOfShares": p.uint256}),
}

export const functions = {
    DEFAULT_ADMIN_ROLE: viewFun("0xa217fddf", "DEFAULT_ADMIN_ROLE()", {}, p.bytes32),
    LIDO: viewFun("0x8b21f170", "LIDO()", {}, p.address),
    LOCATOR: viewFun("0x57a78289", "LOCATOR()", {}, p.address),
    REQUEST_BURN_MY_STETH_ROLE: viewFun("0xb4c5075c", "REQUEST_BURN_MY_STETH_ROLE()", {}, p.bytes32),
    REQUEST_BURN_SHARES_ROLE: viewFun("0xcdf1c38c", "REQUEST_BURN_SHARES_ROLE()", {}, p.bytes32),
    commitSharesToBurn: fun("0x636e6b66", "commitSharesToBurn(uint256)", {"_sharesToBurn": p.uint256}, ),
    getContractVersion: viewFun("0x8aa10435", "getContractVersion()", {}, p.uint256),
    getCoverSharesBurnt: viewFun("0xd03601f0", "getCoverSharesBurnt()", {}, p.uint256),
    getExcessStETH: viewFun("0xed694dfe", "getExcessStETH()", {}, p.uint256),
    getNonCoverSharesBurnt: viewFun("0x7763bca6", "getNonCoverSharesBurnt()", {}, p.uint256),
    getRoleAdmin: viewFun("0x248a9ca3", "getRoleAdmin(bytes32)", {"role": p.bytes32}, p.bytes32),
    getRoleMember: viewFun("0x9010d07c", "getRoleMember(bytes32,uint256)", {"role": p.bytes32, "index": p.uint256}, p.address),
    getRoleMemberCount: viewFun("0xca15c873", "getRoleMemberCount(bytes32)", {"role": p.bytes32}, p.uint256),
    getSharesRequestedToBurn: viewFun("0x2a369d1a", "getSharesRequestedToBurn()", {}, {"coverShares": p.uint256, "nonCoverShares": p.uint256}),
    grantRole: fun("0x2f2ff15d", "grantRole(bytes32,address)", {"role": p.bytes32, "account": p.address}, ),
    hasRole: viewFun("0x91d14854", "hasRole(bytes32,address)", {"role": p.bytes32, "account": p.address}, p.bool),
    initialize: fun("0x400ada75", "initialize(address,bool)", {"_admin": p.address, "_isMigrationAllowed": p.bool}, ),
    isMigrationAllowed: viewFun("0x3a25823e", "isMigrationAllowed()", {}, p.bool),
    migrate: fun("0xce5494bb", "migrate(address)", {"_oldBurner": p.address}, ),
    recoverERC20: fun("0x8980f11f", "recoverERC20(address,uint256)", {"_token": p.address, "_amount": p.uint256}, ),
    recoverERC721: fun("0x819d4cc6", "recoverERC721(address,uint256)", {"_token": p.address, "_tokenId": p.uint256}, ),
    recoverExcessStETH: fun("0x32b976f3", "recoverExcessStETH()", {}, ),
    renounceRole: fun("0x36568abe", "renounceRole(bytes32,address)", {"role": p.bytes32, "account": p.address}, ),
    requestBurnMyShares: fun("0x85d0e5de", "requestBurnMyShares(uint256)", {"_sharesAmountToBurn": p.uint256}, ),
    requestBurnMyStETH: fun("0x5d016268", "requestBurnMyStETH(uint256)", {"_stETHAmountToBurn": p.uint256}, ),
    requestBurnMyStETHForCover: fun("0xef5d201d", "requestBurnMyStETHForCover(uint256)", {"_stETHAmountToBurn": p.uint256}, ),
    requestBurnShares: fun("0x46114928", "requestBurnShares(address,uint256)", {"_from": p.address, "_sharesAmountToBurn": p.uint256}, ),
    requestBurnSharesForCover: fun("0x51237451", "requestBurnSharesForCover(address,uint256)", {"_from": p.address, "_sharesAmountToBurn": p.uint256}, ),
    revokeRole: fun("0xd547741f", "revokeRole(bytes32,address)", {"role": p.bytes32, "account": p.address}, ),
    supportsInterface: viewFun("0x01ffc9a7", "supportsInterface(bytes4)", {"interfaceId": p.bytes4}, p.bool),
}

export class Contract extends ContractBase {

    DEFAULT_ADMIN_ROLE() {
        return this.eth_call(functions.DEFAULT_ADMIN_ROLE, {})
    }

    LIDO() {
        return this.eth_call(functions.LIDO, {})
    }

    LOCATOR() {
        return this.eth_call(functions.LOCATOR, {})
    }

    REQUEST_BURN_MY_STETH_ROLE() {
        return this.eth_call(functions.REQUEST_BURN_MY_STETH_ROLE, {})
    }

    REQUEST_BURN_SHARES_ROLE() {
        return this.eth_call(functions.REQUEST_BURN_SHARES_ROLE, {})
    }

    getContractVersion() {
        return this.eth_call(functions.getContractVersion, {})
    }

    getCoverSharesBurnt() {
        return this.eth_call(functions.getCoverSharesBurnt, {})
    }

    getExcessStETH() {
        return this.eth_call(functions.getExcessStETH, {})
    }

    getNonCoverSharesBurnt() {
        return this.eth_call(functions.getNonCoverSharesBurnt, {})
    }

    getRoleAdmin(role: GetRoleAdminParams["role"]) {
        return this.eth_call(functions.getRoleAdmin, {role})
    }

    getRoleMember(role: GetRoleMemberParams["role"], index: GetRoleMemberParams["index"]) {
        return this.eth_call(functions.getRoleMember, {role, index})
    }

    getRoleMemberCount(role: GetRoleMemberCountParams["role"]) {
        return this.eth_call(functions.getRoleMemberCount, {role})
    }

    getSharesRequestedToBurn() {
        return this.eth_call(functions.getSharesRequestedToBurn, {})
    }

    hasRole(role: HasRoleParams["role"], account: HasRoleParams["account"]) {
        return this.eth_call(functions.hasRole, {role, account})
    }

    isMigrationAllowed() {
        return this.eth_call(functions.isMigrationAllowed, {})
    }

    supportsInterface(interfaceId: SupportsInterfaceParams["interfaceId"]) {
        return this.eth_call(functions.supportsInterface, {interfaceId})
    }
}

/// Event types
export type ContractVersionSetEventArgs = EParams<typeof events.ContractVersionSet>
export type ERC20RecoveredEventArgs = EParams<typeof events.ERC20Recovered>
export type ERC721RecoveredEventArgs = EParams<typeof events.ERC721Recovered>
export type ExcessStETHRecoveredEventArgs = EParams<typeof events.ExcessStETHRecovered>
export type RoleAdminChangedEventArgs = EParams<typeof events.RoleAdminChanged>
export type RoleGrantedEventArgs = EParams<typeof events.RoleGranted>
export type RoleRevokedEventArgs = EParams<typeof events.RoleRevoked>
export type StETHBurnRequestedEventArgs = EParams<typeof events.StETHBurnRequested>
export type StETHBurntEventArgs = EParams<typeof events.StETHBurnt>

/// Function types
export type DEFAULT_ADMIN_ROLEParams = FunctionArguments<typeof functions.DEFAULT_ADMIN_ROLE>
export type DEFAULT_ADMIN_ROLEReturn = FunctionReturn<typeof functions.DEFAULT_ADMIN_ROLE>

export type LIDOParams = FunctionArguments<typeof functions.LIDO>
export type LIDOReturn = FunctionReturn<typeof functions.LIDO>

export type LOCATORParams = FunctionArguments<typeof functions.LOCATOR>
export type LOCATORReturn = FunctionReturn<typeof functions.LOCATOR>

export type REQUEST_BURN_MY_STETH_ROLEParams = FunctionArguments<typeof functions.REQUEST_BURN_MY_STETH_ROLE>
export type REQUEST_BURN_MY_STETH_ROLEReturn = FunctionReturn<typeof functions.REQUEST_BURN_MY_STETH_ROLE>

export type REQUEST_BURN_SHARES_ROLEParams = FunctionArguments<typeof functions.REQUEST_BURN_SHARES_ROLE>
export type REQUEST_BURN_SHARES_ROLEReturn = FunctionReturn<typeof functions.REQUEST_BURN_SHARES_ROLE>

export type CommitSharesToBurnParams = FunctionArguments<typeof functions.commitSharesToBurn>
export type CommitSharesToBurnReturn = FunctionReturn<typeof functions.commitSharesToBurn>

export type GetContractVersionParams = FunctionArguments<typeof functions.getContractVersion>
export type GetContractVersionReturn = FunctionReturn<typeof functions.getContractVersion>

export type GetCoverSharesBurntParams = FunctionArguments<typeof functions.getCoverSharesBurnt>
export type GetCoverSharesBurntReturn = FunctionReturn<typeof functions.getCoverSharesBurnt>

export type GetExcessStETHParams = FunctionArguments<typeof functions.getExcessStETH>
export type GetExcessStETHReturn = FunctionReturn<typeof functions.getExcessStETH>

export type GetNonCoverSharesBurntParams = FunctionArguments<typeof functions.getNonCoverSharesBurnt>
export type GetNonCoverSharesBurntReturn = FunctionReturn<typeof functions.getNonCoverSharesBurnt>

export type GetRoleAdminParams = FunctionArguments<typeof functions.getRoleAdmin>
export type GetRoleAdminReturn = FunctionReturn<typeof functions.getRoleAdmin>

export type GetRoleMemberParams = FunctionArguments<typeof functions.getRoleMember>
export type GetRoleMemberReturn = FunctionReturn<typeof functions.getRoleMember>

export type GetRoleMemberCountParams = FunctionArguments<typeof functions.getRoleMemberCount>
export type GetRoleMemberCountReturn = FunctionReturn<typeof functions.getRoleMemberCount>

export type GetSharesRequestedToBurnParams = FunctionArguments<typeof functions.getSharesRequestedToBurn>
export type GetSharesRequestedToBurnReturn = FunctionReturn<typeof functions.getSharesRequestedToBurn>

export type GrantRoleParams = FunctionArguments<typeof functions.grantRole>
export type GrantRoleReturn = FunctionReturn<typeof functions.grantRole>

export type HasRoleParams = FunctionArguments<typeof functions.hasRole>
export type HasRoleReturn = FunctionReturn<typeof functions.hasRole>

export type InitializeParams = FunctionArguments<typeof functions.initialize>
export type InitializeReturn = FunctionReturn<typeof functions.initialize>

export type IsMigrationAllowedParams = FunctionArguments<typeof functions.isMigrationAllowed>
export type IsMigrationAllowedReturn = FunctionReturn<typeof functions.isMigrationAllowed>

export type MigrateParams = FunctionArguments<typeof functions.migrate>
export type MigrateReturn = FunctionReturn<typeof functions.migrate>

export type RecoverERC20Params = FunctionArguments<typeof functions.recoverERC20>
export type RecoverERC20Return = FunctionReturn<typeof functions.recoverERC20>

export type RecoverERC721Params = FunctionArguments<typeof functions.recoverERC721>
export type RecoverERC721Return = FunctionReturn<typeof functions.recoverERC721>

export type RecoverExcessStETHParams = FunctionArguments<typeof functions.recoverExcessStETH>
export type RecoverExcessStETHReturn = FunctionReturn<typeof functions.recoverExcessStETH>

export type RenounceRoleParams = FunctionArguments<typeof functions.renounceRole>
export type RenounceRoleReturn = FunctionReturn<typeof functions.renounceRole>

export type RequestBurnMySharesParams = FunctionArguments<typeof functions.requestBurnMyShares>
export type RequestBurnMySharesReturn = FunctionReturn<typeof functions.requestBurnMyShares>

export type RequestBurnMyStETHParams = FunctionArguments<typeof functions.requestBurnMyStETH>
export type RequestBurnMyStETHReturn = FunctionReturn<typeof functions.requestBurnMyStETH>

export type RequestBurnMyStETHForCoverParams = FunctionArguments<typeof functions.requestBurnMyStETHForCover>
export type RequestBurnMyStETHForCoverReturn = FunctionReturn<typeof functions.requestBurnMyStETHForCover>

export type RequestBurnSharesParams = FunctionArguments<typeof functions.requestBurnShares>
export type RequestBurnSharesReturn = FunctionReturn<typeof functions.requestBurnShares>

export type RequestBurnSharesForCoverParams = FunctionArguments<typeof functions.requestBurnSharesForCover>
export type RequestBurnSharesForCoverReturn = FunctionReturn<typeof functions.requestBurnSharesForCover>

export type RevokeRoleParams = FunctionArguments<typeof functions.revokeRole>
export type RevokeRoleReturn = FunctionReturn<typeof functions.revokeRole>

export type SupportsInterfaceParams = FunctionArguments<typeof functions.supportsInterface>
export type SupportsInterfaceReturn = FunctionReturn<typeof functions.supportsInterface>

