'use strict';
// The floor: a bare socket.io server, same settings as Plenary's gateway, no framework, no
// database. A driver sends `broadcast`; the server at once emits the given payload to the room.
const { createServer } = require('node:http');
const { Server } = require('socket.io');

const port = Number(process.env.PORT);
const http = createServer();
const io = new Server(http, {
  cors: { origin: true, credentials: true },
  pingInterval: 20000,
  pingTimeout: 20000,
});
let payload = null;
io.on('connection', (socket) => {
  socket.on('join', (_p, ack) => {
    void socket.join('board');
    ack({ ok: true, data: null });
  });
  socket.on('payload', (p, ack) => {
    payload = p;
    ack({ ok: true });
  });
  socket.on('broadcast', ({ seq }, ack) => {
    io.to('board').emit('vote.tallied', { ...payload, seq });
    ack({ ok: true });
  });
});
http.listen(port, '127.0.0.1', () => process.send && process.send({ ready: true }));
process.on('SIGTERM', () => io.close(() => process.exit(0)));
