/**
 * cxkit: customer-experience management frameworks as typed documents and pure
 * functions. The root entry re-exports every module's public names; import a
 * subpath (`cxkit/core`, …) to keep bundles to what you use.
 *
 * @module cxkit
 */

// Each module's index lists its public names one by one, so re-exporting the
// module index whole exposes nothing internal.
export * from './core/index';
export * from './governance/index';
export * from './journeys/index';
export * from './maturity/index';
export * from './metrics/index';
export * from './people/index';
export * from './render/index';
export * from './strategy/index';
export * from './transfer/index';
export * from './warehouse/index';
export * from './workspace/index';
