// Articles 5, 8, 12 and 13: periods, counts over all States Parties, and their HTTP contract.
export * from './convening';
export * from './convening.errors';
export * from './periods.rules';
export * from './counts.rules';
export * from './procedures.rules';
export * from './compliance.rules';
export * from './counted.rules';
export * from '../../contracts/http/convening.contract';
