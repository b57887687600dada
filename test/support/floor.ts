import { applyFloorPatch, unpackFloorView, type FloorView } from '@plenary/shared';
import type { ClientSocket } from './plenary';

/**
 * The floor as a screen in the room builds it: the whole floor when `floor.changed` brings it,
 * each `floor.patched` applied to the view it holds (as `client/src/features/live/liveState.ts`
 * does). A patch it cannot apply is counted in `unapplied`: a real screen would fetch the floor,
 * a spec expects none.
 */
export class FloorWatcher {
  current: FloorView | null;
  whole = 0;
  patched = 0;
  unapplied = 0;
  private waiters: { pred: (f: FloorView) => boolean; resolve: (f: FloorView) => void }[] = [];

  constructor(socket: ClientSocket, initial: FloorView | null) {
    this.current = initial;
    socket.on('floor.changed', (p) => {
      this.whole++;
      this.take(unpackFloorView(p.floor));
    });
    socket.on('floor.patched', (p) => {
      const next = this.current ? applyFloorPatch(this.current, p.patch) : null;
      if (!next) {
        this.unapplied++;
        return;
      }
      this.patched++;
      this.take(next);
    });
  }

  private take(view: FloorView): void {
    const held = this.current;
    // An older floor announced after a newer one (two commits racing) is not taken, as on screens.
    if (held && held.agendaItemId === view.agendaItemId && view.revision <= held.revision) return;
    this.current = view;
    this.waiters = this.waiters.filter((w) => {
      if (!w.pred(view)) return true;
      w.resolve(view);
      return false;
    });
  }

  /** The next view the screen builds that satisfies the predicate; rejects after ms. */
  next(pred: (f: FloorView) => boolean = () => true, ms = 10_000): Promise<FloorView> {
    return new Promise<FloorView>((resolve, reject) => {
      const waiter = {
        pred,
        resolve: (f: FloorView) => {
          clearTimeout(timer);
          resolve(f);
        },
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(new Error(`no floor view as expected within ${ms} ms (unapplied patches: ${this.unapplied})`));
      }, ms);
      this.waiters.push(waiter);
    });
  }
}
