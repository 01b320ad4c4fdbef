/**
 * @internal Rearranges `values[left..right]` so that `values[k]` holds the value a
 * full ascending sort would put there, everything before it is no larger and
 * everything after it no smaller. Floyd and Rivest's selection (Communications of the
 * ACM 18(3), 1975, algorithm 489): expected linear time, sampling a small range around
 * k on large inputs so that the partitions shrink fast. Hand-written for
 * `Float64Array` without a comparator, because a comparator call per step is what
 * makes general-purpose selection several times slower here.
 */
export function selectInPlace(values: Float64Array, k: number, left = 0, right = values.length - 1): void {
  let low = left;
  let high = right;
  while (high > low) {
    if (high - low > 600) {
      const size = high - low + 1;
      const rank = k - low + 1;
      const logSize = Math.log(size);
      const sample = 0.5 * Math.exp((2 * logSize) / 3);
      const spread = 0.5 * Math.sqrt((logSize * sample * (size - sample)) / size) * (rank - size / 2 < 0 ? -1 : 1);
      const newLow = Math.max(low, Math.floor(k - (rank * sample) / size + spread));
      const newHigh = Math.min(high, Math.floor(k + ((size - rank) * sample) / size + spread));
      selectInPlace(values, k, newLow, newHigh);
    }
    const pivot = values[k] as number;
    let i = low;
    let j = high;
    swap(values, low, k);
    if ((values[high] as number) > pivot) swap(values, low, high);
    while (i < j) {
      swap(values, i, j);
      i++;
      j--;
      while ((values[i] as number) < pivot) i++;
      while ((values[j] as number) > pivot) j--;
    }
    if (values[low] === pivot) swap(values, low, j);
    else {
      j++;
      swap(values, j, high);
    }
    if (j <= k) low = j + 1;
    if (k <= j) high = j - 1;
  }
}

function swap(values: Float64Array, i: number, j: number): void {
  const held = values[i] as number;
  values[i] = values[j] as number;
  values[j] = held;
}
