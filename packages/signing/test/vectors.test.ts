import { describe, expect, it } from 'vitest';
import { checkVectors } from '../src/validate-vectors.js';
import { VECTORS_TEXT } from './vectors-helpers.js';

describe('signing-vectors.json, every section', () => {
  const report = checkVectors(VECTORS_TEXT);
  const by = (section: string) => report.cases.filter((c) => c.section === section);

  it('passes every case', () => {
    const failing = report.cases.filter((c) => !c.ok).map((c) => `${c.section}/${c.id}: ${c.failures.join('; ')}`);
    expect(failing).toEqual([]);
  });

  it('covers all sections of the file', () => {
    expect(by('keys')).toHaveLength(6);
    expect(by('transactions')).toHaveLength(51);
    expect(by('determinism')).toHaveLength(7);
    expect(by('auth_tokens')).toHaveLength(4);
    expect(by('expected_errors')).toHaveLength(2);
    expect(by('model_only')).toHaveLength(3);
    expect(by('model_only.attribute_hashes')).toHaveLength(5);
    expect(by('primitives').length).toBeGreaterThanOrEqual(20);
  });
});

describe('vectors without a replayable wasm_call', () => {
  it('re-signs the decoded fields with the logged k instead', () => {
    const doc = JSON.parse(VECTORS_TEXT);
    doc.transactions = doc.transactions
      .slice(0, 3)
      .map((t: Record<string, unknown>) => ({ ...t, wasm_call: undefined }));
    const ok = checkVectors(JSON.stringify(doc));
    expect(ok.failed).toBe(0);
    doc.transactions[0].signature.nonce_k = '5';
    const bad = checkVectors(JSON.stringify(doc));
    expect(bad.cases.filter((c) => !c.ok).map((c) => c.id)).toEqual([doc.transactions[0].id]);
  });
});

describe("wasm_call arguments are the call's, never the client's", () => {
  it('a Transfer whose api key index (argument 3) or account (argument 0) differs from the signer fails that case', () => {
    const doc = JSON.parse(VECTORS_TEXT);
    const transfers = doc.transactions.filter(
      (t: { wasm_call?: { fn?: string } }) => t.wasm_call?.fn === '_signTransfer',
    );
    expect(transfers.length).toBeGreaterThan(0);
    const key = transfers[0];
    key.wasm_call.args[3] = Number(key.wasm_call.args[3]) + 1;
    const other = transfers[1];
    other.wasm_call.args[0] = Number(other.wasm_call.args[0]) + 1;
    const report = checkVectors(JSON.stringify(doc));
    const failed = report.cases.filter((c) => !c.ok);
    expect(failed.map((c) => c.id).sort()).toEqual([key.id, other.id].sort());
    expect(failed.find((c) => c.id === key.id)?.failures.join(' ')).toMatch(/args\[3\].*api key index/);
    expect(failed.find((c) => c.id === other.id)?.failures.join(' ')).toMatch(/args\[0\].*account index/);
  });
});
