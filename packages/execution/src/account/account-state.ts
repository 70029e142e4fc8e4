/**
 * Merges `account_all_assets` and `user_stats` into one AccountState (parity R7, docs/protocol/nautilus.md#emission-rules, NT
 * #4246): nothing is emitted until both streams delivered a frame, so the state never
 * flip-flops between partial views. Positions are an authoritative snapshot cache (parity R4,
 * NT `c7bddc6f86`): markets missing from a new frame are FLAT; markets whose row could not be read keep
 * their previous entry.
 */
// Rows arrive typed (./account-frames.ts maps models' parse of each frame), so nothing is checked again here.
import type { AccountState, AccountVenueLimits } from '../reports/types.js';
import { addDecimal, compareDecimal, normalizeDecimal, subDecimal } from '../translate/decimal.js';
import type { VenueAssetRow, VenuePositionRow, VenueUserStats } from '../venue/rows.js';
import type { PositionRows } from './account-frames.js';

/**
 * @example
 * const acct = new AccountStateCache({ accountId: 'LIGHTER-001' });
 * acct.onAssets(assetRowsOf(assetsFrame)); const state = acct.onUserStats(userStatsOf(statsFrame)!);
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

  /** Asset rows of an assets frame. Returns the merged state when complete. @throws never */
  onAssets(assets: readonly VenueAssetRow[], tsEvent = Date.now()): AccountState | undefined {
    this.#assets = [...assets];
    return this.#merge(tsEvent);
  }

  /** user_stats `stats`. Returns the merged state when complete. @throws never */
  onUserStats(stats: VenueUserStats, tsEvent = Date.now()): AccountState | undefined {
    this.#stats = stats;
    return this.#merge(tsEvent);
  }

  /** A positions snapshot; markets listed as `unreadable` keep their previous entry. @throws never */
  onPositions(snapshot: PositionRows): void {
    const next = new Map<number, VenuePositionRow>();
    for (const row of snapshot.rows) next.set(row.market_id, row);
    for (const m of snapshot.unreadable) {
      const prev = this.#positions.get(m);
      if (prev !== undefined && !next.has(m)) next.set(m, prev);
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
