// Every table, one file per area; drizzle-kit generates the migrations from this module.
export * from './audit';
export * from './auth';
export * from './cases';
export * from './grids';
export * from './households';
export * from './party';
export * from './settings';
export * from './stats';
export * from './team';
export * from './transfer';
