import type { RegisterSummary, StatesResponse } from '@plenary/shared';
import { useQuery } from '../../../lib/useQuery';
import { fetchRegisterSummary, fetchStates } from '../api';

export interface RegisterOnDate {
  summary: RegisterSummary;
  states: StatesResponse;
}

/** The register as it stood on `on` (YYYY-MM-DD); `null` while the date is not valid. */
export function useRegister(on: string | null) {
  return useQuery<RegisterOnDate>(on, async (signal) => {
    const date = on as string;
    const [summary, states] = await Promise.all([
      fetchRegisterSummary(date, signal),
      fetchStates(date, signal),
    ]);
    return { summary, states };
  });
}
