// Officeholders and committees (DOMAIN.md §9): terms of office, the derived Coordinating Committee, slates.
export * from './offices';
export * from './offices.errors';
export * from './terms.rules';
export * from './terms.validation';
export * from './slate.rules';
export * from './conclusions.rules';
