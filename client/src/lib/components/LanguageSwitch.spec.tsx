import { fireEvent, render, screen } from '@testing-library/react';
import { LocaleProvider, LANGUAGE_STORAGE_KEY } from '../locale/LocaleProvider';
import { useT } from '../locale/context';
import { LanguageSwitch } from './LanguageSwitch';

function Label() {
  return <p data-testid="label">{useT()('common.language')}</p>;
}

describe('LanguageSwitch', () => {
  beforeEach(() => window.localStorage.clear());

  it('switches every message, lang and dir, and remembers the choice on this device', () => {
    const { unmount } = render(
      <LocaleProvider>
        <LanguageSwitch />
        <Label />
      </LocaleProvider>,
    );
    expect(screen.getByTestId('label').textContent).toBe('Language');
    fireEvent.change(screen.getByTestId('language-switch'), { target: { value: 'ar' } });
    expect(screen.getByTestId('label').textContent).toBe('اللغة');
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('ar');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('ar');
    unmount();
    // A new page on this device opens in the language chosen.
    render(
      <LocaleProvider>
        <Label />
      </LocaleProvider>,
    );
    expect(screen.getByTestId('label').textContent).toBe('اللغة');
    expect(document.documentElement.dir).toBe('rtl');
  });

  it('shows English for a language it does not have', () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'de');
    render(
      <LocaleProvider>
        <Label />
      </LocaleProvider>,
    );
    expect(screen.getByTestId('label').textContent).toBe('Language');
    expect(document.documentElement.dir).toBe('ltr');
  });
});
