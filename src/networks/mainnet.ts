import {AddressBook, Contract, VersionedContract} from './types'

// Source of every value here: abi/CONTRACTS.md (copied into this module's comments where it matters).
// Start blocks are deployment blocks or the startBlock of a production indexer; where CONTRACTS.md knows no
// block for a Rocket Pool release, the address starts at Rocket Pool's launch (13325233): a contract emits
// nothing before it exists, so an early start only costs a filtered range, never a wrong record.

const c = (address: string, startBlock: number): Contract => ({address: address.toLowerCase(), startBlock})
const v = (version: string, address: string, startBlock: number): VersionedContract => ({
    version,
    ...c(address, startBlock),
})

const LIDO_V1 = 11473216
const RP_LAUNCH = 13325233
const EL_M1 = 17445559

export const mainnet: AddressBook = {
    name: 'mainnet',
    lido: {
        steth: c('0xae7ab96520DE3A18E5e111B5EaAb095312D7fE84', LIDO_V1),
        wsteth: c('0x7f39C581F595B53c5cb19bD0b3f8dA6c935E2Ca0', 11888477),
        withdrawalQueue: c('0x889edC2eDab5f40e902b864aD4d7AdE8E412F9B1', 17175000),
        legacyOracle: c('0x442af784A788A5bd6F42A01Ebe9F287a871243fb', LIDO_V1),
        accountingOracle: c('0x852deD011285fe67063a08005c71a85690503Cee', 17175000),
        nodeOperatorRegistries: [
            {module: 'curated', ...c('0x55032650b14df07b85bF18A3a3eC8E0Af2e028d5', LIDO_V1)},
            {module: 'simpleDvt', ...c('0xaE7B191A31f627b4eB1d4DaC64eaB9976995b433', 21043699)},
        ],
        burners: [
            v('v2', '0xD15a672319Cf0352560eE76d9e89eAB0889046D3', 17266004),
            v('v3', '0xE76c52750019b80B43E36DF30bf4060EB73F573a', 23938902),
        ],
        stakingRouter: c('0xFdDf38947aFB03C621C71b06C9C70bce73f12999', 17175000),
        eras: {v1: LIDO_V1, transferShares: 14860268, v2: 17266004, csm: 21043699, v3: 23938902},
    },
    rocketPool: {
        storage: c('0x1d8f8f00cfa6758d7bE78336684788Fb0ee0Fa46', RP_LAUNCH),
        vault: c('0x3bDC69C4E5e13E52A65f5583c23EFB9636b469d6', RP_LAUNCH),
        reth: c('0xae78736Cd615f374D3085123A210448E74Fc6393', 13325300),
        depositPools: [
            v('v1.0', '0x4D05E3d48a938db4b7a9A59A802D5b45011BDe58', RP_LAUNCH),
            v('v1.1', '0x2cac916b2A963Bf162f076C0a8a4a8200BCFBfb4', RP_LAUNCH),
            v('v1.2', '0xDD3f50F8A6CafbE9b31a427582963f465E745AF8', 17002372),
            v('v1.4', '0xCE15294273CFb9D9b628F4D61636623decDF4fdC', 17002372),
        ],
        networkBalances: [
            v('v1.0', '0x138313f102cE9a0662F826fCA977E3ab4D6e5539', 13325250),
            v('v1.2', '0x07FCaBCbe4ff0d80c2b1eb42855C0131b6cba2F4', 17002382),
            v('v1.3', '0x6Cc65bF618F55ce2433f9D8d827Fc44117D81399', 17002382),
            v('v1.4', '0x1D9F14C6Bfd8358b589964baD8665AdD248E9473', 17002382),
        ],
        nodeStakings: [
            v('v1.0', '0x3019227b2b8493e45Bf5d25302139c9a2713BF15', 13325267),
            v('v1.1', '0xA73ec45Fe405B5BFCdC0bF4cbc9014Bb32a01cd2', 13325267),
            v('v1.2', '0x0d8D8f8541B12A0e1194B7CC4b6D954b90AB82ec', 17002373),
            v('v1.3', '0x0e29ba1155ce103a07118c8912da44b0507a982d', 17002373),
            v('v1.3.1', '0xF18Dc176C10Ff6D8b5A17974126D43301F8EEB95', 17002373),
            v('v1.4', '0xedFc7DCaE43fF954577a2875a9D805874490eE3E', 17002373),
        ],
        minipoolManagers: [
            v('v1.0', '0xFc1a4a1eaF9e80FA5380ce45d9D12bdF7A81ca18', 13325241),
            v('v1.0b', '0x6293B8abC1F36aFB22406Be5f96D893072A8cF3a', 13535419),
            v('v1.1', '0x84D11B65E026F7aA08F5497dd3593fb083410B71', 15342719),
            v('v1.2', '0x6d010C43d4e96D74C422f2e27370AF48711B49bF', 17002372),
            v('v1.3', '0x09fbce43e4021a3f69c4599ff00362b83eda501e', 17002372),
            v('v1.3.1', '0xF82991Bd8976c243eB3b7CDDc52AB0Fc8dc1246C', 17002372),
            v('v1.4', '0xe54B8C641fd96dE5D6747f47C19964c6b824D62C', 17002372),
        ],
        nodeManagers: [
            v('v1.0', '0x4477Fbf4Af5b34E49662d9217681a763dDc0a322', 13325266),
            v('v1.1', '0x372236c940f572020c0c0eB1Ac7212460e4E5a33', 15786583),
            v('v1.2', '0x89F478E6Cc24f052103628f36598D4C14Da3D287', 17002372),
            v('v1.3', '0x2b52479F6ea009907e46fc43e91064D1b92Fdc86', 17002372),
            v('v1.4', '0xcf2d76A7499d3acB5A22ce83c027651e8d76e250', 17002372),
        ],
        networkPenalties: [
            v('v1.1', '0x9294Fc6F03c64Cc217f5BE8697EA3Ed2De77e2F8', RP_LAUNCH),
            v('v1.4', '0xeD0493DE30e82bE7C16C8925C7204CE9D1136B3a', 17002372),
        ],
        megapoolFactory: c('0xD5bffeaa9f373B9C367132772FAA0b88e3F0E38b', 17002372),
        megapoolManager: c('0xf2CCd522Ba5fFEda28fe0389963845D61F342034', 17002372),
        megapoolPenalties: c('0xa2afC3C2d8ea4eBdbE925cADe17c29517630e6aB', 17002372),
    },
    eigenLayer: {
        strategyManager: c('0x858646372CC42E1A627fcE94aa7A7033e7CF075A', EL_M1),
        delegationManager: c('0x39053D51B77DC0d36036Fc1fCc8Cb819df8Ef37A', EL_M1),
        eigenPodManager: c('0x91E677b07F7AF907ec9a428aafA9fc14a0d3A338', EL_M1),
        eigenPodBeacon: '0x5a2a4f2f3c18f09179b6703e63d9edd165909073',
        delayedWithdrawalRouter: c('0x7Fe7E9CC0F274d2435AD5d56D5fa73E47F6A23D8', EL_M1),
        allocationManager: c('0x948a420b8CC1d6BFd0B6087C2E7c344a2CD0bc39', 22218956),
        rewardsCoordinator: c('0x7750d328b314EfFa365A0402CcfD489B80B0adda', 20341793),
        avsDirectory: c('0x135dda560e946695d6f155dacafc6f1f25c1f5af', 19492753),
        strategyFactory: c('0x5e4C39Ad7A3E881585e383dB9827EB4811f6F647', EL_M1),
        strategies: [
            ['cbETH', '0x54945180dB7943c0ed0FEE7EdaB2Bd24620256bc', '0xBe9895146f7AF43049ca1c1AE358B0541Ea49704'],
            ['stETH', '0x93c4b944D05dfe6df7645A86cd2206016c51564D', '0xae7ab96520DE3A18E5e111B5EaAb095312D7fE84'],
            ['rETH', '0x1BeE69b7dFFfA4E2d53C2a2Df135C388AD25dCD2', '0xae78736Cd615f374D3085123A210448E74Fc6393'],
            ['ETHx', '0x9d7eD45EE2E8FC5482fa2428f15C971e6369011d', null],
            ['ankrETH', '0x13760F50a9d7377e4F20CB8CF9e4c26586c658ff', null],
            ['OETH', '0xa4C637e0F704745D182e4D38cAb7E7485321d059', null],
            ['osETH', '0x57ba429517c3473B6d34CA9aCd56c0e735b94c02', null],
            // swETH: the token of a real 4-field Deposit log (test/fixtures/real-logs, block 18814825; StrategyBase
            // takes only its underlying token)
            ['swETH', '0x0Fe4F44beE93503346A3Ac9EE5A26b130a5796d6', '0xf951E335afb289353dc249e82926178EaC7DEd78'],
            ['wBETH', '0x7CA911E83dabf90C90dD3De5411a10F1A6112184', null],
            ['sfrxETH', '0x8CA7A5d6f3acd3A7A8bC468a8CD0FB14B6BD28b6', null],
            ['lsETH', '0xAe60d8180437b5C34bB956822ac2710972584473', null],
            ['mETH', '0x298aFB19A105D59E74658C4C334Ff360BadE6dd2', null],
            // the EIGEN strategy (EigenStrategy) holds bEIGEN and also takes EIGEN 0xec53bF91..., which it unwraps
            // (eigenlayer-contracts v1.9.0 script/configs/mainnet.json: token.bEIGEN.proxy, token.EIGEN.proxy)
            ['EIGEN', '0xaCB55C530Acdb2849e6d4f36992Cd8c9D50ED8F7', '0x83E9115d334D248Ce39a6f36144aEaB5b3456e75'],
        ].map(([symbol, address, underlying]) => ({
            symbol: symbol!,
            ...c(address!, EL_M1),
            underlyingToken: underlying ? underlying.toLowerCase() : null,
        })),
        beaconChainEthStrategy: '0xbeac0eeeeeeeeeeeeeeeeeeeeeeeeeeeeeebeac0',
        // StrategyManagerStorage.DEFAULT_BURN_ADDRESS (slashing release on)
        defaultBurnAddress: '0x00000000000000000000000000000000000e16e4',
    },
}
