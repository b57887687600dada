import type { Reason, ReasonCode } from '../domain/reasons/reasons';
import type { MessageKey } from './catalogue';
import { type Message, renderMessage } from './translator';

// Every reason code has a message in the catalogues: a code without its `reason.<code>` key fails here.
type MissingReasonMessages = Exclude<`reason.${ReasonCode}`, MessageKey>;
const everyReasonHasAMessage: [MissingReasonMessages] extends [never] ? true : MissingReasonMessages = true;
void everyReasonHasAMessage;

/** The catalogue message for a reason: `reason.<code>` with the reason's facts as parameters. */
export function reasonMessage(reason: Reason): Message {
  return { key: `reason.${reason.code}`, params: reason.params };
}

/** Any outcome, refusal or explanation of the shared rules as a sentence in the language asked for. */
export function renderReason(locale: string | null | undefined, reason: Reason): string {
  return renderMessage(locale, reasonMessage(reason));
}
