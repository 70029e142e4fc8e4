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
  /** Lighter mainnet: 304. */
  MAINNET: 304,
  /** Lighter testnet: 300. */
  TESTNET: 300,
  /** Lighter on Robinhood Chain: 466324. */
  ROBINHOOD_MAINNET: 466324,
  /**
   * Lighter on Robinhood Chain testnet: 300, the same as the Lighter testnet (so the chain id cannot tell them
   * apart).
   */
  ROBINHOOD_TESTNET: 300,
} as const;
/** Union of {@link CHAIN_ID} values. */
export type ChainId = (typeof CHAIN_ID)[keyof typeof CHAIN_ID];

/** The settlement asset of a deployment (asset index 3, 6 decimals on every known deployment). */
export interface CollateralAsset {
  /** `USDC` on Lighter, `USDG` on Robinhood Chain. */
  readonly symbol: string;
  /** Asset index of the collateral in balances and transfers (3 on every known deployment). */
  readonly assetIndex: number;
  /** Decimals of the collateral's integer amounts on the wire (6: 1 USDC = 1 000 000). */
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
  /** The settlement asset: USDC on Lighter, USDG on Robinhood Chain. */
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
  /** Lighter mainnet: chain id 304, settles on Ethereum, USDC collateral. */
  'lighter-mainnet': {
    /** Stable identity of the deployment: what signed txs and auth tokens are bound to. */
    networkId: 'lighter-mainnet',
    /** Human name for messages. */
    displayName: 'Lighter mainnet',
    /** REST origin, without a trailing slash. */
    httpUrl: 'https://mainnet.zklighter.elliot.ai',
    /** WebSocket URL (`/stream`). */
    wsUrl: 'wss://mainnet.zklighter.elliot.ai/stream',
    /** L2 chain id signed into every tx hash. */
    chainId: 304,
    /** Chain id of the L1 it settles on; `undefined` where no public source states it. */
    l1ChainId: 1,
    /** Bridge (rollup) contract on the L1; `undefined` where no public source states it. */
    l1Contract: '0x3B4D794a66304F130a4Db8F2551B0070dfCf5ca7',
    /** Settlement asset (symbol, asset index 3, 6 decimals). */
    collateral: USDC,
    /** True when it holds real funds. */
    isMainnet: true,
  },
  /** Lighter testnet: chain id 300, USDC collateral; L1 and contract not published. */
  'lighter-testnet': {
    /** Stable identity of the deployment: what signed txs and auth tokens are bound to. */
    networkId: 'lighter-testnet',
    /** Human name for messages. */
    displayName: 'Lighter testnet',
    // The official docs still name this host; lighter-python >= 1.2.0 moved to api.testnet.lighter.xyz.
    // Override it with customNetwork({ ...NETWORKS['lighter-testnet'], httpUrl, wsUrl }) if it moves.
    /** REST origin, without a trailing slash. */
    httpUrl: 'https://testnet.zklighter.elliot.ai',
    /** WebSocket URL (`/stream`). */
    wsUrl: 'wss://testnet.zklighter.elliot.ai/stream',
    /** L2 chain id signed into every tx hash. */
    chainId: 300,
    /** Chain id of the L1 it settles on; `undefined` where no public source states it. */
    l1ChainId: undefined,
    /** Bridge (rollup) contract on the L1; `undefined` where no public source states it. */
    l1Contract: undefined,
    /** Settlement asset (symbol, asset index 3, 6 decimals). */
    collateral: USDC,
    /** True when it holds real funds. */
    isMainnet: false,
  },
  /** Lighter on Robinhood Chain: chain id 466324, settles on Robinhood Chain (4663), USDG collateral. */
  'robinhood-mainnet': {
    /** Stable identity of the deployment: what signed txs and auth tokens are bound to. */
    networkId: 'robinhood-mainnet',
    /** Human name for messages. */
    displayName: 'Lighter on Robinhood Chain',
    /** REST origin, without a trailing slash. */
    httpUrl: 'https://api.rh.lighter.xyz',
    /** WebSocket URL (`/stream`). */
    wsUrl: 'wss://api.rh.lighter.xyz/stream',
    /** L2 chain id signed into every tx hash. */
    chainId: 466324,
    /** Chain id of the L1 it settles on; `undefined` where no public source states it. */
    l1ChainId: 4663,
    /** Bridge (rollup) contract on the L1; `undefined` where no public source states it. */
    l1Contract: '0x94bAB9693Ba2f6358507eFfcbd372b0660AFfF9d',
    /** Settlement asset (symbol, asset index 3, 6 decimals). */
    collateral: USDG,
    /** True when it holds real funds. */
    isMainnet: true,
  },
  /** Lighter on Robinhood Chain testnet: chain id 300 (as the Lighter testnet), L1 46630, USDG collateral. */
  'robinhood-testnet': {
    /** Stable identity of the deployment: what signed txs and auth tokens are bound to. */
    networkId: 'robinhood-testnet',
    /** Human name for messages. */
    displayName: 'Lighter on Robinhood Chain testnet',
    /** REST origin, without a trailing slash. */
    httpUrl: 'https://api.rh-testnet.lighter.xyz',
    /** WebSocket URL (`/stream`). */
    wsUrl: 'wss://api.rh-testnet.lighter.xyz/stream',
    /** L2 chain id signed into every tx hash. */
    chainId: 300,
    /** Chain id of the L1 it settles on; `undefined` where no public source states it. */
    l1ChainId: 46630,
    /** Bridge (rollup) contract on the L1; `undefined` where no public source states it. */
    l1Contract: undefined,
    /** Settlement asset (symbol, asset index 3, 6 decimals). */
    collateral: USDG,
    /** True when it holds real funds. */
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
  /** `mainnet` means Lighter mainnet (`lighter-mainnet`), as in the first release. */
  mainnet: 'lighter-mainnet',
  /** `testnet` means Lighter testnet (`lighter-testnet`), as in the first release. */
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
  /** Lighter mainnet, the entry `NETWORKS['lighter-mainnet']`. */
  mainnet: NETWORKS['lighter-mainnet'],
  /** Lighter testnet, the entry `NETWORKS['lighter-testnet']`. */
  testnet: NETWORKS['lighter-testnet'],
} as const;
