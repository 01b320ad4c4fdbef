function editDistance(left: string, right: string): number {
  const previous = Array.from({ length: right.length + 1 }, (_, index) => index);
  for (let row = 1; row <= left.length; row++) {
    let diagonal = previous[0] as number;
    previous[0] = row;
    for (let column = 1; column <= right.length; column++) {
      const above = previous[column] as number;
      const cost = left[row - 1] === right[column - 1] ? 0 : 1;
      previous[column] = Math.min(above + 1, (previous[column - 1] as number) + 1, diagonal + cost);
      diagonal = above;
    }
  }
  return previous[right.length] as number;
}

/**
 * The known key closest to an unknown one, when it is close enough to be a typo
 * (at most two edits, or the same letters in another case).
 *
 * @internal
 */
export function suggestKey(unknownKey: string, knownKeys: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const known of knownKeys) {
    // Compared without case, so that a key in another case is at distance 0.
    const distance = editDistance(unknownKey.toLowerCase(), known.toLowerCase());
    if (distance < bestDistance) {
      best = known;
      bestDistance = distance;
    }
  }
  return bestDistance <= Math.min(2, Math.floor(unknownKey.length / 2)) ? best : undefined;
}
