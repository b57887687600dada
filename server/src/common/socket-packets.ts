/**
 * Socket.io packet middleware: every command reaches its handler as (payload, ack). A client that
 * sends an ack with no payload (or with extra arguments) would otherwise have its ack taken for
 * the payload and never be answered.
 */
export function payloadThenAck(packet: unknown[], next: (err?: Error) => void): void {
  const last = packet[packet.length - 1];
  if (typeof last === 'function')
    packet.splice(1, packet.length - 1, packet.length > 2 ? packet[1] : undefined, last);
  next();
}
