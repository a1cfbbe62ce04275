/** Pure needs calculations (no Nest, no DB): see ../README.md and /shared/domain.md §1–4. */
export * from './errors.js';
export * from './rounding.js';
export * from './workload.js';
export * from './wisn.js';
export * from './ratio.js';
export * from './family.js';
export * from './projection.js';
export * from './priority.js';
export * from './cost.js';
export * from './optimiser.js';
