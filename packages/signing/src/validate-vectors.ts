// Checks a file in the signing-vectors.json format (docs/protocol/signing.md#test-vectors) against this
// package: keys, field elements, hashes, tx_info bytes, byte-exact signatures with the
// logged k, verification, auth tokens, L1 messages/signatures, model_only third-party
// hashes and expected_errors. Pure (no I/O); the CLI wraps it.
import { authTokenMessageHash, buildAuthToken, packBytes, verifyAuthToken } from './auth-token.js';
import { isSigningInputError } from './errors.js';
import { changePubKeyL1Message } from './l1/messages.js';
import { l1AddressFromPrivateKey, personalMessageDigest, recoverL1Address, signL1Message } from './l1/personal-sign.js';
import { l1MessageOf } from './l1/tx-messages.js';
import {
  hashToQuinticExtension,
  parsePrivateKey,
  privateKeyFromSeed,
  privateKeyToHex,
  publicKeyFromPrivateKey,
  schnorrSign,
} from './primitives.js';
import { createSigner } from './signer.js';
import { attributeElements, attributesFromJson } from './tx/attributes.js';
import { aggregatedOrdersHash, orderHash } from './tx/create-grouped-orders.js';
import { decodeTxInfo, encodeTxInfo, hashDecodedTx, specOf, toDecoded, verifyTxSignature } from './tx/registry.js';
import { type OrderInfo, type TxInfoRecord, validateInfo } from './tx/spec.js';
import { decodeInfo, encodeInfo } from './tx/spec-json.js';
import { type JsonObject, type JsonValue, parseJsonExact } from './tx-info-json.js';
import { checkPrimitiveVectors } from './validate-vectors-primitives.js';
import { signWasmCall } from './validate-vectors-wasm-args.js';
import { bytesToHex } from './validate.js';

/** Outcome of one vector case. */
export interface VectorCaseResult {
  readonly section: string;
  readonly id: string;
  readonly ok: boolean;
  readonly failures: readonly string[];
}

/** Outcome of a whole file. */
export interface VectorReport {
  readonly cases: readonly VectorCaseResult[];
  readonly passed: number;
  readonly failed: number;
}

interface KeyInfo {
  sk: bigint;
  pkHex: string;
  accountIndex: bigint;
  apiKeyIndex: bigint;
  chainId: bigint;
  skipNonce: boolean;
  eth?: string;
}

const obj = (v: JsonValue | undefined): JsonObject =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? v : (Object.create(null) as JsonObject);
const arr = (v: JsonValue | undefined): JsonValue[] => (Array.isArray(v) ? v : []);
const str = (v: JsonValue | undefined): string =>
  typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v);
const big = (v: JsonValue | undefined): bigint => (typeof v === 'bigint' ? v : BigInt(str(v) || '0'));
const bigs = (v: JsonValue | undefined): string[] => arr(v).map((x) => big(x).toString());

class Case {
  readonly failures: string[] = [];
  constructor(
    readonly section: string,
    readonly id: string,
  ) {}
  eq(what: string, got: unknown, want: unknown): void {
    const g = Array.isArray(got) ? JSON.stringify(got.map(String)) : String(got);
    const w = Array.isArray(want) ? JSON.stringify(want.map(String)) : String(want);
    if (g !== w) this.failures.push(`${what}: got ${short(g)}, want ${short(w)}`);
  }
  check(what: string, ok: boolean): void {
    if (!ok) this.failures.push(what);
  }
  run(fn: () => void): VectorCaseResult {
    try {
      fn();
    } catch (e) {
      this.failures.push(`threw ${e instanceof Error ? e.message : String(e)}`);
    }
    return { section: this.section, id: this.id, ok: this.failures.length === 0, failures: this.failures };
  }
}

function short(s: string): string {
  return s.length > 120 ? `${s.slice(0, 117)}...` : s;
}

function loadKey(c: Case, id: string, k: JsonObject): KeyInfo {
  const input = obj(k.input);
  const sk =
    str(input.kind) === 'seed' ? privateKeyFromSeed(str(input.seed_hex)) : parsePrivateKey(str(input.private_key_hex));
  const pk = publicKeyFromPrivateKey(sk);
  c.eq(`${id} scalar`, sk, big(k.scalar));
  c.eq(`${id} private_key_le40_hex`, privateKeyToHex(sk).slice(2), str(k.private_key_le40_hex));
  c.eq(`${id} public_key_hex`, bytesToHex(pk), str(k.public_key_hex));
  const info: KeyInfo = {
    sk,
    pkHex: bytesToHex(pk),
    accountIndex: big(k.account_index),
    apiKeyIndex: big(k.api_key_index),
    chainId: big(k.chain_id),
    skipNonce: k.skip_nonce === true,
    ...(typeof k.eth_private_key_for_l1 === 'string' ? { eth: k.eth_private_key_for_l1 } : {}),
  };
  const body = obj(k.wasm_response).body;
  if (typeof body === 'string') {
    const msg = changePubKeyL1Message({
      pubKey: pk,
      nonce: 0n,
      accountIndex: info.accountIndex,
      apiKeyIndex: info.apiKeyIndex,
    });
    c.eq(`${id} ChangePubKey L1 body`, msg, body);
  }
  return info;
}

function checkTx(c: Case, t: JsonObject, keys: Map<string, KeyInfo>): void {
  const key = keys.get(str(t.account));
  if (key === undefined) return void c.failures.push(`unknown account ${str(t.account)}`);
  const chainId = big(t.chain_id);
  const txType = Number(big(t.tx_type));
  const json = str(t.tx_info_json);
  // 1. decode + validate the official tx_info, then re-encode byte for byte.
  const decoded = decodeTxInfo({ txType, txInfo: json });
  c.eq('tx_info re-encoding', encodeTxInfo(decoded), json);
  // 2. field elements and hashes.
  const h = hashDecodedTx({ decoded, chainId });
  c.eq('message_field_elements', h.elements, bigs(t.message_field_elements));
  if (t.body_hash !== undefined) c.eq('body_hash', h.bodyHash, bigs(t.body_hash));
  if (t.attributes_hash !== undefined)
    c.eq('attributes_hash', h.attributesHash ?? 'null', t.attributes_hash === null ? 'null' : bigs(t.attributes_hash));
  if (t.hashed_message !== undefined) c.eq('hashed_message', h.messageHash, bigs(t.hashed_message));
  c.eq('tx_hash', h.txHash, str(t.tx_hash));
  // 3. verification under the account's public key.
  c.check('signature does not verify', verifyTxSignature({ decoded, chainId, publicKey: key.pkHex }));
  // 4. re-sign through the public Signer API from the wasm call, k and clock pinned.
  const sig = obj(t.signature);
  c.eq('Sig vs signature.hex', bytesToHex(decoded.info.Sig ?? new Uint8Array()), str(sig.hex));
  // Signatures drawn from system randomness (determinism section) carry no k: verify only.
  if (sig.nonce_k === undefined) return;
  const signer = createSigner({
    chainId,
    accountIndex: key.accountIndex,
    apiKeyIndex: key.apiKeyIndex,
    privateKey: key.sk,
    nonceK: () => big(sig.nonce_k),
    now: () => Number(big(t.clock_ms)),
  });
  const l1 = obj(t.l1);
  const eth = typeof l1.eth_private_key === 'string' ? l1.eth_private_key : key.eth;
  const wasm = obj(t.wasm_call);
  if (t.wasm_call !== undefined) {
    const signed = signWasmCall(
      signer,
      { fn: str(wasm.fn), args: arr(wasm.args) },
      { skipNonce: key.skipNonce, ...(eth ? { ethPrivateKey: eth } : {}) },
    );
    c.eq('signed tx_info (byte-exact, k injected)', signed.txInfo, json);
    c.eq('signature hex', bytesToHex(signed.signature), str(sig.hex));
    c.eq('signed txHash', signed.txHash, str(t.tx_hash));
    const send = obj(t.send_tx);
    if (t.send_tx !== undefined) {
      c.eq('send_tx.tx_type', signed.sendTx.tx_type, big(send.tx_type));
      c.eq('send_tx.tx_info', signed.sendTx.tx_info, str(send.tx_info));
    }
  } else {
    // No replayable call: re-sign the decoded fields with the logged k.
    const spec = specOf(txType);
    const again = schnorrSign({ privateKey: key.sk, messageHash: h.messageHash, k: big(sig.nonce_k) });
    c.eq('signature hex (k injected)', bytesToHex(again), str(sig.hex));
    c.eq('re-signed tx_info', encodeInfo(spec, { ...(decoded.info as unknown as TxInfoRecord), Sig: again }), json);
  }
  // 5. grouped-order intermediate hashes.
  if (t.order_hashes !== undefined) {
    const orders = (decoded.info as unknown as { Orders: OrderInfo[] }).Orders;
    arr(t.order_hashes).forEach((want, i) => {
      c.eq(`order_hashes[${i}]`, orderHash(orders[i] as OrderInfo), bigs(want));
    });
    arr(t.aggregated_order_hashes).forEach((want, i) => {
      c.eq(`aggregated_order_hashes[${i}]`, aggregatedOrdersHash(orders.slice(0, i + 1)), bigs(want));
    });
  }
  // 6. L1 message, digest, signature and recovery.
  if (t.l1 !== undefined) {
    const msg = l1MessageOf(txType, decoded.info as unknown as TxInfoRecord, chainId);
    c.eq('l1.message', msg, str(l1.message));
    c.eq('l1.eip191_digest', `0x${bytesToHex(personalMessageDigest(str(l1.message)))}`, str(l1.eip191_digest));
    c.eq('l1.eth_address', l1AddressFromPrivateKey(str(l1.eth_private_key)), str(l1.eth_address).toLowerCase());
    c.eq(
      'l1.signature',
      signL1Message({ message: str(l1.message), ethPrivateKey: str(l1.eth_private_key) }),
      str(l1.signature),
    );
    c.eq(
      'l1 recovered address',
      recoverL1Address({ message: str(l1.message), signature: str(l1.signature) }),
      str(l1.eth_address).toLowerCase(),
    );
  }
}

function checkAuth(c: Case, a: JsonObject, keys: Map<string, KeyInfo>): void {
  const key = keys.get(str(a.account));
  if (key === undefined) return void c.failures.push(`unknown account ${str(a.account)}`);
  const message = `${big(a.deadline_unix_s)}:${big(a.account_index)}:${big(a.api_key_index)}`;
  c.eq('message', message, str(a.message));
  c.eq('message_field_elements', packBytes(new TextEncoder().encode(message)), bigs(a.message_field_elements));
  c.eq('hashed_message', authTokenMessageHash(message), bigs(a.hashed_message));
  const sig = obj(a.signature);
  c.eq('token signature', str(a.token).split(':')[3], str(sig.hex));
  const v = verifyAuthToken({ token: str(a.token), publicKey: key.pkHex, nowSeconds: Number(big(a.clock_ms) / 1000n) });
  c.eq('verified account', v.accountIndex, big(a.account_index));
  c.eq('verified api key', v.apiKeyIndex, big(a.api_key_index));
  if (sig.nonce_k === undefined) return;
  const token = buildAuthToken({
    privateKey: key.sk,
    deadline: big(a.deadline_unix_s),
    accountIndex: big(a.account_index),
    apiKeyIndex: big(a.api_key_index),
    k: big(sig.nonce_k),
  });
  c.eq('token (byte-exact, k injected)', token, str(a.token));
}

function checkDeterminism(c: Case, d: JsonObject): void {
  const sigs = obj(d.signatures);
  for (const [id, raw] of Object.entries(obj(d.cases))) {
    const t = obj(raw);
    if (t.tx_info_json === undefined) continue;
    c.eq(`${id} tx_hash is the shared one`, str(t.tx_hash), str(d.same_tx_hash));
    if (sigs[id] !== undefined) c.eq(`${id} signature`, str(obj(t.signature).hex), str(sigs[id]));
  }
}

function checkExpectedError(c: Case, e: JsonObject, keys: Map<string, KeyInfo>): void {
  const key = keys.get(str(e.account));
  if (key === undefined) return void c.failures.push(`unknown account ${str(e.account)}`);
  const signer = createSigner({
    chainId: key.chainId,
    accountIndex: key.accountIndex,
    apiKeyIndex: key.apiKeyIndex,
    privateKey: key.sk,
    nonceK: () => 1n,
    now: () => Number(big(e.clock_ms ?? 1767225600000n)),
  });
  const wasm = obj(e.wasm_call);
  try {
    signWasmCall(signer, { fn: str(wasm.fn), args: arr(wasm.args) }, { skipNonce: key.skipNonce });
    c.failures.push('was signed, expected rejection');
  } catch (err) {
    if (!isSigningInputError(err)) c.failures.push(`rejected with a non-input error: ${String(err)}`);
    else if (!err.message.includes(str(e.error)))
      c.failures.push(`message ${JSON.stringify(err.message)} lacks ${JSON.stringify(str(e.error))}`);
  }
}

function checkModelOnly(c: Case, m: JsonObject, keys: Map<string, KeyInfo>): void {
  const spec = specOf(big(m.tx_type));
  const fields = { ...obj(m.fields) } as JsonObject;
  if (fields.Sig === undefined) fields.Sig = null;
  if (spec.l1SigAfterSig && fields.L1Sig === undefined) fields.L1Sig = '';
  if (fields.L2TxAttributes === undefined) fields.L2TxAttributes = null;
  const info = decodeInfo(spec, fields);
  validateInfo(spec, info);
  const decoded = toDecoded(spec, info);
  const chainId = big(m.chain_id);
  const h = hashDecodedTx({ decoded, chainId });
  c.eq('message_field_elements', h.elements, bigs(m.message_field_elements));
  c.eq(
    'attributes_hash',
    h.attributesHash ?? 'null',
    m.attributes_hash === null || m.attributes_hash === undefined ? 'null' : bigs(m.attributes_hash),
  );
  c.eq('tx_hash', h.txHash, str(m.tx_hash));
  c.eq('third_party_expected', h.txHash, str(m.third_party_expected));
  const w = obj(m.signed_with);
  const key = keys.get(str(w.key));
  if (key !== undefined && m.signature_hex !== undefined) {
    const sig = schnorrSign({ privateKey: key.sk, messageHash: h.messageHash, k: big(w.nonce_k) });
    c.eq('signature_hex (k injected)', bytesToHex(sig), str(m.signature_hex));
    const signedInfo = { ...info, Sig: sig } as TxInfoRecord;
    c.check(
      'signature does not verify',
      verifyTxSignature({ decoded: toDecoded(spec, signedInfo), chainId, publicKey: key.pkHex }),
    );
    if (typeof m.tx_info_json_model === 'string') {
      const model = m.tx_info_json_model.replace(/"L1Sig":"0x<[^"]*>"/, '"L1Sig":""');
      c.eq('tx_info_json_model', encodeInfo(spec, signedInfo), model);
    }
  }
  if (typeof m.l1_message === 'string') c.eq('l1_message', l1MessageOf(spec.txType, info, chainId), m.l1_message);
}

function checkAttributeHash(c: Case, a: JsonObject): void {
  const attrs = attributesFromJson(a.attributes);
  const elems = attributeElements(attrs);
  if (elems === null) return void c.failures.push('attributes are empty');
  const hash = hashToQuinticExtension(elems);
  c.eq('attributes_hash', hash, bigs(a.attributes_hash));
  if (a.third_party_expected_limb0 !== undefined)
    c.eq('third_party_expected_limb0', hash[0], big(a.third_party_expected_limb0));
}

/**
 * Check a parsed vectors document. Every case is independent: one failure never hides another.
 *
 * @example const r = checkVectors(readFileSync(path, 'utf8')); r.failed === 0
 * @throws never (malformed input shows up as failed cases)
 */
export function checkVectors(text: string): VectorReport {
  const cases: VectorCaseResult[] = [];
  let doc: JsonObject;
  try {
    doc = obj(parseJsonExact(text, 'vectors'));
  } catch (e) {
    const r = { section: 'file', id: 'parse', ok: false, failures: [String(e instanceof Error ? e.message : e)] };
    return { cases: [r], passed: 0, failed: 1 };
  }
  const keys = new Map<string, KeyInfo>();
  for (const [id, k] of Object.entries(obj(doc.keys))) {
    const c = new Case('keys', id);
    cases.push(c.run(() => keys.set(id, loadKey(c, id, obj(k)))));
  }
  for (const t of arr(doc.transactions)) {
    const c = new Case('transactions', str(obj(t).id));
    cases.push(c.run(() => checkTx(c, obj(t), keys)));
  }
  for (const a of arr(doc.auth_tokens)) {
    const c = new Case('auth_tokens', str(obj(a).id));
    cases.push(c.run(() => checkAuth(c, obj(a), keys)));
  }
  if (doc.determinism !== undefined) {
    const det = obj(doc.determinism);
    for (const raw of Object.values(obj(det.cases))) {
      const t = obj(raw);
      const c = new Case('determinism', str(t.id));
      cases.push(c.run(() => (t.token !== undefined ? checkAuth(c, t, keys) : checkTx(c, t, keys))));
    }
    const c = new Case('determinism', 'summary');
    cases.push(c.run(() => checkDeterminism(c, det)));
  }
  for (const e of arr(doc.expected_errors)) {
    const c = new Case('expected_errors', str(obj(e).id));
    cases.push(c.run(() => checkExpectedError(c, obj(e), keys)));
  }
  const model = obj(doc.model_only);
  for (const m of arr(model.transactions)) {
    const c = new Case('model_only', str(obj(m).id));
    cases.push(c.run(() => checkModelOnly(c, obj(m), keys)));
  }
  arr(model.attribute_hashes).forEach((a, i) => {
    const c = new Case('model_only.attribute_hashes', String(i));
    cases.push(c.run(() => checkAttributeHash(c, obj(a))));
  });
  if (doc.primitives !== undefined) {
    checkPrimitiveVectors(obj(doc.primitives), (id, fn) => {
      const c = new Case('primitives', id);
      cases.push(c.run(() => fn(c)));
    });
  }
  const failed = cases.filter((r) => !r.ok).length;
  return { cases, passed: cases.length - failed, failed };
}
