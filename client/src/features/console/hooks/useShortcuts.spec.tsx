import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useShortcuts } from './useShortcuts';

afterEach(cleanup);

function Console({
  log,
  enabled = true,
  dialog = false,
}: {
  log: string[];
  enabled?: boolean;
  dialog?: boolean;
}) {
  useShortcuts(
    {
      o: () => log.push('open'),
      c: () => log.push('close'),
      d: () => log.push('next'),
    },
    enabled,
  );
  return (
    <>
      <label>
        Text of the question <textarea />
      </label>
      <label>
        Method{' '}
        <select>
          <option>Recorded vote</option>
        </select>
      </label>
      <button type="button">Elsewhere</button>
      {dialog && (
        <dialog open aria-label="Close the vote?">
          <button type="button">Inside</button>
        </dialog>
      )}
    </>
  );
}

describe('useShortcuts: the console’s O, C and D', () => {
  it('runs the action for its letter, in either case', () => {
    const log: string[] = [];
    render(<Console log={log} />);
    fireEvent.keyDown(document.body, { key: 'o' });
    fireEvent.keyDown(document.body, { key: 'C' });
    fireEvent.keyDown(screen.getByRole('button', { name: 'Elsewhere' }), { key: 'd' });
    fireEvent.keyDown(document.body, { key: 'x' });
    expect(log).toEqual(['open', 'close', 'next']);
  });

  it('does nothing while typing, with a modifier, on a held key, or when turned off', () => {
    const log: string[] = [];
    const { unmount } = render(<Console log={log} />);
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Text of the question' }), { key: 'c' });
    fireEvent.keyDown(screen.getByRole('combobox', { name: 'Method' }), { key: 'o' });
    fireEvent.keyDown(document.body, { key: 'c', ctrlKey: true });
    fireEvent.keyDown(document.body, { key: 'c', metaKey: true });
    fireEvent.keyDown(document.body, { key: 'c', altKey: true });
    fireEvent.keyDown(document.body, { key: 'c', repeat: true });
    expect(log).toEqual([]);
    unmount();
    render(<Console log={log} enabled={false} />);
    fireEvent.keyDown(document.body, { key: 'c' });
    expect(log).toEqual([]);
  });

  it('does nothing while a dialog is open, so a letter cannot act behind a confirmation', () => {
    const log: string[] = [];
    render(<Console log={log} dialog />);
    fireEvent.keyDown(screen.getByRole('button', { name: 'Inside' }), { key: 'c' });
    fireEvent.keyDown(document.body, { key: 'c' });
    expect(log).toEqual([]);
  });
});
