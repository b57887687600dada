import type { Principal } from '@plenary/shared';
import { useEffect, useRef } from 'react';
import { useLocale } from '../../../lib/locale/context';
import { saveLanguage } from '../api';

/**
 * The language per user and per device (issue #16, item 1). This device remembers its own choice
 * (LocaleProvider); the account or delegation keeps the one it chose last on the server. When a
 * principal signs in (or a page opens signed in) its language comes to this device; a principal
 * that never chose takes this device's choice; a choice made while signed in is kept for its
 * other devices. A language Plenary does not have stays the choice and shows English.
 */
export function useUserLanguage(principal: Principal | null): void {
  const { choice, setLocale } = useLocale();
  const who = principal ? `${principal.userId ?? ''}/${principal.delegationId ?? ''}` : null;
  const synced = useRef<{ who: string; saved: string | null } | null>(null);

  useEffect(() => {
    if (!principal || !who) {
      synced.current = null;
      return;
    }
    let state = synced.current;
    if (state?.who !== who) {
      state = synced.current = { who, saved: principal.language ?? null };
      if (principal.language) {
        if (principal.language !== choice) setLocale(principal.language);
        return;
      }
    }
    if (choice && choice !== state.saved) {
      state.saved = choice;
      // Not kept (offline, session just ended): this device still remembers it.
      saveLanguage(choice).catch(() => undefined);
    }
  }, [principal, who, choice, setLocale]);
}
