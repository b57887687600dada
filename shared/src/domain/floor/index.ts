// The floor (DOMAIN.md §7): speakers, points of order, motions, amendments, division, reconsideration.
export * from './floor';
export * from './floor.settings';
export * from './floor.errors';
export * from './floor.state';
export * from './clock.rules';
export * from './speech.rules';
export * from './speakers.rules';
export * from './rulings.rules';
export * from './motions.rules';
export * from './motion-decision.rules';
export * from './division.rules';
export * from './proposals.rules';
export * from './statements.rules';
export * from './console.rules';
export * from '../../contracts/http/floor.contract';
export * from '../../contracts/http/floor-view.contract';
