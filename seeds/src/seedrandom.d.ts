// seedrandom ships no types and @types/seedrandom is not installed; this declares the part we use.
declare module 'seedrandom' {
  type Prng = () => number;
  interface SeedRandom {
    (seed: string): Prng;
    alea(seed: string): Prng;
  }
  const seedrandom: SeedRandom;
  export default seedrandom;
}
