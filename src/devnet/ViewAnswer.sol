// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

// The devnet's stand-in for the protocols' view functions: placed with anvil_setCode at a real mainnet address,
// it answers any call with the bytes a test wrote into its storage for exactly that calldata (selector and
// arguments). Storage slot keccak256(calldata) holds the answer's length + 1 (0: no answer, the call reverts as
// a call to a function the contract does not have); slots keccak256(calldata) + 1, + 2, ... hold its 32-byte
// words. Compiled with solc 0.8.28 (optimizer on, 200 runs); the runtime bytecode is VIEW_ANSWER_BYTECODE in
// view-answer.ts, checked against this source by test/unit/devnet-bytecode.test.ts (which prints it anew).
contract ViewAnswer {
    fallback() external {
        assembly {
            calldatacopy(0, 0, calldatasize())
            let slot := keccak256(0, calldatasize())
            let stored := sload(slot)
            if iszero(stored) { revert(0, 0) }
            let size := sub(stored, 1)
            for { let i := 0 } lt(mul(i, 32), size) { i := add(i, 1) } {
                mstore(mul(i, 32), sload(add(slot, add(i, 1))))
            }
            return(0, size)
        }
    }
}
