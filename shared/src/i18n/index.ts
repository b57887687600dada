// Six languages (issue #16): catalogues, formatting, State names and the record's sentences.
export * from './languages';
export * from './format';
export * from './catalogue';
export * from './catalogue-check';
export * from './translator';
export * from './reasons.render';
export * from './outcome';
export * from './state-names';
export * from './state-aliases';
export * from './state-search';
export type { StateNamesEntry } from './state-names.generated';
export * from './errors';
export * from './committees';
