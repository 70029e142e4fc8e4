/**
 * One trading script that every runtime runs unchanged (Chromium, Deno, Bun): load markets over REST,
 * stream a book, sign a post-only bid far below the touch, send it over REST, see it open on the
 * account stream, cancel it and see it canceled. It uses only the packages' public entry points, so a
 * bundler resolves them by export condition exactly as a user's would. It reports facts; the test
 * that launched the runtime decides pass or fail.
 */
import { LighterHttpClient, DEFAULT_TRANSPORT_KIND } from '@lighter-ts/http';
import { ORDER_EXPIRY, ORDER_TYPE, TIME_IN_FORCE } from '@lighter-ts/models/constants';
import { fromPriceTicks, toBaseAmount, toPriceTicks } from '@lighter-ts/models/decimal';
import { createSigner } from '@lighter-ts/signing';
import { accountAllOrdersChannel, LighterWsClient, orderBookChannel } from '@lighter-ts/streaming';

/** Where to trade and as whom (a simulator account: a throwaway key on loopback). */
export interface ScenarioParams {
  readonly httpUrl: string;
  readonly wsUrl: string;
  readonly chainId: number;
  readonly accountIndex: number;
  readonly apiKeyIndex: number;
  readonly privateKey: string;
  readonly marketIndex: number;
}

/** What the runtime saw, step by step (no secrets). */
export interface ScenarioReport {
  readonly ok: boolean;
  readonly steps: string[];
  readonly transport?: string;
  readonly socket?: string;
  readonly markets?: number;
  readonly symbol?: string;
  readonly bookLevels?: { bids: number; asks: number };
  readonly price?: string;
  readonly txHash?: string;
  readonly orderIndex?: string;
  readonly openSeen?: boolean;
  readonly canceledSeen?: boolean;
  readonly error?: string;
}

type Order = { client_order_index?: unknown; order_index?: unknown; status?: unknown };

function ordersOf(data: unknown): Order[] {
  // account_all_orders carries `orders: { [marketIndex]: Order[] }` (docs/protocol/websocket.md#channels).
  const orders = (data as { orders?: Record<string, Order[]> } | null)?.orders ?? {};
  return Object.values(orders).flat();
}

/**
 * Run the lifecycle; never throws (a failure is reported with the steps reached).
 * @example const report = await runScenario(params); // report.ok
 * @throws never
 */
export async function runScenario(p: ScenarioParams): Promise<ScenarioReport> {
  const steps: string[] = [];
  const facts: Record<string, unknown> = {};
  const signer = createSigner({
    chainId: p.chainId,
    accountIndex: p.accountIndex,
    apiKeyIndex: p.apiKeyIndex,
    privateKey: p.privateKey,
  });
  const http = new LighterHttpClient({ network: { baseUrl: p.httpUrl, chainId: p.chainId }, rateLimits: false });
  const ws = new LighterWsClient({
    url: p.wsUrl,
    authToken: () => signer.createAuthToken({ deadline: Math.floor(Date.now() / 1000) + 3600 }),
  });
  try {
    facts.transport = DEFAULT_TRANSPORT_KIND;
    facts.socket = ws.socketKind;
    const { order_books } = await http.orderBooks();
    const market = order_books.find((m) => m.market_id === p.marketIndex);
    if (!market) throw new Error(`market ${p.marketIndex} not listed`);
    facts.markets = order_books.length;
    facts.symbol = market.symbol;
    steps.push('markets');

    await ws.connect();
    const book = ws.subscribe(orderBookChannel({ marketIndex: p.marketIndex }));
    const bookIt = book[Symbol.asyncIterator]();
    let bestBid: string | undefined;
    while (bestBid === undefined) {
      const e = await bookIt.next();
      if (e.done) throw new Error('book stream ended');
      bestBid = e.value.book.bestBid()?.price;
      const depth = e.value.book.snapshot();
      facts.bookLevels = { bids: depth.bids.length, asks: depth.asks.length };
    }
    steps.push('book');

    const account = ws.subscribe(accountAllOrdersChannel({ accountIndex: p.accountIndex }));
    const accountIt = account[Symbol.asyncIterator]();
    if ((await accountIt.next()).done) throw new Error('account stream ended');
    steps.push('account-stream');

    // Half the best bid: post-only and far from the touch, so it rests and never fills.
    const priceDecimals = market.supported_price_decimals;
    const price = toPriceTicks({ price: bestBid, priceDecimals }) / 2n;
    facts.price = fromPriceTicks({ ticks: price, priceDecimals });
    // Ten minimum lots: at half the touch one lot can fall below the market's minimum quote amount (21706).
    const baseAmount =
      10n * toBaseAmount({ size: market.min_base_amount, sizeDecimals: market.supported_size_decimals });
    const clientOrderIndex = 1 + (Date.now() % 1_000_000);
    const { nonce } = await http.nextNonce({ accountIndex: p.accountIndex, apiKeyIndex: p.apiKeyIndex });
    const create = signer.signCreateOrder({
      marketIndex: p.marketIndex,
      clientOrderIndex,
      baseAmount,
      price: Number(price),
      isAsk: false,
      orderType: ORDER_TYPE.LIMIT,
      timeInForce: TIME_IN_FORCE.POST_ONLY,
      orderExpiry: ORDER_EXPIRY.DEFAULT_28_DAYS,
      nonce,
    });
    const sent = await http.sendTx({ txType: create.txType, txInfo: create.txInfo });
    if (sent.tx_hash !== create.txHash)
      throw new Error(`tx hash mismatch: sent ${create.txHash}, venue ${String(sent.tx_hash)}`);
    facts.txHash = sent.tx_hash;
    steps.push('sent');

    let orderIndex: unknown;
    while (orderIndex === undefined) {
      const e = await accountIt.next();
      if (e.done) throw new Error('account stream ended');
      const mine = ordersOf(e.value.data).find((o) => o.client_order_index === clientOrderIndex && o.status === 'open');
      if (mine) orderIndex = mine.order_index;
    }
    facts.orderIndex = String(orderIndex);
    facts.openSeen = true;
    steps.push('open');

    const cancel = signer.signCancelOrder({
      marketIndex: p.marketIndex,
      orderIndex: BigInt(String(orderIndex)),
      nonce: nonce + 1,
    });
    await http.sendTx({ txType: cancel.txType, txInfo: cancel.txInfo });
    for (;;) {
      const e = await accountIt.next();
      if (e.done) throw new Error('account stream ended');
      if (
        ordersOf(e.value.data).some(
          (o) => o.client_order_index === clientOrderIndex && String(o.status).startsWith('canceled'),
        )
      )
        break;
    }
    facts.canceledSeen = true;
    steps.push('canceled');
    return { ok: true, steps, ...facts };
  } catch (e) {
    const code = (e as { venueCode?: unknown } | null)?.venueCode;
    return {
      ok: false,
      steps,
      ...facts,
      error:
        e instanceof Error
          ? `${e.name}: ${e.message}${code === undefined ? '' : ` (venue code ${String(code)})`}`
          : String(e),
    };
  } finally {
    await ws.close();
    await http.close();
  }
}
