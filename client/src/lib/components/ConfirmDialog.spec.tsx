import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { ConfirmDialog, useConfirm } from './ConfirmDialog';

afterEach(cleanup);

function renderDialog() {
  const log: string[] = [];
  render(
    <ConfirmDialog
      title="Close the vote?"
      confirmLabel="Close the vote"
      danger
      onConfirm={() => log.push('ok')}
      onCancel={() => log.push('cancel')}
    />,
  );
  return { log, dialog: screen.getByRole('dialog', { name: 'Close the vote?' }) };
}

describe('ConfirmDialog', () => {
  it('opens as a modal <dialog> with the confirm button focused', () => {
    const { dialog } = renderDialog();
    expect(dialog.tagName).toBe('DIALOG');
    expect(dialog.hasAttribute('open')).toBe(true);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Close the vote' }));
  });

  it('never confirms on Enter by itself: Enter belongs to the focused button (Enter on Cancel cancels)', () => {
    const { log, dialog } = renderDialog();
    const cancel = screen.getByRole('button', { name: 'Cancel' });
    cancel.focus();
    // The old dialog caught Enter anywhere and confirmed, closing the vote with Cancel focused.
    fireEvent.keyDown(cancel, { key: 'Enter' });
    fireEvent.keyDown(dialog, { key: 'Enter' });
    expect(log).toEqual([]);
    // What the browser does for Enter on a focused button: activate that button.
    fireEvent.click(cancel);
    expect(log).toEqual(['cancel']);
  });

  it('confirms only through the confirm button, cancels with Esc', () => {
    const { log, dialog } = renderDialog();
    fireEvent.click(screen.getByRole('button', { name: 'Close the vote' }));
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(log).toEqual(['ok', 'cancel']);
  });

  it('keeps Tab inside the dialog, both ways', () => {
    const { dialog } = renderDialog();
    const ok = screen.getByRole('button', { name: 'Close the vote' });
    const cancel = screen.getByRole('button', { name: 'Cancel' });
    fireEvent.keyDown(dialog, { key: 'Tab' });
    expect(document.activeElement).toBe(cancel);
    fireEvent.keyDown(dialog, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(ok);
  });
});

function Opener() {
  const [dialog, confirm] = useConfirm();
  const [answer, setAnswer] = useState<string>('none');
  return (
    <>
      <button
        type="button"
        onClick={() =>
          void confirm({ title: 'Open the meeting?', confirmLabel: 'Open' }).then((ok) =>
            setAnswer(String(ok)),
          )
        }
      >
        Open the meeting
      </button>
      <output>{answer}</output>
      {dialog}
    </>
  );
}

describe('useConfirm', () => {
  it('resolves with the choice and gives focus back to the button that opened it', async () => {
    render(<Opener />);
    const opener = screen.getByRole('button', { name: 'Open the meeting' });
    opener.focus();
    fireEvent.click(opener);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Open' }));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
      await Promise.resolve();
    });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('false');
    expect(document.activeElement).toBe(opener);
  });
});
