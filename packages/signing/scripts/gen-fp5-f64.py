# Generates src/field/fp5-f64.ts: GF(p^5) multiplication on float64 limbs, fully unrolled.
# usage: python3 scripts/gen-fp5-f64.py  (run from packages/signing; writes the file)
L=[]
w=L.append
w("""/**
 * GF(p^5) arithmetic on float64 limbs, for the hot loops of scalar multiplication.
 *
 * BigInt arithmetic allocates on every operation; here an element is ten doubles in a
 * Float64Array, `[lo0, hi0, lo1, hi1, …]` (32-bit halves of the five canonical limbs), and a
 * product is formed from exact 32×16-bit partial products (< 2^50) accumulated in doubles
 * (< 2^53) and then reduced mod p = 2^64 − 2^32 + 1 using 2^64 ≡ 2^32 − 1 and 2^96 ≡ −1.
 * Results are canonical. The multiplication body is generated (scripts in the PR history):
 * it is a plain schoolbook product with X^5 = 3 (docs/protocol/signing.md#quintic-extension), unrolled.
 */
import type { Gfp5 } from './gfp5.js';

const TWO16 = 65536;
const TWO32 = 4294967296;
const INV16 = 1 / 65536;
const INV32 = 1 / 4294967296;
const MAX32 = 4294967295;

/** Ten doubles per element: [lo0, hi0, …, lo4, hi4]. */
export type F64Buffer = Float64Array;

// Doubles passed as arguments to a non-inlined call are boxed (heap-allocated) by V8, so the
// hot helpers exchange values through Float64Arrays instead of parameters.

/**
 * Reduces the element half-pair at d[di], d[di+1] in place: on entry lo + hi·2^32 with any
 * integers |lo|, |hi| < 2^52; on exit the canonical value mod p as (lo, hi) 32-bit halves.
 * @throws never
 */
export function normInPlace(d: F64Buffer, di: number): void {
  let lo = d[di]!;
  let hi = d[di + 1]!;
  let q = Math.floor(lo * INV32);
  lo -= q * TWO32;
  hi += q;
  q = Math.floor(hi * INV32);
  if (q !== 0) {
    // q·2^64 ≡ q·(2^32 − 1)
    hi += q - q * TWO32;
    lo -= q;
    q = Math.floor(lo * INV32);
    lo -= q * TWO32;
    hi += q;
    q = Math.floor(hi * INV32);
    if (q !== 0) {
      hi += q - q * TWO32;
      lo -= q;
      q = Math.floor(lo * INV32);
      lo -= q * TWO32;
      hi += q;
    }
  }
  if (hi === MAX32 && lo >= 1) {
    hi = 0;
    lo -= 1;
  }
  d[di] = lo;
  d[di + 1] = hi;
}

/** Column scratch for {@link reduceColumns}: six values, each < 2^53, weights 2^(16m). */
export const COLS = new Float64Array(6);

/**
 * Reduces Σ COLS[m]·2^(16m) (|·| < 2^133, each |COLS[m]| < 2^52) mod p into d[di], d[di+1].
 * With `lazy`, the result is only partially normalized: a congruent pair with
 * |lo|, |hi| < 2^33. Such a pair may be the `a` operand of another product (its partial
 * products stay < 2^50) but must go through normInPlace before being split as a `b` operand.
 */
export function reduceColumns(d: F64Buffer, di: number, lazy = false): void {
  // Split the odd columns at 16 bits so everything regroups on 32-bit boundaries:
  // value = L0 + L1·2^32 + L2·2^64 + L3·2^96, with 2^64 ≡ 2^32 − 1 and 2^96 ≡ −1.
  const c1 = COLS[1]!;
  const c3 = COLS[3]!;
  const c5 = COLS[5]!;
  const c1h = Math.floor(c1 * INV16);
  const c3h = Math.floor(c3 * INV16);
  const c5h = Math.floor(c5 * INV16);
  const l0 = COLS[0]! + (c1 - c1h * TWO16) * TWO16;
  const l1 = c1h + COLS[2]! + (c3 - c3h * TWO16) * TWO16;
  const l2 = c3h + COLS[4]! + (c5 - c5h * TWO16) * TWO16;
  // L1 ≤ 2^52.7 in the GF(p^5) product, so fold its top before adding L2 (keeps hi < 2^53):
  // q·2^64 ≡ q·2^32 − q.
  const q1 = Math.floor(l1 * INV32);
  let lo = l0 - l2 - c5h - q1;
  let hi = l1 - q1 * TWO32 + q1 + l2;
  if (lazy) {
    let q = Math.floor(lo * INV32);
    lo -= q * TWO32;
    hi += q;
    q = Math.floor(hi * INV32);
    hi += q - q * TWO32;
    lo -= q;
    d[di] = lo;
    d[di + 1] = hi;
    return;
  }
  d[di] = lo;
  d[di + 1] = hi;
  normInPlace(d, di);
}
""")
# mul
w("""/**
 * d = a · b in GF(p^5) (d may alias a or b).
 * @throws never
 */
export function f64Mul(d: F64Buffer, di: number, a: F64Buffer, ai: number, b: F64Buffer, bi: number): void {""")
for i in range(5):
    w(f"  const a{i}l = a[ai + {2*i}]!;")
    w(f"  const a{i}h = a[ai + {2*i+1}]!;")
for j in range(5):
    w(f"  const b{j}l = b[bi + {2*j}]!;")
    w(f"  const b{j}h = b[bi + {2*j+1}]!;")
    w(f"  const b{j}0 = b{j}l & 0xffff;")
    w(f"  const b{j}1 = b{j}l >>> 16;")
    w(f"  const b{j}2 = b{j}h & 0xffff;")
    w(f"  const b{j}3 = b{j}h >>> 16;")
for j in range(1,5):
    for m in range(4):
        w(f"  const t{j}{m} = 3 * b{j}{m};")
for k in range(5):
    terms={m:[] for m in range(6)}
    for i in range(5):
        j=k-i
        pre='b'
        if j<0:
            j+=5; pre='t'
        B=lambda m: f"{pre}{j}{m}"
        terms[0].append(f"a{i}l * {B(0)}")
        terms[1].append(f"a{i}l * {B(1)}")
        terms[2].append(f"a{i}l * {B(2)}"); terms[2].append(f"a{i}h * {B(0)}")
        terms[3].append(f"a{i}l * {B(3)}"); terms[3].append(f"a{i}h * {B(1)}")
        terms[4].append(f"a{i}h * {B(2)}")
        terms[5].append(f"a{i}h * {B(3)}")
    for m in range(6):
        w(f"  COLS[{m}] = {' + '.join(terms[m])};")
    w(f"  reduceColumns(d, di + {2*k});")
w("}")
w("""
/**
 * d = a² in GF(p^5) (d may alias a): the 15 distinct limb products, cross terms doubled.
 * @throws never
 */
export function f64Sqr(d: F64Buffer, di: number, a: F64Buffer, ai: number): void {""")
for i in range(5):
    w(f"  const a{i}l = a[ai + {2*i}]!;")
    w(f"  const a{i}h = a[ai + {2*i+1}]!;")
    w(f"  const a{i}0 = a{i}l & 0xffff;")
    w(f"  const a{i}1 = a{i}l >>> 16;")
    w(f"  const a{i}2 = a{i}h & 0xffff;")
    w(f"  const a{i}3 = a{i}h >>> 16;")
scaled=set()
body=[]
for k in range(5):
    terms={m:[] for m in range(6)}
    for i in range(5):
        for j in range(i,5):
            if (i+j)%5!=k: continue
            f=(1 if i==j else 2)*(3 if i+j>=5 else 1)
            if f==1:
                B=lambda m: f"a{j}{m}"
            else:
                for m in range(4): scaled.add((j,f,m))
                B=lambda m: f"s{j}x{f}{m}"
            terms[0].append(f"a{i}l * {B(0)}")
            terms[1].append(f"a{i}l * {B(1)}")
            terms[2].append(f"a{i}l * {B(2)}"); terms[2].append(f"a{i}h * {B(0)}")
            terms[3].append(f"a{i}l * {B(3)}"); terms[3].append(f"a{i}h * {B(1)}")
            terms[4].append(f"a{i}h * {B(2)}")
            terms[5].append(f"a{i}h * {B(3)}")
    for m in range(6):
        body.append(f"  COLS[{m}] = {' + '.join(terms[m])};")
    body.append(f"  reduceColumns(d, di + {2*k});")
for (j,f,m) in sorted(scaled):
    w(f"  const s{j}x{f}{m} = {f} * a{j}{m};")
L.extend(body)
w("}")
w("""
/**
 * Base-field product: d[di..di+2) = a[ai..ai+2) · b[bi..bi+2) mod p (canonical halves in;
 * with `lazy`, a partially normalized result as in {@link reduceColumns}).
 * @throws never
 */
export function f64MulFp(d: F64Buffer, di: number, a: F64Buffer, ai: number, b: F64Buffer, bi: number, lazy = false): void {
  const al = a[ai]!;
  const ah = a[ai + 1]!;
  const bl = b[bi]!;
  const bh = b[bi + 1]!;
  const b0 = bl & 0xffff;
  const b1 = bl >>> 16;
  const b2 = bh & 0xffff;
  const b3 = bh >>> 16;
  COLS[0] = al * b0;
  COLS[1] = al * b1;
  COLS[2] = al * b2 + ah * b0;
  COLS[3] = al * b3 + ah * b1;
  COLS[4] = ah * b2;
  COLS[5] = ah * b3;
  reduceColumns(d, di, lazy);
}""")
w("""
/**
 * d = a + b (canonical inputs).
 * @throws never
 */
export function f64Add(d: F64Buffer, di: number, a: F64Buffer, ai: number, b: F64Buffer, bi: number): void {
  // Canonical inputs: the sum is < 2p < 2^65, so one conditional subtraction of p suffices.
  for (let i = 0; i < 10; i += 2) {
    let lo = a[ai + i]! + b[bi + i]!;
    let hi = a[ai + i + 1]! + b[bi + i + 1]!;
    if (lo >= TWO32) {
      lo -= TWO32;
      hi += 1;
    }
    if (hi >= TWO32) {
      // ≥ 2^64: subtract p = 2^64 − (2^32 − 1)
      hi -= TWO32;
      lo += MAX32;
      if (lo >= TWO32) {
        lo -= TWO32;
        hi += 1;
      }
    } else if (hi === MAX32 && lo >= 1) {
      // p ≤ sum < 2^64
      hi = 0;
      lo -= 1;
    }
    d[di + i] = lo;
    d[di + i + 1] = hi;
  }
}

/**
 * d = a − b (canonical inputs).
 * @throws never
 */
export function f64Sub(d: F64Buffer, di: number, a: F64Buffer, ai: number, b: F64Buffer, bi: number): void {
  // Canonical inputs: the difference is in (−p, p), so one conditional addition of p suffices.
  for (let i = 0; i < 10; i += 2) {
    let lo = a[ai + i]! - b[bi + i]!;
    let hi = a[ai + i + 1]! - b[bi + i + 1]!;
    if (lo < 0) {
      lo += TWO32;
      hi -= 1;
    }
    if (hi < 0) {
      // add p = 2^64 − 2^32 + 1
      hi += MAX32;
      lo += 1;
      if (lo === TWO32) {
        lo = 0;
        hi += 1;
      }
    }
    d[di + i] = lo;
    d[di + i + 1] = hi;
  }
}

/**
 * d = k · a for a small integer k (|k| ≤ 2^17).
 * @throws never
 */
export function f64MulSmall(d: F64Buffer, di: number, a: F64Buffer, ai: number, k: number): void {
  for (let i = 0; i < 10; i += 2) {
    d[di + i] = a[ai + i]! * k;
    d[di + i + 1] = a[ai + i + 1]! * k;
    normInPlace(d, di + i);
  }
}

/** True when all five limbs are zero (elements are canonical). */
export function f64IsZero(a: F64Buffer, ai: number): boolean {
  for (let i = 0; i < 10; i++) if (a[ai + i] !== 0) return false;
  return true;
}

/** Copies an element. */
export function f64Copy(d: F64Buffer, di: number, a: F64Buffer, ai: number): void {
  for (let i = 0; i < 10; i++) d[di + i] = a[ai + i]!;
}

/**
 * Stores a canonical BigInt element.
 * @throws never
 */
export function f64FromGfp5(d: F64Buffer, di: number, x: Gfp5): void {
  for (let i = 0; i < 5; i++) {
    const v = x[i]!;
    d[di + 2 * i] = Number(v & 0xffffffffn);
    d[di + 2 * i + 1] = Number(v >> 32n);
  }
}

/**
 * Reads an element back as BigInt limbs.
 * @throws never
 */
export function f64ToGfp5(a: F64Buffer, ai: number): Gfp5 {
  const limb = (i: number): bigint => (BigInt(a[ai + 2 * i + 1]!) << 32n) | BigInt(a[ai + 2 * i]!);
  return [limb(0), limb(1), limb(2), limb(3), limb(4)];
}
""")
open('src/field/fp5-f64.ts','w').write("\n".join(L))
