import type { ErrorCode } from '../contracts/errors';
import type { Reason } from '../domain/reasons/reasons';
import type { MessageKey } from './catalogue';
import { resolveLanguage } from './languages';
import { renderReason } from './reasons.render';
import { formatMessage, type Message } from './translator';

// Every error code, the server's and the client's own, has a message in the six languages: a code
// added to shared/src/contracts/errors.ts without its `error.<CODE>` key fails to compile here.
type MissingErrorMessages = Exclude<`error.${ErrorCode}`, MessageKey>;
const everyErrorHasAMessage: [MissingErrorMessages] extends [never] ? true : MissingErrorMessages = true;
void everyErrorHasAMessage;

/** What an error answer carries that a reader's language can be rendered from. */
export type ErrorFacts = {
  code: ErrorCode;
  /** The request field at fault, named as the API names it (not translated). */
  field?: string;
  /** The refusal as data, when a shared rule gave one: rendered with its facts (rule, counts, article). */
  reason?: Reason;
  /**
   * A request's validation issues already worded in the reader's language (the server's zod pipe
   * parses again with zod's locale for that language): each issue's sentence, then its field.
   */
  localIssues?: readonly { field: string; message: string }[];
};

/** The error's sentence as data: its reason when it has one, else the code's message. */
export function errorMessage(e: ErrorFacts): Message {
  return e.reason ? { key: `reason.${e.reason.code}`, params: e.reason.params } : { key: `error.${e.code}` };
}

/**
 * An error's message in the language asked for: the reason's sentence (with its facts) or the
 * code's, then the field at fault ("(champ : stateIso3)"); a validation refusal with its issues in
 * that language gives the code's sentence, then each issue with its field. An unknown language
 * gives English.
 */
export function renderError(locale: string | null | undefined, e: ErrorFacts): string {
  const { language } = resolveLanguage(locale);
  if (e.localIssues?.length) {
    const issues = e.localIssues.map(
      (i) => `${i.message} ${formatMessage(language, 'error.field', { field: i.field })}`,
    );
    return `${formatMessage(language, `error.${e.code}`)} ${issues.join('; ')}`;
  }
  const sentence = e.reason ? renderReason(language, e.reason) : formatMessage(language, `error.${e.code}`);
  return e.field ? `${sentence} ${formatMessage(language, 'error.field', { field: e.field })}` : sentence;
}
