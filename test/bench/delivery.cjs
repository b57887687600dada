'use strict';
/*
 * When the server has written a tally to every board socket, from inside the server: the bench
 * loads this into every node (`--require`; bench-only, never part of the product). Each
 * `vote.tallied` emit is seen as it returns (socket.io's BroadcastOperator, the path of every slice
 * and of a one-go emit), with the sockets it was written to. Per vote it keeps the version last
 * written to each socket of the meeting's room on this node, and writes to PLENARY_BENCH_DELIVERY
 * one line per version the moment every one of those sockets holds that version or a later one:
 * `{ voteId, version, at, sockets }`, `at` in CLOCK_MONOTONIC ms (the clock of the bench's casts).
 * A cast is then written to every socket at the first such line whose version shows it, and
 * "visible on every watcher" minus that is the time the watchers took to read it (their own
 * processes, on the same cores).
 */
const file = process.env.PLENARY_BENCH_DELIVERY;
if (file) {
  const { dirname, join } = require('node:path');
  const { appendFileSync } = require('node:fs');
  const now = () => Number(process.hrtime.bigint()) / 1e6;
  // socket.io as the server loads it: Nest's socket.io platform may bring its own copy.
  const server = join(__dirname, '..', '..', 'server');
  const from = [server];
  try {
    from.push(dirname(require.resolve('@nestjs/platform-socket.io', { paths: [server] })));
  } catch {
    // no Nest platform: the server's own socket.io only
  }
  const operators = new Set(
    from.map(
      (dir) =>
        require(join(dirname(require.resolve('socket.io', { paths: [dir] })), 'broadcast-operator.js'))
          .BroadcastOperator,
    ),
  );
  /**
   * voteId -> the version last written to each socket, and per version not yet on every socket of
   * the room how many of them still lack it (a socket that gets a later version holds it too).
   */
  const votes = new Map();
  const written = (operator, ev, args) => {
    const tally = ev === 'vote.tallied' && args[0] ? args[0].tally : null;
    if (!tally) return;
    const at = now();
    const { voteId, meetingId, version } = tally;
    const rooms = operator.adapter.rooms;
    const members = rooms.get(`meeting:${meetingId}`);
    if (!members) return;
    let v = votes.get(voteId);
    if (!v) votes.set(voteId, (v = { written: new Map(), lacking: new Map(), newest: -1 }));
    if (version > v.newest) {
      // No socket holds this version before its first write.
      v.newest = version;
      v.lacking.set(version, members.size);
    }
    for (const room of operator.rooms)
      for (const id of rooms.get(room) ?? []) {
        if (!members.has(id)) continue;
        const had = v.written.get(id) ?? -1;
        if (had >= version) continue;
        v.written.set(id, version);
        for (const [u, n] of v.lacking) if (had < u && u <= version) v.lacking.set(u, n - 1);
      }
    for (const [u, n] of v.lacking)
      if (n <= 0) {
        v.lacking.delete(u);
        appendFileSync(
          file,
          `${JSON.stringify({ voteId, version: u, at: +at.toFixed(2), sockets: members.size })}\n`,
        );
      }
  };
  for (const BroadcastOperator of operators) {
    const emit = BroadcastOperator.prototype.emit;
    BroadcastOperator.prototype.emit = function (ev, ...args) {
      const result = emit.call(this, ev, ...args);
      written(this, ev, args);
      return result;
    };
  }
}
