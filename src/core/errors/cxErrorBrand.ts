/**
 * The mark every {@link CxError} carries. A registered symbol (`Symbol.for`) is one and the
 * same value in every copy of cxkit loaded in a process — the ESM and the CommonJS build, or
 * two installed versions — so an error raised by one is recognized by `isCxError` of another,
 * where `instanceof` sees two different classes.
 *
 * @internal
 */
export const cxErrorBrand: unique symbol = /* @__PURE__ */ Symbol.for('cxkit.CxError');
