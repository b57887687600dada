import { FloorViewSchema, type FloorActionBody, type FloorView } from '@plenary/shared';
import { apiRequest } from '../../lib/api';

const id = encodeURIComponent;

/** One action of the chair on an item's floor; the room's `floor.changed` updates every screen. */
export function floorAction(
  meetingId: string,
  agendaItemId: string,
  body: FloorActionBody,
): Promise<FloorView> {
  return apiRequest(`/api/meetings/${id(meetingId)}/agenda/${id(agendaItemId)}/floor`, FloorViewSchema, {
    method: 'POST',
    body,
  });
}
