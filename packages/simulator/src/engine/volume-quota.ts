/**
 * Account tier and volume quota per L1 address (docs/protocol/errors-and-limits.md#volume-quota,
 * docs/protocol/errors-and-limits.md#account-tiers). Both belong to the L1 address, so every
 * sub-account of one owner shares them. Standard accounts have no quota; Premium and Plus spend one
 * unit per order-placing tx, earn one per 10 USDC traded, and get one free request every 15 s.
 */
import { spendsVolumeQuota, VOLUME_QUOTA } from '@lighter-ts/models';
import { VenueError } from '../errors.js';
import type { Exchange } from './exchange.js';
import type { SimTrade } from './types.js';

/** Tier names as `changeAccountTier` takes them. */
export type SimAccountTier = 'standard' | 'premium' | 'plus';

/** `accountLimits.user_tier` per tier (`std` as seen live; the others are unverified, docs/protocol/errors-and-limits.md#account-tiers). */
export const USER_TIER_WIRE: Readonly<Record<SimAccountTier, string>> = {
  standard: 'std',
  premium: 'premium',
  plus: 'plus',
};

/** Tier and quota state of one L1 address. */
export interface QuotaEntry {
  tier: SimAccountTier;
  remaining: number;
  /** Venue time (ms) of the last free request, undefined before the first one. */
  lastFreeAt: number | undefined;
  /** Traded notional not yet turned into quota, micro-USDC. */
  carryMicro: bigint;
  /** Venue time (ms) of the last tier change, undefined when never changed. */
  tierChangedAt: number | undefined;
}

/** What an admitted request will spend; `commit` after the txs were accepted, nothing to do otherwise. */
export interface QuotaTicket {
  /** Spends the reservation; returns the answer fields (`message`, and `volume_quota_remaining` for Premium/Plus). */
  commit(): { message: string; volume_quota_remaining?: number };
}

const USDC_MICRO = 1_000_000n;
const STANDARD_MESSAGE = '{"ratelimit": "didn\'t use volume quota"}';
/** A downgrade waits this long after the last tier change (docs/protocol/errors-and-limits.md#account-tiers). */
const DOWNGRADE_WAIT_MS = 24 * 3600_000;

/**
 * @example
 * const quota = new VolumeQuotaLedger({ exchange });
 * quota.set({ l1Address, tier: 'premium' });
 * const ticket = quota.admit({ accountIndex: 5, txTypes: [14] }); // throws VenueError 23000 when spent
 * const fields = ticket.commit(); // { message: '999 volume quota remaining.', volume_quota_remaining: 999 }
 */
export class VolumeQuotaLedger {
  readonly #entries = new Map<string, QuotaEntry>();
  readonly #exchange: Exchange;
  readonly #freeEveryMs: number | undefined;
  readonly #initial: number;

  /** `freeTxIntervalMs: false` turns the free request off (tests that count every unit). */
  constructor(params: { exchange: Exchange; freeTxIntervalMs?: number | false; initial?: number }) {
    this.#exchange = params.exchange;
    this.#freeEveryMs =
      params.freeTxIntervalMs === false ? undefined : (params.freeTxIntervalMs ?? VOLUME_QUOTA.FREE_TX_INTERVAL_MS);
    this.#initial = params.initial ?? VOLUME_QUOTA.INITIAL;
  }

  /** The entry of an L1 address (created Standard with the initial quota). @throws never */
  entry(l1Address: string): QuotaEntry {
    const key = l1Address.toLowerCase();
    let e = this.#entries.get(key);
    if (!e) {
      e = {
        tier: 'standard',
        remaining: this.#initial,
        lastFreeAt: undefined,
        carryMicro: 0n,
        tierChangedAt: undefined,
      };
      this.#entries.set(key, e);
    }
    return e;
  }

  /** Admin: sets the tier and/or the remaining quota (clamped to the venue cap). @throws never */
  set(params: { l1Address: string; tier?: SimAccountTier; remaining?: number }): QuotaEntry {
    const e = this.entry(params.l1Address);
    if (params.tier !== undefined) e.tier = params.tier;
    if (params.remaining !== undefined)
      e.remaining = Math.min(VOLUME_QUOTA.MAX, Math.max(0, Math.floor(params.remaining)));
    return e;
  }

  /**
   * Checks a request before its txs run: Standard accounts and requests without order-placing txs
   * pass untouched; a free slot (one per interval) spends nothing; otherwise the quota must cover
   * every charged tx (per contained tx: the conservative reading, docs/protocol/errors-and-limits.md#volume-quota).
   * @throws VenueError 23000 (HTTP 429) when the quota is spent and no free slot is due
   */
  admit(params: { accountIndex: number | undefined; txTypes: readonly number[] }): QuotaTicket {
    const acct = params.accountIndex === undefined ? undefined : this.#exchange.accounts.get(params.accountIndex);
    // An unknown account fails later in intake with its own code (21100).
    if (!acct) return { commit: () => ({ message: STANDARD_MESSAGE }) };
    const e = this.entry(acct.l1Address);
    const charged = params.txTypes.filter(spendsVolumeQuota).length;
    if (e.tier === 'standard') return { commit: () => ({ message: STANDARD_MESSAGE }) };
    const now = this.#exchange.now();
    const free =
      charged === 0 ||
      (this.#freeEveryMs !== undefined && (e.lastFreeAt === undefined || now - e.lastFreeAt >= this.#freeEveryMs));
    if (!free && e.remaining < charged) {
      throw new VenueError({ code: 23000, message: 'Too Many Requests! volume quota exhausted', httpStatus: 429 });
    }
    return {
      commit: () => {
        if (charged > 0 && free) e.lastFreeAt = now;
        else e.remaining -= charged;
        return { message: `${e.remaining} volume quota remaining.`, volume_quota_remaining: e.remaining };
      },
    };
  }

  /**
   * {@link admit} for raw sendTx / sendTxBatch fields: the account is the first tx's `AccountIndex`
   * (a batch is one account and key, 21121). Malformed input passes here and fails in intake.
   * @throws VenueError 23000 (HTTP 429) when the quota is spent
   */
  admitRaw(params: { txTypes: readonly unknown[]; txInfos: readonly unknown[] }): QuotaTicket {
    return this.admit({ accountIndex: accountIndexOf(params.txInfos[0]), txTypes: params.txTypes.map(Number) });
  }

  /** Credits both sides of a trade: one unit per 10 USDC of notional, up to the cap. @throws never */
  onTrade(trade: SimTrade): void {
    const per = BigInt(VOLUME_QUOTA.USD_PER_TX) * USDC_MICRO;
    const owners = new Set<string>();
    for (const id of [trade.askAccountId, trade.bidAccountId]) {
      const a = this.#exchange.accounts.get(id);
      // one credit per owner: a self-trade across two sub-accounts of one address trades the notional once
      if (a && !a.isMarketMaker) owners.add(a.l1Address.toLowerCase());
    }
    for (const owner of owners) {
      const e = this.entry(owner);
      const total = e.carryMicro + trade.usdAmount;
      e.remaining = Math.min(VOLUME_QUOTA.MAX, e.remaining + Number(total / per));
      e.carryMicro = total % per;
    }
  }

  /**
   * `changeAccountTier`: refusals 62003 same tier, 62004 open positions, 62005 open orders, 62006 a
   * downgrade within 24 h of the last change (docs/protocol/errors-and-limits.md#account-tiers).
   * @throws VenueError with those codes
   */
  changeTier(params: { accountIndex: number; tier: SimAccountTier }): void {
    const acct = this.#exchange.accounts.get(params.accountIndex);
    if (!acct) throw new VenueError({ code: 21100 });
    const e = this.entry(acct.l1Address);
    if (e.tier === params.tier) throw new VenueError({ code: 62003 });
    const owned = [...this.#exchange.accounts.values()].filter(
      (a) => a.l1Address.toLowerCase() === acct.l1Address.toLowerCase(),
    );
    if (owned.some((a) => [...a.positions.values()].some((p) => p.size !== 0n))) throw new VenueError({ code: 62004 });
    if (owned.some((a) => [...this.#exchange.openOrders(a.index)].length > 0)) throw new VenueError({ code: 62005 });
    const now = this.#exchange.now();
    const downgrade = params.tier === 'standard';
    if (downgrade && e.tierChangedAt !== undefined && now - e.tierChangedAt < DOWNGRADE_WAIT_MS)
      throw new VenueError({ code: 62006 });
    e.tier = params.tier;
    e.tierChangedAt = now;
  }
}

function accountIndexOf(info: unknown): number | undefined {
  let obj: unknown = info;
  if (typeof info === 'string') {
    try {
      obj = JSON.parse(info) as unknown;
    } catch {
      return undefined;
    }
  }
  const v = typeof obj === 'object' && obj !== null ? (obj as { AccountIndex?: unknown }).AccountIndex : undefined;
  return typeof v === 'number' && Number.isSafeInteger(v) ? v : undefined;
}
