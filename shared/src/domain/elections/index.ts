// Elections (DOMAIN.md §8; GA rules 92-94): the round engine, the count and the lot. See README.md.
export * from './elections';
export * from './elections.errors';
export * from './election.validation';
export * from './lot.rules';
export * from './count.rules';
export * from './rounds.rules';
export * from './standing.rules';
