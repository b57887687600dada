import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/** The meeting a screen works on, kept in `?meeting=` so a reload or a shared link keeps it. */
export function useSelectedMeeting(): [string | null, (id: string | null) => void] {
  const [params, setParams] = useSearchParams();
  const id = params.get('meeting');
  const select = useCallback(
    (next: string | null) =>
      setParams((p) => {
        const q = new URLSearchParams(p);
        if (next) q.set('meeting', next);
        else q.delete('meeting');
        return q;
      }),
    [setParams],
  );
  return [id, select];
}
