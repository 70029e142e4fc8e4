/**
 * GF(p^5) inversion on float64 limbs, via the Frobenius norm as in the BigInt version
 * (docs/protocol/signing.md#quintic-extension, `InverseOrZero`): f = φ(a)·φ²(a)·φ³(a)·φ⁴(a), N = (a·f)_0 ∈ Fp,
 * a⁻¹ = f·N⁻¹. Only the one base-field inverse uses BigInt.
 */
import { f64Copy, f64Mul, f64MulFp, type F64Buffer } from './fp5-f64.js';
import { fpInv } from './goldilocks.js';

const DTH_ROOT = 1041288259238279555n; // 3^((p−1)/5), fixtures/signing/crypto-constants.json
const P = 0xffffffff00000001n;

// FROB[c−1] holds DTH_ROOT^(c·i) for i = 0..4 as float64 halves (c = 1, 2).
const FROB = new Float64Array(20);
for (let c = 1; c <= 2; c++) {
  const z = DTH_ROOT ** BigInt(c) % P;
  let zi = 1n;
  for (let i = 0; i < 5; i++) {
    FROB[(c - 1) * 10 + 2 * i] = Number(zi & 0xffffffffn);
    FROB[(c - 1) * 10 + 2 * i + 1] = Number(zi >> 32n);
    zi = (zi * z) % P;
  }
}

const R = new Float64Array(40);

// d = φ^c(a) for c ∈ {1, 2}; d must not alias a.
function frobenius(d: F64Buffer, di: number, a: F64Buffer, ai: number, c: 1 | 2): void {
  d[di] = a[ai]!;
  d[di + 1] = a[ai + 1]!;
  for (let i = 2; i < 10; i += 2) f64MulFp(d, di + i, a, ai + i, FROB, (c - 1) * 10 + i);
}

/**
 * d = a⁻¹ (0 ↦ 0). d may alias a.
 * @throws never
 */
export function f64Inv(d: F64Buffer, di: number, a: F64Buffer, ai: number): void {
  frobenius(R, 0, a, ai, 1); // φ(a)
  frobenius(R, 10, R, 0, 1); // φ²(a)
  f64Mul(R, 0, R, 0, R, 10); // e = φ(a)·φ²(a)
  frobenius(R, 10, R, 0, 2); // φ²(e) = φ³(a)·φ⁴(a)
  f64Mul(R, 0, R, 0, R, 10); // f
  f64Mul(R, 10, a, ai, R, 0); // a·f = N(a) in limb 0
  const norm = (BigInt(R[11]!) << 32n) | BigInt(R[10]!);
  const inv = fpInv(norm);
  R[20] = Number(inv & 0xffffffffn);
  R[21] = Number(inv >> 32n);
  f64Copy(R, 30, R, 0);
  for (let i = 0; i < 10; i += 2) f64MulFp(d, di + i, R, 30 + i, R, 20);
}
