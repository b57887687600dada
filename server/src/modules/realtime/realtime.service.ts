import { Injectable } from '@nestjs/common';
import { MEETING_ROOM, type ClientToServerEvents, type ServerToClientEvents } from '@plenary/shared';
import type { Server } from 'socket.io';

type EventName = keyof ServerToClientEvents;

/** The one way services tell clients a fact: after their transaction committed. */
@Injectable()
export class RealtimeService {
  private server: Server<ClientToServerEvents, ServerToClientEvents> | null = null;

  attach(server: Server<ClientToServerEvents, ServerToClientEvents>): void {
    this.server = server;
  }

  get io(): Server<ClientToServerEvents, ServerToClientEvents> | null {
    return this.server;
  }

  emitToRoom<E extends EventName>(room: string, event: E, ...args: Parameters<ServerToClientEvents[E]>): void {
    this.server?.to(room).emit(event, ...args);
  }

  emitToMeeting<E extends EventName>(meetingId: string, event: E, ...args: Parameters<ServerToClientEvents[E]>): void {
    this.emitToRoom(MEETING_ROOM(meetingId), event, ...args);
  }

  /** To this node's sockets only, never through the cluster adapter. */
  emitToMeetingLocally<E extends EventName>(meetingId: string, event: E, ...args: Parameters<ServerToClientEvents[E]>): void {
    this.server?.local.to(MEETING_ROOM(meetingId)).emit(event, ...args);
  }
}
