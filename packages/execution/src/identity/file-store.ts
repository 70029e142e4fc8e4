/**
 * File-backed identity store as an append-only journal: one JSON line per put / delete, appended
 * and fdatasync'd in group commits that {@link FileIdentityStore.persist} awaits, so the
 * submission path can make a mapping durable before its tx leaves the process. Crash-safe at any
 * instant: an append that was cut off leaves a torn last line, which load ignores (and the next
 * write rewrites the file); compaction writes a temp file, fsyncs it, renames it over the journal
 * and fsyncs the directory, so the journal is always either the old or the new file.
 */
import { readFileSync } from 'node:fs';
import { type FileHandle, mkdir, open, rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import { EXECUTION_ERROR_CODE, ExecutionError } from '../errors.js';
import { parseJournal } from './journal.js';
import { InMemoryIdentityStore, type OrderIdentity } from './store.js';

/** Journal format version written in the header line. */
const JOURNAL_VERSION = 2;

/**
 * Persistent identity store. Construction only reads the file (synchronously; no writes, sockets
 * or timers): the file is opened for appending on the first write.
 * @example
 * const store = new FileIdentityStore({ path: '/var/lib/my-bot/identities-300-12-3.jsonl' });
 * registerClientOrderId({ store, clientOrderId: 'O-1' });
 * await store.persist(); // O-1's index is on disk
 * @throws ExecutionError (code IDENTITY_STORE) if the file exists but is not a valid store (a
 * corrupt line before the last one; a torn last line is ignored)
 */
export class FileIdentityStore extends InMemoryIdentityStore {
  /** Path of the journal file (JSON lines). */
  readonly path: string;
  /** Entries older than this are pruned on load (longer than the venue's 30-day max order expiry). */
  readonly maxAgeMs: number;
  /** Compaction threshold: the journal is rewritten when it holds more than max(minRecords, live * factor) records. */
  readonly compactMinRecords: number;
  /** Compaction factor: rewrite when the journal holds more than `live × factor` records. */
  readonly compactFactor: number;
  #pending: string[] = [];
  #tail: Promise<void> = Promise.resolve();
  #scheduled = false;
  #lastError: unknown;
  #fh: FileHandle | undefined;
  /** Records in the journal file (header excluded), for the compaction trigger. */
  #records = 0;
  /** No file yet, or one to repair: the next write rewrites the whole file instead of appending. */
  #rewrite = false;
  /** A torn tail, a legacy file or a failed append: rewrite even if nothing new is pending. */
  #repair = false;
  #closed = false;

  constructor(params: { path: string; maxAgeMs?: number; compactMinRecords?: number; compactFactor?: number }) {
    super();
    this.path = params.path;
    this.maxAgeMs = params.maxAgeMs ?? 45 * 24 * 3600_000;
    this.compactMinRecords = params.compactMinRecords ?? 1_000;
    this.compactFactor = params.compactFactor ?? 4;
    let text: string | undefined;
    try {
      text = readFileSync(this.path, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') {
        throw new ExecutionError({
          code: EXECUTION_ERROR_CODE.IDENTITY_STORE,
          message: `cannot read ${this.path}`,
          cause: e,
        });
      }
    }
    if (text === undefined) {
      this.#rewrite = true; // a new file starts with a header
      return;
    }
    const parsed = parseJournal({ text, path: this.path });
    const cutoff = Date.now() - this.maxAgeMs;
    for (const e of parsed.identities) {
      if (e.createdAtMs < cutoff) continue;
      this.byCloid.set(e.clientOrderId, e);
      this.byIndex.set(e.clientOrderIndex, e);
      if (e.venueOrderId !== undefined) this.byVenue.set(e.venueOrderId, e);
    }
    this.#records = parsed.records;
    this.#rewrite = parsed.needsRewrite;
    this.#repair = parsed.needsRewrite;
  }

  protected override changed(
    record: { op: 'put'; identity: OrderIdentity } | { op: 'del'; clientOrderId: string },
  ): void {
    if (this.#closed) return;
    this.#pending.push(
      `${JSON.stringify(record.op === 'put' ? { op: 'put', id: record.identity } : { op: 'del', c: record.clientOrderId })}\n`,
    );
    this.#schedule();
  }

  #schedule(): void {
    if (this.#scheduled) return;
    this.#scheduled = true;
    // Group commit: every record queued before this drain starts shares one write + fdatasync.
    this.#tail = this.#tail.then(() => this.#drain());
  }

  async #drain(): Promise<void> {
    this.#scheduled = false;
    if (this.#pending.length === 0 && !this.#repair) return;
    const lines = this.#pending;
    this.#pending = [];
    try {
      if (
        this.#rewrite ||
        this.#records + lines.length > Math.max(this.compactMinRecords, this.size * this.compactFactor)
      ) {
        await this.#compact();
      } else {
        const fh = await this.#handle();
        await fh.appendFile(lines.join(''), 'utf8');
        await fh.datasync();
        this.#records += lines.length;
      }
      this.#lastError = undefined;
    } catch (e) {
      // A failed append may have left a partial line: rewrite from memory next time (memory already holds `lines`).
      this.#rewrite = true;
      this.#repair = true;
      this.#lastError = e;
      await this.#closeHandle();
    }
  }

  /** Number of live identities. */
  get size(): number {
    return this.byCloid.size;
  }

  async #handle(): Promise<FileHandle> {
    if (this.#fh === undefined) this.#fh = await open(this.path, 'a');
    return this.#fh;
  }

  async #closeHandle(): Promise<void> {
    const fh = this.#fh;
    this.#fh = undefined;
    await fh?.close().catch(() => {});
  }

  /** Rewrites the journal as one put per live identity: temp file + fsync + rename + fsync dir. */
  async #compact(): Promise<void> {
    const dir = dirname(this.path);
    await mkdir(dir, { recursive: true });
    const tmp = `${this.path}.compact.tmp`;
    const live = this.all();
    const body = [
      JSON.stringify({ journal: 'lighter-ts-identities', version: JOURNAL_VERSION }),
      ...live.map((id) => JSON.stringify({ op: 'put', id })),
    ].join('\n');
    const out = await open(tmp, 'w');
    try {
      await out.writeFile(`${body}\n`, 'utf8');
      await out.sync();
    } finally {
      await out.close();
    }
    await this.#closeHandle();
    await rename(tmp, this.path);
    // The rename itself is durable only once the directory entry is (POSIX; Windows cannot open a directory).
    const d = await open(dir, 'r').catch(() => undefined);
    if (d !== undefined) {
      try {
        await d.sync();
      } catch {
        // some file systems refuse fsync on a directory; the rename is still atomic
      } finally {
        await d.close();
      }
    }
    this.#records = live.length;
    this.#rewrite = false;
    this.#repair = false;
  }

  /**
   * Resolves once every put / delete made so far is on disk (written and fdatasync'd). The
   * submission path awaits it before a tx is sent.
   * @example registerClientOrderId({ store, clientOrderId: 'O-1' }); await store.persist();
   * @throws ExecutionError (code IDENTITY_STORE) if the write failed (it is retried by the next call)
   */
  override async persist(): Promise<void> {
    if (this.#repair) this.#schedule();
    await this.#tail;
    if (this.#pending.length > 0) {
      this.#schedule();
      await this.#tail;
    }
    if (this.#lastError !== undefined) {
      throw new ExecutionError({
        code: EXECUTION_ERROR_CODE.IDENTITY_STORE,
        message: `cannot write ${this.path}`,
        cause: this.#lastError,
      });
    }
  }

  /**
   * Same as {@link persist} (kept for callers of the earlier interface).
   * @throws ExecutionError (code IDENTITY_STORE) if the write failed
   */
  override flush(): Promise<void> {
    return this.persist();
  }

  /**
   * Persists what is pending and releases the file handle. Idempotent; later changes stay in memory only.
   * @throws ExecutionError (code IDENTITY_STORE) if the final write failed
   */
  override async close(): Promise<void> {
    if (this.#closed) return;
    try {
      await this.persist();
    } finally {
      this.#closed = true;
      await this.#tail;
      await this.#closeHandle();
    }
  }
}
