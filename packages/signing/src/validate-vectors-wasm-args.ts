// Maps a vectors-file `wasm_call` (LG web-wasm positional arguments) to our named
// parameter objects, so the vectors can be replayed through the public Signer API.
// Argument orders were read off signing-vectors.json against each tx_info.
import { SigningInputError } from './errors.js';
import type { SignedTx, Signer } from './signer-types.js';
import type { OrderParams } from './tx/common.js';

type Args = readonly unknown[];

const num = (v: unknown): bigint => {
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'bigint') return BigInt(v);
  throw new SigningInputError('wasm_call', `argument ${String(v)} is not an integer`);
};

function order(a: Args, i: number): Record<string, unknown> {
  return {
    marketIndex: num(a[i]),
    clientOrderIndex: num(a[i + 1]),
    baseAmount: num(a[i + 2]),
    price: num(a[i + 3]),
    isAsk: num(a[i + 4]),
    orderType: num(a[i + 5]),
    timeInForce: num(a[i + 6]),
    reduceOnly: num(a[i + 7]),
    triggerPrice: num(a[i + 8]),
    orderExpiry: num(a[i + 9]),
  };
}

/**
 * The call names its own account (argument 0, every function) and, for a Transfer, its API key (argument 3).
 * They are the call's, not the client's: a replay through a signer of another account or key would sign
 * something else than the official call did, so it is refused naming the argument.
 */
function assertCallIdentity(signer: Signer, call: { fn: string; args: Args }): void {
  const account = num(call.args[0]);
  if (account !== BigInt(signer.accountIndex)) {
    throw new SigningInputError(
      'wasm_call.args[0]',
      `account index ${account} of the call differs from the signer's ${signer.accountIndex}`,
    );
  }
  if (call.fn === '_signTransfer') {
    const key = num(call.args[3]);
    if (key !== BigInt(signer.apiKeyIndex)) {
      throw new SigningInputError(
        'wasm_call.args[3]',
        `api key index ${key} of the Transfer call differs from the signer's ${signer.apiKeyIndex}`,
      );
    }
  }
}

function memoBytes(v: unknown): Uint8Array {
  if (!Array.isArray(v)) throw new SigningInputError('wasm_call', 'memo must be a byte array');
  return Uint8Array.from(v as unknown[], (b) => Number(num(b)));
}

/**
 * Replay one web-wasm call through a Signer. `extra` carries what the wasm client held
 * (skipNonce attribute, L1 key). Unknown functions throw.
 * @throws {SigningInputError} from validation, or for an unknown `fn`
 */
export function signWasmCall(
  signer: Signer,
  call: { fn: string; args: Args },
  extra: { skipNonce?: boolean; ethPrivateKey?: string },
): SignedTx {
  const a = call.args;
  assertCallIdentity(signer, call);
  const attributes = extra.skipNonce ? { skipNonce: true } : undefined;
  const c = { attributes };
  const eth = extra.ethPrivateKey;
  switch (call.fn) {
    case '_signCreateOrder':
      return signer.signCreateOrder({ ...(order(a, 1) as unknown as OrderParams), nonce: num(a[11]), ...c });
    case '_signCancelOrder':
      return signer.signCancelOrder({ marketIndex: num(a[1]), orderIndex: num(a[2]), nonce: num(a[3]), ...c });
    case '_signCancelAllOrders': {
      const market = a[4] === undefined ? undefined : num(a[4]);
      return signer.signCancelAllOrders({
        timeInForce: num(a[1]),
        time: num(a[2]),
        nonce: num(a[3]),
        attributes: { ...(attributes ?? {}), ...(market === undefined ? {} : { cancelAllMarketIndex: market }) },
      });
    }
    case '_signModifyOrder':
      return signer.signModifyOrder({
        marketIndex: num(a[1]),
        orderIndex: num(a[2]),
        baseAmount: num(a[3]),
        price: num(a[4]),
        triggerPrice: num(a[5]),
        nonce: num(a[6]),
        ...c,
      });
    case '_signWithdraw':
      return signer.signWithdraw({
        assetIndex: num(a[1]),
        routeType: num(a[2]),
        amount: num(a[3]),
        nonce: num(a[4]),
        ...c,
      });
    case '_signTransfer': {
      const l1 = typeof a[1] === 'string' ? a[1] : '';
      return signer.signTransfer({
        nonce: num(a[2]),
        toAccountIndex: num(a[4]),
        assetIndex: num(a[5]),
        fromRouteType: num(a[6]),
        toRouteType: num(a[7]),
        amount: num(a[8]),
        usdcFee: num(a[9]),
        memo: memoBytes(a[10]),
        ...(l1 !== '' && eth !== undefined ? { ethPrivateKey: eth } : { l1Sig: l1 }),
        ...c,
      });
    }
    case '_signChangePubKey':
    case '_signRevokePubKey': {
      const l1 = typeof a[1] === 'string' ? a[1] : '';
      const p = {
        nonce: num(a[2]),
        apiKeyIndex: num(a[3]),
        ...(eth !== undefined ? { ethPrivateKey: eth } : { l1Sig: l1 }),
        ...c,
      };
      return call.fn === '_signRevokePubKey' ? signer.signRevokePubKey(p) : signer.signChangePubKey(p);
    }
    case '_signUpdateLeverage':
      return signer.signUpdateLeverage({
        marketIndex: num(a[1]),
        initialMarginFraction: num(a[2]),
        marginMode: num(a[3]),
        nonce: num(a[4]),
        ...c,
      });
    case '_signUpdateMargin':
      return signer.signUpdateMargin({
        marketIndex: num(a[1]),
        usdcAmount: num(a[2]),
        direction: num(a[3]),
        nonce: num(a[4]),
        ...c,
      });
    case '_signCreateGroupedOrders': {
      const n = Number(num(a[2]));
      const orders = Array.from({ length: n }, (_, i) => order(a, 3 + 10 * i));
      return signer.signCreateGroupedOrders({
        groupingType: num(a[1]),
        orders: orders as unknown as OrderParams[],
        nonce: num(a[3 + 10 * n]),
        ...c,
      });
    }
    case '_signCreateSubAccount':
      return signer.signCreateSubAccount({ nonce: num(a[1]), ...c });
    case '_signCreatePublicPool':
      return signer.signCreatePublicPool({
        operatorFee: num(a[1]),
        initialTotalShares: num(a[2]),
        minOperatorShareRate: num(a[3]),
        nonce: num(a[4]),
        ...c,
      });
    case '_signUpdatePublicPool':
      return signer.signUpdatePublicPool({
        publicPoolIndex: num(a[1]),
        status: num(a[2]),
        operatorFee: num(a[3]),
        minOperatorShareRate: num(a[4]),
        nonce: num(a[5]),
        ...c,
      });
    case '_signMintShares':
      return signer.signMintShares({ publicPoolIndex: num(a[1]), shareAmount: num(a[2]), nonce: num(a[3]), ...c });
    case '_signBurnShares':
      return signer.signBurnShares({ publicPoolIndex: num(a[1]), shareAmount: num(a[2]), nonce: num(a[3]), ...c });
    case '_signStakeAssets':
      return signer.signStakeAssets({ stakingPoolIndex: num(a[1]), shareAmount: num(a[2]), nonce: num(a[3]), ...c });
    case '_signUnstakeAssets':
      return signer.signUnstakeAssets({ stakingPoolIndex: num(a[1]), shareAmount: num(a[2]), nonce: num(a[3]), ...c });
    case '_signUpdateAccountConfig':
      return signer.signUpdateAccountConfig({ accountTradingMode: num(a[1]), nonce: num(a[2]), ...c });
    case '_signUpdateAccountAssetConfig':
      return signer.signUpdateAccountAssetConfig({
        assetIndex: num(a[1]),
        assetMarginMode: num(a[2]),
        nonce: num(a[3]),
        ...c,
      });
    default:
      throw new SigningInputError('wasm_call.fn', `unknown signer function ${call.fn}`);
  }
}
