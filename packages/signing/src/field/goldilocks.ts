/**
 * Goldilocks prime field Fp, p = 2^64 - 2^32 + 1 (docs/protocol/signing.md#goldilocks-field).
 *
 * Elements are canonical bigints in [0, p). Go keeps raw uint64 values that may be ≥ p; every
 * function here reduces, so non-canonical inputs (e.g. Go's `uint64(int64(-1))`) behave as Go's
 * arithmetic mod p does.
 */

/** The Goldilocks prime p = 2^64 − 2^32 + 1 (docs/protocol/signing.md#goldilocks-field). */
export const GOLDILOCKS_P = 0xffffffff00000001n;

const P = GOLDILOCKS_P;
const MASK64 = 0xffffffffffffffffn;

/**
 * Reduces any integer (negative included) to its canonical representative in [0, p).
 * @example fpReduce(-1n) // p - 1
 * @throws never
 */
export function fpReduce(x: bigint): bigint {
  const r = x % P;
  return r < 0n ? r + P : r;
}

/**
 * Maps an integer to a field element the way Go's `GoldilocksField(uint64(x))` does: the value is
 * first taken as a two's-complement u64, then reduced mod p (docs/protocol/signing.md#goldilocks-field).
 * So −1 becomes 2^64 − 1 ≡ 2^32 − 2, not p − 1.
 * @example fieldElementFromInt(-1n) // 4294967294n
 * @throws never
 */
export function fieldElementFromInt(x: bigint | number): bigint {
  const v = BigInt.asUintN(64, BigInt(x)) & MASK64;
  return v >= P ? v - P : v;
}

/** (a + b) mod p for canonical a, b. */
export function fpAdd(a: bigint, b: bigint): bigint {
  const r = a + b;
  return r >= P ? r - P : r;
}

/** (a − b) mod p for canonical a, b. */
export function fpSub(a: bigint, b: bigint): bigint {
  const r = a - b;
  return r < 0n ? r + P : r;
}

/** (−a) mod p for canonical a. */
export function fpNeg(a: bigint): bigint {
  return a === 0n ? 0n : P - a;
}

/** (a · b) mod p for canonical a, b. */
export function fpMul(a: bigint, b: bigint): bigint {
  return (a * b) % P;
}

/**
 * a^e mod p (square-and-multiply), e ≥ 0.
 * @example fpPow(3n, GOLDILOCKS_P - 1n) // 1n
 * @throws never
 */
export function fpPow(a: bigint, e: bigint): bigint {
  let result = 1n;
  let base = fpReduce(a);
  while (e > 0n) {
    if (e & 1n) result = (result * base) % P;
    base = (base * base) % P;
    e >>= 1n;
  }
  return result;
}

/**
 * Multiplicative inverse mod p; 0 maps to 0 (as Go's `InverseOrZero`).
 * @example fpMul(fpInv(5n), 5n) // 1n
 * @throws never
 */
export function fpInv(a: bigint): bigint {
  const x = fpReduce(a);
  if (x === 0n) return 0n;
  // Extended Euclid: faster than Fermat for a single 64-bit modulus in BigInt.
  let [r0, r1] = [P, x];
  let [t0, t1] = [0n, 1n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [t0, t1] = [t1, t0 - q * t1];
  }
  return t0 < 0n ? t0 + P : t0;
}

/** Legendre symbol a^((p−1)/2): 1 for a nonzero square, p − 1 for a non-square, 0 for 0. */
export function fpLegendre(a: bigint): bigint {
  return fpPow(a, (P - 1n) >> 1n);
}

// p − 1 = 2^32 · (2^32 − 1): two-adicity 32, generator of the 2^32-th roots of unity
// from fixtures/signing/crypto-constants.json `goldilocks.power_of_two_generator`.
const TWO_ADICITY = 32n;
const ODD_PART = (P - 1n) >> TWO_ADICITY;
const ROOT_OF_UNITY = 7277203076849721926n;

/**
 * Square root in Fp (Tonelli–Shanks), or `undefined` when a is not a square.
 * Which of the two roots is returned is unspecified; callers that need a canonical root fix it.
 * @example fpSqrt(4n) // 2n or p - 2n
 * @throws never
 */
export function fpSqrt(a: bigint): bigint | undefined {
  const n = fpReduce(a);
  if (n === 0n) return 0n;
  if (fpLegendre(n) !== 1n) return undefined;
  let m = TWO_ADICITY;
  let c = ROOT_OF_UNITY;
  let t = fpPow(n, ODD_PART);
  let r = fpPow(n, (ODD_PART + 1n) >> 1n);
  while (t !== 1n) {
    let i = 0n;
    let t2 = t;
    while (t2 !== 1n) {
      t2 = (t2 * t2) % P;
      i++;
    }
    let b = c;
    for (let j = 0n; j < m - i - 1n; j++) b = (b * b) % P;
    m = i;
    c = (b * b) % P;
    t = (t * c) % P;
    r = (r * b) % P;
  }
  return r;
}
