/**
 * The network table: the four Lighter deployments (docs/protocol/networks.md#hosts-and-chain-ids).
 * Lighter runs two separate exchanges (Lighter and Lighter on Robinhood Chain), each with a mainnet
 * and a testnet. Accounts, keys, nonces and market ids do not carry over between them, and the two
 * testnets both sign with chain id 300, so a deployment is identified by its `networkId`, never by its
 * chain id or by its URL (docs/protocol/networks.md#hosts-and-chain-ids).
 *
 * Zod-free on purpose: the signer reads this table through `@lighter-ts/models/constants`.
 */

/**
 * L2 chain id signed into every tx hash (docs/protocol/signing.md). Both testnets use 300.
 *
 * @example
 * import { CHAIN_ID } from '@lighter-ts/models/constants';
 * CHAIN_ID.ROBINHOOD_MAINNET; // 466324
 * @throws never (a constant)
 */
export const CHAIN_ID = {
  MAINNET: 304,
  TESTNET: 300,
  ROBINHOOD_MAINNET: 466324,
  ROBINHOOD_TESTNET: 300,
} as const;
/** Union of {@link CHAIN_ID} values. */
export type ChainId = (typeof CHAIN_ID)[keyof typeof CHAIN_ID];

/** The settlement asset of a deployment (asset index 3, 6 decimals on every known deployment). */
export interface CollateralAsset {
  /** `USDC` on Lighter, `USDG` on Robinhood Chain. */
  readonly symbol: string;
  readonly assetIndex: number;
  readonly decimals: number;
}

/**
 * One Lighter deployment. A named entry of {@link NETWORKS} or a {@link customNetwork} (a simulator,
 * a gateway, or a named network with its hosts overridden).
 */
export interface Network {
  /** Stable identity, distinct per deployment: what signed txs and auth tokens are bound to. */
  readonly networkId: string;
  /** Human name for messages, e.g. `Lighter on Robinhood Chain testnet`. */
  readonly displayName: string;
  /** REST origin without a trailing slash, e.g. `https://api.rh.lighter.xyz`. */
  readonly httpUrl: string;
  /** WebSocket URL, e.g. `wss://api.rh.lighter.xyz/stream`. */
  readonly wsUrl: string;
  /** L2 chain id signed into every tx (304, 300 or 466324). */
  readonly chainId: number;
  /** Chain id of the L1 the deployment settles on; undefined where no public source states it. */
  readonly l1ChainId: number | undefined;
  /** Bridge (rollup) contract on the L1; undefined where no public source states it. */
  readonly l1Contract: string | undefined;
  readonly collateral: CollateralAsset;
  /** True for deployments that hold real funds (the canary demands `--yes` and a notional cap). */
  readonly isMainnet: boolean;
}

/**
 * USDC, the collateral of the Lighter networks: asset 3 with 6 decimals (docs/protocol/networks.md#hosts-and-chain-ids).
 *
 * @example
 * import { USDC } from '@lighter-ts/models/constants';
 * USDC.decimals; // 6
 * @throws never (a constant)
 */
export const USDC: CollateralAsset = { symbol: 'USDC', assetIndex: 3, decimals: 6 };
const USDG: CollateralAsset = { symbol: 'USDG', assetIndex: 3, decimals: 6 };

/**
 * The four Lighter deployments, keyed by `networkId` (docs/protocol/networks.md#hosts-and-chain-ids).
 * Unknown facts are `undefined` rather than guessed: the Lighter testnet's L1 and contract and the
 * Robinhood testnet's contract are not published; the Robinhood testnet's L1 (46630) is Robinhood's
 * own testnet chain id (https://docs.robinhood.com/chain/connecting).
 *
 * @example
 * import { NETWORKS } from '@lighter-ts/models/constants';
 * NETWORKS['robinhood-mainnet'].collateral.symbol; // 'USDG'
 * @throws never (a constant)
 */
export const NETWORKS = {
  'lighter-mainnet': {
    networkId: 'lighter-mainnet',
    displayName: 'Lighter mainnet',
    httpUrl: 'https://mainnet.zklighter.elliot.ai',
    wsUrl: 'wss://mainnet.zklighter.elliot.ai/stream',
    chainId: 304,
    l1ChainId: 1,
    l1Contract: '0x3B4D794a66304F130a4Db8F2551B0070dfCf5ca7',
    collateral: USDC,
    isMainnet: true,
  },
  'lighter-testnet': {
    networkId: 'lighter-testnet',
    displayName: 'Lighter testnet',
    // The official docs still name this host; lighter-python >= 1.2.0 moved to api.testnet.lighter.xyz.
    // Override it with customNetwork({ ...NETWORKS['lighter-testnet'], httpUrl, wsUrl }) if it moves.
    httpUrl: 'https://testnet.zklighter.elliot.ai',
    wsUrl: 'wss://testnet.zklighter.elliot.ai/stream',
    chainId: 300,
    l1ChainId: undefined,
    l1Contract: undefined,
    collateral: USDC,
    isMainnet: false,
  },
  'robinhood-mainnet': {
    networkId: 'robinhood-mainnet',
    displayName: 'Lighter on Robinhood Chain',
    httpUrl: 'https://api.rh.lighter.xyz',
    wsUrl: 'wss://api.rh.lighter.xyz/stream',
    chainId: 466324,
    l1ChainId: 4663,
    l1Contract: '0x94bAB9693Ba2f6358507eFfcbd372b0660AFfF9d',
    collateral: USDG,
    isMainnet: true,
  },
  'robinhood-testnet': {
    networkId: 'robinhood-testnet',
    displayName: 'Lighter on Robinhood Chain testnet',
    httpUrl: 'https://api.rh-testnet.lighter.xyz',
    wsUrl: 'wss://api.rh-testnet.lighter.xyz/stream',
    chainId: 300,
    l1ChainId: 46630,
    l1Contract: undefined,
    collateral: USDG,
    isMainnet: false,
  },
} as const satisfies Record<string, Network>;

/** Identity of a named deployment: a key of {@link NETWORKS}. */
export type NetworkId = keyof typeof NETWORKS;

/**
 * Short names kept from the first release: `mainnet` and `testnet` mean the Lighter deployments.
 *
 * @example
 * import { NETWORK_ALIASES } from '@lighter-ts/models/constants';
 * NETWORK_ALIASES.mainnet; // 'lighter-mainnet'
 * @throws never (a constant)
 */
export const NETWORK_ALIASES = {
  mainnet: 'lighter-mainnet',
  testnet: 'lighter-testnet',
} as const satisfies Record<string, NetworkId>;

/** A network named by its id or by an alias (`mainnet`, `testnet`). */
export type NetworkName = NetworkId | keyof typeof NETWORK_ALIASES;

/** Every accepted network name, ids first, for CLIs and messages. */
export const NETWORK_NAMES: readonly NetworkName[] = [
  ...(Object.keys(NETWORKS) as NetworkId[]),
  ...(Object.keys(NETWORK_ALIASES) as (keyof typeof NETWORK_ALIASES)[]),
];

/**
 * The first release's table, kept for compatibility.
 *
 * @deprecated use {@link NETWORKS} (`NETWORKS['lighter-mainnet']`) or {@link resolveNetwork}.
 * @example NETWORK.mainnet.httpUrl // 'https://mainnet.zklighter.elliot.ai'
 * @throws never (a constant)
 */
export const NETWORK = {
  mainnet: NETWORKS['lighter-mainnet'],
  testnet: NETWORKS['lighter-testnet'],
} as const;
