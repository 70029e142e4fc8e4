/**
 * Merges `account_all_assets` and `user_stats` into one AccountState (parity R7, docs/protocol/nautilus.md#emission-rules, NT
 * #4246): nothing is emitted until both streams delivered a frame, so the state never
 * flip-flops between partial views. Positions are an authoritative snapshot cache (parity R4,
 * NT `c7bddc6f86`): markets missing from a new frame are FLAT; rows that fail to parse keep
 * their previous entry.
 */
// Rows are checked by models' schemas (one home per wire schema, issue 13), one row at a time so a bad row is
// skipped (assets) or keeps its previous entry (positions) instead of failing the frame.
import { AccountAssetSchema, AccountPositionSchema, UserStatsSchema } from '@lighter-ts/models';
import type { AccountState, AccountVenueLimits } from '../reports/types.js';
import { addDecimal, compareDecimal, normalizeDecimal, subDecimal } from '../translate/decimal.js';
import type { VenueAssetRow, VenuePositionRow, VenueUserStats } from '../venue/rows.js';

/**
 * @example
 * const acct = new AccountStateCache({ accountId: 'LIGHTER-001' });
 * acct.onAssets(frame.assets); const state = acct.onUserStats(frame.stats);
 */
export class AccountStateCache {
  /** Nautilus AccountId stamped on every AccountState. */
  readonly accountId: string;
  #assets: VenueAssetRow[] | undefined;
  #stats: VenueUserStats | undefined;
  #positions = new Map<number, VenuePositionRow>();
  #positionsSeen = false;
  #last: AccountState | undefined;
  #limits: AccountVenueLimits = { tier: null, tierReadAt: null, volumeQuotaRemaining: null, volumeQuotaReadAt: null };

  constructor(params: { accountId: string }) {
    this.accountId = params.accountId;
  }

  /** Clears everything (connect / reconnect gate). @throws never */
  reset(): void {
    this.#assets = undefined;
    this.#stats = undefined;
    this.#positions = new Map();
    this.#positionsSeen = false;
    this.#last = undefined;
  }

  /**
   * Tier (from `accountLimits`) and/or volume quota (from a sendTx answer). They survive `reset()`:
   * they belong to the venue account, not to the stream session. Returns the updated limits.
   * @throws never
   */
  onVenueLimits(update: { tier?: string | null; volumeQuotaRemaining?: number }, at = Date.now()): AccountVenueLimits {
    const l = this.#limits;
    this.#limits = {
      ...l,
      ...(update.tier === undefined ? {} : { tier: update.tier, tierReadAt: at }),
      ...(update.volumeQuotaRemaining === undefined
        ? {}
        : { volumeQuotaRemaining: update.volumeQuotaRemaining, volumeQuotaReadAt: at }),
    };
    return this.#limits;
  }

  /** Tier and volume quota as last reported. */
  get venueLimits(): AccountVenueLimits {
    return this.#limits;
  }

  /** Assets frame (`assets` map keyed by asset id, or array). Returns the merged state when complete. @throws never */
  onAssets(assets: unknown, tsEvent = Date.now()): AccountState | undefined {
    const rows: VenueAssetRow[] = [];
    const values = Array.isArray(assets)
      ? assets
      : typeof assets === 'object' && assets !== null
        ? Object.values(assets)
        : [];
    for (const v of values) {
      const r = AccountAssetSchema.safeParse(v);
      if (r.success) rows.push(r.data);
    }
    this.#assets = rows;
    return this.#merge(tsEvent);
  }

  /** user_stats `stats` object. @throws never */
  onUserStats(stats: unknown, tsEvent = Date.now()): AccountState | undefined {
    const r = UserStatsSchema.safeParse(stats);
    if (!r.success) return undefined;
    this.#stats = r.data;
    return this.#merge(tsEvent);
  }

  /** Positions snapshot (`positions` map keyed by market id). @throws never */
  onPositions(positions: unknown): void {
    const next = new Map<number, VenuePositionRow>();
    const entries = typeof positions === 'object' && positions !== null ? Object.entries(positions) : [];
    for (const [key, v] of entries) {
      const r = AccountPositionSchema.safeParse(v);
      if (r.success) next.set(r.data.market_id, r.data);
      else {
        const prev = this.#positions.get(Number(key));
        if (prev !== undefined) next.set(prev.market_id, prev);
      }
    }
    // A market missing from the new snapshot is flat now (kept as a zero row so bulk reports say FLAT).
    for (const [m, prev] of this.#positions) {
      if (!next.has(m) && !/^-?0*\.?0*$/.test(prev.position)) next.set(m, { ...prev, position: '0', sign: 0 });
    }
    this.#positions = next;
    this.#positionsSeen = true;
  }

  /** Whether a positions snapshot has arrived since the last reset. */
  get hasPositions(): boolean {
    return this.#positionsSeen;
  }
  /** Whether both assets and stats arrived since the last reset. */
  get hasAccountState(): boolean {
    return this.#last !== undefined;
  }
  /** The cached position row per market index. @throws never */
  position(marketIndex: number): VenuePositionRow | undefined {
    return this.#positions.get(marketIndex);
  }
  /** All cached position rows. @throws never */
  positions(): VenuePositionRow[] {
    return [...this.#positions.values()];
  }
  /** Last merged state, with the tier and volume quota as last reported. */
  get state(): AccountState | undefined {
    return this.#last === undefined
      ? undefined
      : { ...this.#last, tier: this.#limits.tier, volumeQuotaRemaining: this.#limits.volumeQuotaRemaining };
  }

  #merge(tsEvent: number): AccountState | undefined {
    if (this.#assets === undefined || this.#stats === undefined) return undefined;
    const balances = this.#assets.map((a) => {
      // total = spot balance + perp margin balance (NT #4246); locked = spot order reservations.
      const total = normalizeDecimal(addDecimal(a.balance, a.margin_balance ?? '0'));
      const locked = normalizeDecimal(a.locked_balance ?? '0');
      const free = subDecimal(total, locked);
      return { currency: a.symbol, total, locked, free: compareDecimal(free, '0') < 0 ? '0' : free };
    });
    const collateral = this.#stats.collateral ?? '0';
    const available = this.#stats.available_balance ?? '0';
    const used = subDecimal(collateral, available);
    const initial = compareDecimal(used, '0') < 0 ? '0' : used;
    this.#last = {
      accountId: this.accountId,
      accountType: 'MARGIN',
      baseCurrency: null,
      balances,
      margins: [{ currency: 'USDC', initial, maintenance: '0' }],
      tier: this.#limits.tier,
      volumeQuotaRemaining: this.#limits.volumeQuotaRemaining,
      tsEvent,
    };
    return this.#last;
  }
}
