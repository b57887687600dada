import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import type { DelegationView } from '@plenary/shared';
import { useState } from 'react';
import { delegation } from '../../../testing/fixtures';
import { PresenceCheckIn } from './PresenceCheckIn';

const LIST = [
  delegation('AFG', 'Afghanistan'),
  delegation('AGO', 'Angola'),
  delegation('ATG', 'Antigua and Barbuda'),
  delegation('CIV', "Côte d'Ivoire"),
  delegation('GNB', 'Guinea-Bissau'),
  delegation('TUR', 'Türkiye'),
  delegation('UKR', 'Ukraine'),
  delegation('GBR', 'United Kingdom of Great Britain and Northern Ireland'),
  delegation(null, 'International Committee of the Red Cross'),
];

function Harness({ save }: { save: (id: string, present: boolean) => Promise<DelegationView> }) {
  const [list, setList] = useState(LIST);
  return (
    <PresenceCheckIn
      delegations={list}
      save={save}
      onChanged={(d) => setList((l) => l.map((x) => (x.id === d.id ? d : x)))}
    />
  );
}

function setup() {
  const calls: [string, boolean][] = [];
  const save = (id: string, present: boolean) => {
    calls.push([id, present]);
    const d = LIST.find((x) => x.id === id)!;
    return Promise.resolve({ ...d, present });
  };
  render(<Harness save={save} />);
  const input = screen.getByTestId('presence-search');
  return { calls, input };
}

function rows(): HTMLElement[] {
  return within(screen.getByRole('listbox')).getAllByRole('option');
}
function selected(): string {
  return within(screen.getByRole('listbox')).getByRole('option', { selected: true }).textContent ?? '';
}

async function press(el: HTMLElement, key: string) {
  await act(async () => {
    fireEvent.keyDown(el, { key });
    await Promise.resolve();
  });
}

afterEach(cleanup);

describe('PresenceCheckIn', () => {
  it('has the search box focused on load, with the first delegation highlighted', () => {
    const { input } = setup();
    expect(document.activeElement).toBe(input);
    expect(rows()).toHaveLength(9);
    expect(selected()).toMatch(/Afghanistan/);
  });

  it('narrows by name or ISO code, best match first, ignoring accents', () => {
    const { input } = setup();
    fireEvent.change(input, { target: { value: 'ago' } });
    expect(rows()[0].textContent).toMatch(/Angola/);
    fireEvent.change(input, { target: { value: 'cote' } });
    expect(rows().map((r) => r.textContent)).toEqual([expect.stringMatching(/Côte d'Ivoire/)]);
    fireEvent.change(input, { target: { value: 'bissau' } });
    expect(selected()).toMatch(/Guinea-Bissau/);
  });

  it('moves with the arrow keys, clamped at both ends', async () => {
    const { input } = setup();
    fireEvent.change(input, { target: { value: 'an' } });
    expect(rows().map((r) => r.querySelector('.checkin__name')?.textContent)).toEqual([
      'Angola',
      'Antigua and Barbuda',
      // "England" is one of the United Kingdom's common names; Ukraine's Spanish name "Ucrania" has "an" inside.
      'United Kingdom of Great Britain and Northern Ireland',
      'Afghanistan',
      'Ukraine',
    ]);
    await press(input, 'ArrowDown');
    expect(selected()).toMatch(/Antigua/);
    await press(input, 'End');
    await press(input, 'ArrowDown');
    expect(selected()).toMatch(/Ukraine/);
    await press(input, 'ArrowUp');
    await press(input, 'Home');
    expect(selected()).toMatch(/Angola/);
    expect(input.getAttribute('aria-activedescendant')).toBe(
      screen.getByRole('option', { selected: true }).id,
    );
  });

  it('checks in with Enter, and Enter on a delegation present never checks it out', async () => {
    const { input, calls } = setup();
    fireEvent.change(input, { target: { value: 'AGO' } });
    await press(input, 'Enter');
    expect(calls).toEqual([['id-AGO', true]]);
    expect(screen.getByTestId('presence-message').textContent).toBe('Angola checked in.');
    expect(selected()).toMatch(/Present/);
    expect(screen.getByTestId('presence-count').textContent).toMatch(/^1 State Party checked in/);
    expect(document.activeElement).toBe(input);

    await press(input, 'Enter');
    expect(calls).toEqual([['id-AGO', true]]);
    expect(selected()).toMatch(/Present/);
    expect(screen.getByTestId('presence-message').textContent).toMatch(/Angola is already present/);
  });

  it('checks out only through its own button and a confirmation', async () => {
    const { input, calls } = setup();
    expect(screen.getByTestId<HTMLButtonElement>('presence-check-out').disabled).toBe(true);
    fireEvent.change(input, { target: { value: 'AGO' } });
    await press(input, 'Enter');
    const out = screen.getByTestId<HTMLButtonElement>('presence-check-out');
    expect(out.disabled).toBe(false);
    await act(async () => {
      fireEvent.click(out);
      await Promise.resolve();
    });
    const dialog = screen.getByTestId('confirm-dialog');
    expect(dialog.textContent).toMatch(/Check Angola out\?/);
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
      await Promise.resolve();
    });
    expect(calls).toEqual([['id-AGO', true]]);
    await act(async () => {
      fireEvent.click(screen.getByTestId('presence-check-out'));
      await Promise.resolve();
    });
    await act(async () => {
      fireEvent.click(
        within(screen.getByTestId('confirm-dialog')).getByRole('button', { name: 'Check out' }),
      );
      await Promise.resolve();
    });
    expect(calls).toEqual([
      ['id-AGO', true],
      ['id-AGO', false],
    ]);
    expect(selected()).toMatch(/Absent/);
  });

  it('finds States by common and former names: Turkey, UK, Ivory Coast', () => {
    const { input } = setup();
    fireEvent.change(input, { target: { value: 'Turkey' } });
    expect(selected()).toMatch(/Türkiye/);
    fireEvent.change(input, { target: { value: 'UK' } });
    expect(selected()).toMatch(/United Kingdom/);
    expect(rows()[1]?.textContent).toMatch(/Ukraine/);
    fireEvent.change(input, { target: { value: 'ivory coast' } });
    expect(selected()).toMatch(/Côte d'Ivoire/);
  });

  it('does not count an observer toward the States Parties checked in', async () => {
    const { input } = setup();
    fireEvent.change(input, { target: { value: 'red cross' } });
    await press(input, 'Enter');
    expect(screen.getByTestId('presence-message').textContent).toMatch(/Red Cross checked in/);
    expect(screen.getByTestId('presence-count').textContent).toMatch(/^0 States Parties/);
  });

  it('clears the search with Escape', async () => {
    const { input } = setup();
    fireEvent.change(input, { target: { value: 'angola' } });
    expect(rows()).toHaveLength(1);
    await press(input, 'Escape');
    expect((input as HTMLInputElement).value).toBe('');
    expect(rows()).toHaveLength(9);
  });
});
