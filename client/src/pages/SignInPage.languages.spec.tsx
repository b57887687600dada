import { cleanup, fireEvent, screen } from '@testing-library/react';
import { LANGUAGE_STORAGE_KEY } from '../lib/locale/LocaleProvider';
import { mockFetch, unauthenticated } from '../testing/mockFetch';
import { renderApp } from '../testing/renderApp';

let fetchMock: ReturnType<typeof mockFetch>;
afterEach(() => {
  cleanup();
  fetchMock.restore();
  window.localStorage.clear();
});

function open(lang: string, url = '/signin', routes = {}) {
  window.localStorage.setItem(LANGUAGE_STORAGE_KEY, lang);
  fetchMock = mockFetch({ 'GET /api/auth/me': unauthenticated, ...routes });
  return renderApp(url);
}

describe('the sign-in page in other languages', () => {
  it('words the forms and their refusals in French, the shared schema’s lengths included', async () => {
    open('fr');
    expect(await screen.findByRole('heading', { level: 1, name: 'Se connecter' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Code d’accès'), { target: { value: 'ABC' } });
    fireEvent.click(screen.getByRole('button', { name: 'Se connecter avec le code' }));
    expect(await screen.findByText('Code d’accès : au moins 6 caractères')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Se connecter' }));
    expect(await screen.findByText('Nom d’utilisateur : obligatoire')).toBeTruthy();
    expect(fetchMock.calls.filter((c) => c.method === 'POST')).toEqual([]);
  });

  it('says when sign-in is paused in Russian, with the plural the count takes', async () => {
    open('ru', '/signin', {
      'POST /api/auth/code': () => ({
        status: 429,
        headers: { 'Retry-After': '840' },
        body: { statusCode: 429, code: 'RATE_LIMITED', message: 'Too many attempts' },
      }),
    });
    fireEvent.change(await screen.findByLabelText('Код доступа'), { target: { value: 'ABCD-EFGH' } });
    fireEvent.click(screen.getByRole('button', { name: 'Войти по коду' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /^Слишком много попыток входа\. .*повторите попытку в \d\d:\d\d \(через 14 минут\)\.$/,
    );
  });

  it('lays out Arabic right to left and names the roles, the screens and the missing page in Chinese', async () => {
    open('ar');
    expect(await screen.findByRole('heading', { level: 1, name: 'تسجيل الدخول' })).toBeTruthy();
    expect(document.documentElement.dir).toBe('rtl');
    expect(screen.getByRole('navigation', { name: 'الشاشات' })).toBeTruthy();
    cleanup();
    fetchMock.restore();
    open('zh', '/no/such/page');
    expect(await screen.findByRole('heading', { level: 1, name: '没有此页面' })).toBeTruthy();
    expect(screen.getByText('/no/such/page 处没有内容。')).toBeTruthy();
    expect(screen.getByRole('link', { name: '前往缔约国登记册。' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(document.documentElement.dir).toBe('ltr');
  });
});
