import type { FloorView } from '@plenary/shared';
import { useEffect, useState } from 'react';
import { serverNow } from './floorView';

/** The server's now for a floor view, ticking each second while a speech's clock runs. */
export function useServerClock(view: FloorView | null): number {
  const [received, setReceived] = useState<{ revision: number; at: number }>({ revision: -1, at: 0 });
  const [device, setDevice] = useState(0);
  const revision = view?.revision ?? -1;
  useEffect(() => {
    const at = Date.now();
    setReceived({ revision, at });
    setDevice(at);
  }, [revision]);
  const running = !!view?.state.speech?.clock.startedAt;
  useEffect(() => {
    if (!running) return;
    const t = setInterval(() => setDevice(Date.now()), 1000);
    return () => clearInterval(t);
  }, [running]);
  if (!view) return 0;
  if (received.revision !== revision) return view.serverNow;
  return serverNow(view, received.at, device);
}
