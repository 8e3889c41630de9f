// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

// The devnet's stand-in for every protocol contract: placed with anvil_setCode at the real mainnet addresses,
// it emits whatever log it is told to, so replayed mainnet logs (and scenario logs encoded with the real ABIs)
// come from the real addresses. Compiled with solc 0.8.28 (optimizer on, 200 runs); the bytecode is in
// emitter.ts, checked against this source by test/unit/devnet-bytecode.test.ts (which prints it anew).
contract LogEmitter {
    /// Emits one log from this address: topics[0] is the event's topic0 (0 to 4 topics).
    function emitLog(bytes32[] calldata topics, bytes calldata data) public {
        bytes memory d = data;
        uint256 n = topics.length;
        require(n <= 4, "too many topics");
        assembly {
            let p := add(d, 32)
            let len := mload(d)
            switch n
            case 0 { log0(p, len) }
            case 1 { log1(p, len, calldataload(topics.offset)) }
            case 2 { log2(p, len, calldataload(topics.offset), calldataload(add(topics.offset, 32))) }
            case 3 {
                log3(p, len, calldataload(topics.offset), calldataload(add(topics.offset, 32)),
                    calldataload(add(topics.offset, 64)))
            }
            default {
                log4(p, len, calldataload(topics.offset), calldataload(add(topics.offset, 32)),
                    calldataload(add(topics.offset, 64)), calldataload(add(topics.offset, 96)))
            }
        }
    }

    /// Emits several logs in one transaction, each from its own address (every address holds this code), in
    /// order: one user action spanning several contracts (stETH Submitted + TransferShares, Rocket Pool
    /// DepositReceived + TokensMinted) lands in one transaction as on mainnet.
    function emitMany(address[] calldata emitters, bytes32[][] calldata topics, bytes[] calldata data) external {
        for (uint256 i = 0; i < emitters.length; i++) {
            if (emitters[i] == address(this)) {
                emitLog(topics[i], data[i]);
            } else {
                LogEmitter(emitters[i]).emitLog(topics[i], data[i]);
            }
        }
    }
}
