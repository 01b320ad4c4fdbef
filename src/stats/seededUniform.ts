/**
 * A reproducible stream of uniform numbers in [0, 1) from a 32-bit seed, for resampling
 * inside pure functions (the caller's seed is the only source of randomness).
 *
 * The generator is xoshiro128** (Blackman and Vigna, 2018), its 128-bit state filled from
 * the seed by SplitMix32 (a Weyl sequence with step 0x9e3779b9 through MurmurHash3's
 * 32-bit finalizer). Each number takes two outputs, a and b, as
 * `((a >>> 5)·2²⁶ + (b >>> 6)) / 2⁵³`, which uses all 53 bits of a double (the
 * `genrand_res53` construction of the Mersenne Twister's reference code).
 *
 * @param seed - A whole number from 0 to 2³² − 1.
 * @internal
 */
export function seededUniform(seed: number): () => number {
  let weyl = seed >>> 0;
  const splitMix = () => {
    weyl = (weyl + 0x9e3779b9) >>> 0;
    let value = weyl;
    value = Math.imul(value ^ (value >>> 16), 0x85ebca6b);
    value = Math.imul(value ^ (value >>> 13), 0xc2b2ae35);
    return (value ^ (value >>> 16)) >>> 0;
  };
  let s0 = splitMix();
  let s1 = splitMix();
  let s2 = splitMix();
  let s3 = splitMix();
  const next = () => {
    const product = Math.imul(s1, 5);
    const result = Math.imul((product << 7) | (product >>> 25), 9) >>> 0;
    const shifted = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= shifted;
    s3 = (s3 << 11) | (s3 >>> 21);
    return result;
  };
  return () => {
    const high = next() >>> 5;
    const low = next() >>> 6;
    return (high * 67_108_864 + low) / 9_007_199_254_740_992;
  };
}
