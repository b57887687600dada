import { stateName, type StateView } from '@plenary/shared';
import { useId, useState } from 'react';
import { FormField } from '../../../lib/components/FormField';
import { useFormat, useT } from '../../../lib/locale/context';

/** The register's States with their names in the screen's language. */
function useNamed(states: readonly StateView[]): Pick<StateView, 'iso3' | 'name'>[] {
  const lang = useFormat().locale;
  return states.map((s) => ({
    iso3: s.iso3,
    name: stateName(s.iso3, lang, 'short', { registerName: s.name }),
  }));
}

const optionText = (s: Pick<StateView, 'iso3' | 'name'>) => `${s.name} (${s.iso3})`;

/** The ISO3 a typed text names: "France (FRA)", "FRA" or "france"; '' when it names none. */
export function matchState(text: string, states: readonly Pick<StateView, 'iso3' | 'name'>[]): string {
  const t = text.trim();
  if (!t) return '';
  const code = /\(([A-Za-z]{3})\)\s*$/.exec(t)?.[1] ?? (/^[A-Za-z]{3}$/.test(t) ? t : null);
  if (code) {
    const hit = states.find((s) => s.iso3 === code.toUpperCase());
    if (hit) return hit.iso3;
  }
  const lower = t.toLowerCase();
  return states.find((s) => s.name.toLowerCase() === lower)?.iso3 ?? '';
}

interface Props {
  label: string;
  states: readonly StateView[];
  value: string;
  onChange: (iso3: string) => void;
  error?: string;
  hint?: string;
  name?: string;
}

/** A type-ahead over the register: type a name or code, pick from the list (a native datalist). */
export function StatePicker({ label, states, value, onChange, error, hint, name }: Props) {
  const listId = useId();
  const t = useT();
  const named = useNamed(states);
  const [text, setText] = useState(() => {
    const s = named.find((x) => x.iso3 === value);
    return s ? optionText(s) : value;
  });
  const unknown =
    text.trim() !== '' && value === '' ? t('procedures.picker.unknown', { text: text.trim() }) : undefined;
  return (
    <FormField label={label} error={error} hint={unknown ?? hint}>
      {(p) => (
        <>
          <input
            {...p}
            name={name}
            list={listId}
            value={text}
            autoComplete="off"
            spellCheck={false}
            placeholder={t('procedures.picker.placeholder')}
            onChange={(e) => {
              setText(e.target.value);
              onChange(matchState(e.target.value, named) || matchState(e.target.value, states));
            }}
          />
          <datalist id={listId}>
            {named.map((s) => (
              <option key={s.iso3} value={optionText(s)} />
            ))}
          </datalist>
        </>
      )}
    </FormField>
  );
}

/** Several States: a picker that adds each chosen State to a removable list. */
export function StatesPicker({
  label,
  states,
  value,
  onChange,
  error,
  hint,
}: Omit<Props, 'value' | 'onChange'> & { value: string[]; onChange: (iso3s: string[]) => void }) {
  const t = useT();
  const named = useNamed(states);
  const [pick, setPick] = useState('');
  const [round, setRound] = useState(0);
  const nameOf = (iso3: string) => named.find((s) => s.iso3 === iso3)?.name ?? iso3;
  function add() {
    if (pick && !value.includes(pick)) onChange([...value, pick]);
    setPick('');
    setRound((r) => r + 1);
  }
  return (
    <div className="proc-states">
      <div
        className="proc-states__row"
        onKeyDown={(e) => {
          if (e.key === 'Enter' && pick) {
            e.preventDefault();
            add();
          }
        }}
      >
        <StatePicker
          key={round}
          label={label}
          states={states}
          value={pick}
          onChange={setPick}
          error={error}
          hint={hint ?? t('procedures.picker.hint')}
        />
        <button type="button" className="button" onClick={add} disabled={!pick}>
          {t('procedures.picker.add')}
        </button>
      </div>
      {value.length > 0 && (
        <ul className="proc-chips" aria-label={t('procedures.picker.chosen', { label })}>
          {value.map((iso3) => (
            <li key={iso3} className="proc-chip">
              {nameOf(iso3)} <span className="muted mono">{iso3}</span>
              <button
                type="button"
                className="proc-chip__remove"
                aria-label={t('procedures.picker.remove', { name: nameOf(iso3) })}
                onClick={() => onChange(value.filter((v) => v !== iso3))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
