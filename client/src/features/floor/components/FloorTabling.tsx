import {
  BUSY_REFUSAL,
  refusalOf,
  submitAmendment,
  submitProposal,
  type DelegationView,
  type FloorActionBody,
  type FloorRefusal,
  type FloorView,
} from '@plenary/shared';
import { useState } from 'react';
import { FormField } from '../../../lib/components/FormField';
import { useFloorText } from '../useFloorText';
import { ActionButton } from './ActionButton';

const NEW_PROPOSAL = '';

/**
 * A proposal or an amendment tabled on the item (DOMAIN.md §7, issue 11 item 4): its identifier
 * (as the meeting calls it, "L.1"), the document symbol if it has one, its text and its sponsors.
 * Several proposals on one question are voted in the order tabled; the rules say why a
 * document cannot be tabled (an identifier taken, a proposal already being voted on).
 */
export function FloorTabling({
  view,
  delegations,
  go,
  busy,
}: {
  view: FloorView;
  delegations: DelegationView[];
  go: (body: FloorActionBody) => Promise<unknown>;
  busy: boolean;
}) {
  const { t } = useFloorText();
  const state = view.state;
  const [amends, setAmends] = useState(NEW_PROPOSAL);
  const [docId, setDocId] = useState('');
  const [symbol, setSymbol] = useState('');
  const [text, setText] = useState('');
  const [sponsors, setSponsors] = useState<string[]>([]);
  const input = {
    id: docId.trim(),
    symbol: symbol.trim() || null,
    text: text.trim(),
    sponsors,
  };
  const why: FloorRefusal | string | null = busy
    ? BUSY_REFUSAL
    : !input.id
      ? t('floor.table.needId')
      : !input.text
        ? t('floor.table.needText')
        : refusalOf(
            amends === NEW_PROPOSAL
              ? submitProposal(state, input)
              : submitAmendment(state, { ...input, proposalId: amends }),
          );
  const reset = () => {
    setDocId('');
    setSymbol('');
    setText('');
    setSponsors([]);
  };

  return (
    <details className="floor-move" data-testid="floor-table">
      <summary>{t('floor.table.summary')}</summary>
      <div className="floor-form">
        <FormField label={t('floor.table.what')} className="floor-field">
          {(aria) => (
            <select
              {...aria}
              value={amends}
              onChange={(e) => setAmends(e.target.value)}
              data-testid="floor-table-what"
            >
              <option value={NEW_PROPOSAL}>{t('floor.table.proposal')}</option>
              {state.proposals.map((p) => (
                <option key={p.id} value={p.id}>
                  {t('floor.table.amendmentTo', { proposal: p.symbol ?? p.id })}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label={t('floor.table.id')} className="floor-field">
          {(aria) => (
            <input
              {...aria}
              value={docId}
              maxLength={100}
              onChange={(e) => setDocId(e.target.value)}
              data-testid="floor-table-id"
            />
          )}
        </FormField>
        <FormField label={t('floor.table.symbol')} className="floor-field">
          {(aria) => (
            <input
              {...aria}
              value={symbol}
              maxLength={100}
              onChange={(e) => setSymbol(e.target.value)}
              data-testid="floor-table-symbol"
            />
          )}
        </FormField>
      </div>
      <div className="floor-form">
        <FormField label={t('floor.table.text')} className="floor-field floor-field--wide">
          {(aria) => (
            <textarea
              {...aria}
              rows={3}
              value={text}
              maxLength={20_000}
              onChange={(e) => setText(e.target.value)}
              data-testid="floor-table-text"
            />
          )}
        </FormField>
        <FormField label={t('floor.table.sponsors')} className="floor-field">
          {(aria) => (
            <select
              {...aria}
              multiple
              size={4}
              value={sponsors}
              onChange={(e) => setSponsors([...e.target.selectedOptions].map((o) => o.value))}
              data-testid="floor-table-sponsors"
            >
              {delegations.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <ActionButton
          why={why}
          onClick={() =>
            void go(
              amends === NEW_PROPOSAL
                ? { action: 'submit-proposal', ...input }
                : { action: 'submit-amendment', ...input, proposalId: amends },
            ).then((done) => done && reset())
          }
          testId="floor-table-submit"
        >
          {t('floor.table.submit')}
        </ActionButton>
      </div>
    </details>
  );
}
