/**
 * @internal The form in which two names of a function (or anything people type) are
 * compared: case, surrounding spaces and runs of spaces do not make a different name.
 */
export function sameName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}
