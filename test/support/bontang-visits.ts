import { type ApiSession } from './api-session';

const BONTANG = '64.74';
/** The two regencies the South Kalimantan coordinator brings in the journeys (Tabalong, Hulu Sungai Tengah). */
const DELEGATION = ['63.09', '63.07'];

/**
 * The day each journey that books Bontang through the API takes, counted back from the end of the window: one day
 * per journey, so no two journeys meet on a host day, and the request form's first free day stays clear for the
 * journey that picks it in the browser.
 */
export const bontangDayFromEnd = { hostAccepts: 1, coordinatorConfirms: 2 } as const;

const statusesOfOpenDays = ['visits.availability.free', 'visits.availability.partly_booked', 'visits.availability.full'];

interface Day {
  date: string;
  reasonKey: string;
  remainingDelegations: number;
}

/**
 * The open day of Bontang's next 60 days at `fromEnd`. Counted among the days the calendar's rules open (working, no
 * blackout, enough notice) whatever is booked on them, so the journeys' own bookings do not move each other's days.
 */
async function bontangDay(session: ApiSession, fromEnd: number): Promise<string> {
  const today = new Date();
  const to = new Date(today.getTime() + 60 * 86_400_000);
  const { availability } = await session.run<{ availability: Day[] }>(
    'query($from: String!, $to: String!, $host: String!) { availability(from: $from, to: $to, hostRegencyCode: $host) { date reasonKey remainingDelegations } }',
    { from: today.toISOString().slice(0, 10), to: to.toISOString().slice(0, 10), host: BONTANG }
  );
  const day = availability.filter((candidate) => statusesOfOpenDays.includes(candidate.reasonKey)).at(-fromEnd);
  if (!day || day.remainingDelegations === 0) throw new Error(`Bontang has no bookable day ${fromEnd} from the end`);
  return day.date;
}

/** The coordinator requests a visit to Bontang's Prolita for the journey's own day; returns its id and day. */
export async function requestBontangVisit(
  coordinator: ApiSession,
  journey: keyof typeof bontangDayFromEnd
): Promise<{ id: string; day: string }> {
  const day = await bontangDay(coordinator, bontangDayFromEnd[journey]);
  const { requestVisit } = await coordinator.run<{ requestVisit: { id: string } }>(
    'mutation($input: RequestVisitInput!) { requestVisit(input: $input) { id } }',
    {
      input: {
        hostRegencyCode: BONTANG,
        programSlugs: ['prolita-bontang'],
        dates: [day],
        visitingRegencyCodes: DELEGATION,
        participantCount: 2,
        objectives: 'Mempelajari bantuan Rp50 juta per RT yang dikelola warga.',
        participants: [
          { name: 'Rina Wati', position: 'Kepala Bappeda Tabalong' },
          { name: 'Agus Salim', position: 'Kabid Perkim HST' },
        ],
      },
    }
  );
  return { id: requestVisit.id, day };
}

export async function acceptVisit(host: ApiSession, id: string): Promise<void> {
  await host.run('mutation($id: ID!) { acceptVisit(id: $id) { id } }', { id });
}
