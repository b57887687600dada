/**
 * The database could not be started or reached, or is not ours. The message is written for the
 * operator and is printed as it is, on one line, instead of a stack trace.
 */
export class DatabaseStartError extends Error {
  override readonly name = 'DatabaseStartError';
}
