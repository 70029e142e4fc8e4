// Loads the official Lighter Go-WASM signer for side-by-side benchmarks, if available.
// LIGHTER_WASM_SIGNER = a folder holding main.wasm + wasm_exec.js, or the path of main.wasm itself;
// unset, the comparison is skipped with a message. How to obtain both files from a clone of
// https://github.com/elliottech/lighter-go: see "Benchmarks" in packages/signing/README.md.
// The wasm is never part of the repository.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { runInThisContext } from 'node:vm';

export interface WasmSigner {
  signCreateOrder(i: number): Promise<unknown>;
}

// The WebAssembly global is typed only partially by the ES2023 lib + @types/node; describe what we use.
type GoCtor = new () => { importObject: unknown; run(i: unknown): Promise<void> };
type Wasm = { instantiate(bytes: Uint8Array, imports: unknown): Promise<{ instance: unknown }> };
type AsyncCall = (...args: unknown[]) => () => Promise<{ success?: boolean; error?: string }>;

export async function loadWasmSigner(): Promise<WasmSigner | string> {
  const raw = process.env.LIGHTER_WASM_SIGNER;
  if (!raw) return 'LIGHTER_WASM_SIGNER not set: skipping the official Go-WASM comparison';
  const dir = existsSync(raw) && statSync(raw).isDirectory() ? raw : dirname(raw);
  const wasmPath = existsSync(raw) && statSync(raw).isFile() ? raw : join(dir, 'main.wasm');
  const execPath = join(dir, 'wasm_exec.js');
  if (!existsSync(wasmPath) || !existsSync(execPath)) {
    return `LIGHTER_WASM_SIGNER=${raw}: main.wasm / wasm_exec.js not found, skipping the comparison`;
  }
  const g = globalThis as unknown as Record<string, unknown>;
  // The signer must not reach the network.
  g.fetch = () => {
    throw new Error('network disabled');
  };
  runInThisContext(readFileSync(execPath, 'utf8'));
  const go = new (g.Go as GoCtor)();
  const { instance } = await (g.WebAssembly as Wasm).instantiate(readFileSync(wasmPath), go.importObject);
  void go.run(instance);
  await new Promise((r) => setTimeout(r, 10));
  const prv = '0x0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728';
  const created = await (g._createClientByPrv as AsyncCall)(prv, 304, 1001, 0, 3, false)();
  if (!created || created.success === false) return `wasm client creation failed: ${JSON.stringify(created)}`;
  const sign = g._signCreateOrder as AsyncCall;
  return {
    signCreateOrder: (i) => sign(1001, 0, i, '1000', '50000', 0, 0, 1, 0, '0', 1769644800000, i)(),
  };
}
