// The package ships no types; the benchmark only constructs it.
declare module 'net-promoter-score' {
  export default class NetPromoterScore {
    constructor(scores: number[]);
  }
}
