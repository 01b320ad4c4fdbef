/**
 * The form every cxkit identifier takes: 1–128 characters of letters, digits and
 * `-` `_` `.` `:`, starting with a letter or digit. Safe as a file name, a URL
 * segment and an object key (it can never be `__proto__`).
 *
 * @category Identifiers
 */
export const identifierPattern: RegExp = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;
