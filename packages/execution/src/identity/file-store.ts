/**
 * File-backed identity store: JSON file rewritten atomically (write temp + fsync + rename) so a
 * crash never leaves a torn file. Writes are coalesced; `flush()` awaits the latest one.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { open, rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import { EXECUTION_ERROR_CODE, ExecutionError } from '../errors.js';
import { InMemoryIdentityStore, type OrderIdentity } from './store.js';

const FILE_VERSION = 1;

function isIdentity(v: unknown): v is OrderIdentity {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  return typeof o.clientOrderId === 'string' && typeof o.clientOrderIndex === 'number' && typeof o.createdAtMs === 'number';
}

/**
 * Persistent identity store. Construction only reads the file (synchronously, no sockets/timers).
 * @example const store = new FileIdentityStore({ path: '.lighter/identities-300-12-3.json' })
 * @throws ExecutionError (code IDENTITY_STORE) if the file exists but is not a valid store
 */
export class FileIdentityStore extends InMemoryIdentityStore {
  readonly path: string;
  /** Entries older than this (and without a venue id) are pruned on load. */
  readonly maxAgeMs: number;
  #writing: Promise<void> = Promise.resolve();
  #dirty = false;
  #scheduled = false;
  #lastError: unknown;

  constructor(params: { path: string; maxAgeMs?: number }) {
    super();
    this.path = params.path;
    this.maxAgeMs = params.maxAgeMs ?? 45 * 24 * 3600_000; // > the venue's 30-day max order expiry
    let text: string | undefined;
    try {
      text = readFileSync(this.path, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') {
        throw new ExecutionError({ code: EXECUTION_ERROR_CODE.IDENTITY_STORE, message: `cannot read ${this.path}`, cause: e });
      }
    }
    if (text !== undefined) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch (e) {
        throw new ExecutionError({ code: EXECUTION_ERROR_CODE.IDENTITY_STORE, message: `corrupt identity store ${this.path}`, cause: e });
      }
      const entries = (parsed as { entries?: unknown }).entries;
      if (!Array.isArray(entries)) {
        throw new ExecutionError({ code: EXECUTION_ERROR_CODE.IDENTITY_STORE, message: `identity store ${this.path} has no entries array` });
      }
      const cutoff = Date.now() - this.maxAgeMs;
      for (const e of entries) {
        if (!isIdentity(e) || e.createdAtMs < cutoff) continue;
        this.byCloid.set(e.clientOrderId, e);
        this.byIndex.set(e.clientOrderIndex, e);
        if (e.venueOrderId !== undefined) this.byVenue.set(e.venueOrderId, e);
      }
    }
  }

  protected override changed(): void {
    this.#dirty = true;
    if (this.#scheduled) return;
    this.#scheduled = true;
    // Coalesce bursts (e.g. a batch of 15) into one write, chained after the previous one.
    const run = async (): Promise<void> => {
      this.#scheduled = false;
      if (!this.#dirty) return;
      this.#dirty = false;
      try {
        await this.#writeAtomically();
      } catch (e) {
        this.#dirty = true;
        this.#lastError = e;
      }
    };
    this.#writing = this.#writing.then(run);
  }

  async #writeAtomically(): Promise<void> {
    mkdirSync(dirname(this.path), { recursive: true });
    const tmp = `${this.path}.${process.pid}.tmp`;
    const body = JSON.stringify({ version: FILE_VERSION, entries: this.all() });
    const fh = await open(tmp, 'w');
    try {
      await fh.writeFile(body, 'utf8');
      await fh.sync();
    } finally {
      await fh.close();
    }
    await rename(tmp, this.path);
  }

  /**
   * Waits until every change so far is on disk.
   * @throws ExecutionError (code IDENTITY_STORE) if the write failed
   */
  override async flush(): Promise<void> {
    await this.#writing;
    const previous = this.#lastError;
    try {
      if (previous !== undefined) this.#dirty = true;
      if (this.#dirty) {
        this.#dirty = false;
        await this.#writeAtomically();
      }
      this.#lastError = undefined;
    } catch (e) {
      this.#dirty = true;
      throw new ExecutionError({ code: EXECUTION_ERROR_CODE.IDENTITY_STORE, message: `cannot write ${this.path}`, cause: e });
    }
  }
}
