/**
 * A short, safe description of a received value for error messages: strings are
 * quoted and cut, objects named by their type, never printed whole.
 *
 * @internal
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 37)}…` : value;
    return JSON.stringify(shown);
  }
  // Numbers as written (NaN and Infinity included), and null and undefined by name.
  if (typeof value === 'number' || value === null || value === undefined) return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid Date' : 'a Date';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}
