import { describe, expect, it } from 'vitest';
import { type IndonesianTimeZone } from '../regions/region.entities';
import {
  availabilityFor,
  checkRequestedDays,
  MAX_DAYS_PER_VISIT,
  type DayLoad,
  type HostCalendarRules,
  type RequestProblem,
} from './availability';
import { localDate } from './host-time';

// March 2026: Mon 2, Mon 9, Tue 10, Wed 11, Thu 12, Fri 13, Sat 14, Sun 15; Nyepi on Thu 19.
function hostRules(overrides: Partial<HostCalendarRules> = {}): HostCalendarRules {
  return {
    timeZone: 'Asia/Makassar',
    workingDays: [1, 2, 3, 4, 5],
    delegationsPerDay: 2,
    participantsPerDay: 40,
    leadTimeDays: 7,
    blackoutDates: [{ date: localDate('2026-03-19'), reason: 'Hari Raya Nyepi' }],
    ...overrides,
  };
}

function load(date: string, delegations: number, participants: number): DayLoad {
  return { date: localDate(date), delegations, participants };
}

function problemsOf(result: ReturnType<typeof checkRequestedDays>): RequestProblem[] {
  return result.ok ? [] : result.problems;
}

const EARLY_MONDAY = '2026-03-02T12:00:00Z'; // Monday 2 March in every zone: 19:00 WIB, 20:00 WITA, 21:00 WIT

describe('lead time and past days in each host time zone, with clocks near midnight', () => {
  // 7 days' notice. 15:30Z on Monday 2 March is 22:30 WIB, 23:30 WITA, but already 00:30 Tuesday in WIT;
  // 16:30Z is 23:30 WIB but Tuesday in WITA and WIT. Monday 9 March needs the request by the host's Monday 2 March.
  it.each([
    ['2026-03-02T14:59:00Z', 'Asia/Jakarta', 'FREE'],
    ['2026-03-02T14:59:00Z', 'Asia/Makassar', 'FREE'],
    ['2026-03-02T14:59:00Z', 'Asia/Jayapura', 'FREE'],
    ['2026-03-02T15:30:00Z', 'Asia/Jakarta', 'FREE'],
    ['2026-03-02T15:30:00Z', 'Asia/Makassar', 'FREE'],
    ['2026-03-02T15:30:00Z', 'Asia/Jayapura', 'TOO_SOON'],
    ['2026-03-02T16:30:00Z', 'Asia/Jakarta', 'FREE'],
    ['2026-03-02T16:30:00Z', 'Asia/Makassar', 'TOO_SOON'],
    ['2026-03-02T16:30:00Z', 'Asia/Jayapura', 'TOO_SOON'],
    ['2026-03-02T17:00:00Z', 'Asia/Jakarta', 'TOO_SOON'],
  ] as const)('at %s a host in %s shows Monday 9 March as %s', (now, timeZone, status) => {
    const rules = hostRules({ timeZone });
    const [day] = availabilityFor(rules, [], localDate('2026-03-09'), localDate('2026-03-09'), now);
    expect(day?.status).toBe(status);

    const check = checkRequestedDays(rules, [], ['2026-03-09'], 10, now);
    expect(problemsOf(check)).toEqual(
      status === 'FREE' ? [] : [{ date: '2026-03-09', reason: 'TOO_LITTLE_NOTICE', detail: '2026-03-10' }],
    );
  });

  it.each([
    ['Asia/Jakarta', [{ date: '2026-03-02', reason: 'TOO_LITTLE_NOTICE', detail: '2026-03-09' }]],
    ['Asia/Makassar', [{ date: '2026-03-02', reason: 'IN_THE_PAST' }]],
    ['Asia/Jayapura', [{ date: '2026-03-02', reason: 'IN_THE_PAST' }]],
  ] as [IndonesianTimeZone, RequestProblem[]][])(
    'at 23:30 WIB on 2 March, 2 March itself is past for a host in %s or not',
    (timeZone, problems) => {
      const check = checkRequestedDays(hostRules({ timeZone }), [], ['2026-03-02'], 10, '2026-03-02T16:30:00Z');
      expect(problemsOf(check)).toEqual(problems);
    },
  );

  it('allows a request for today when the host asks no notice', () => {
    const rules = hostRules({ leadTimeDays: 0 });
    expect(checkRequestedDays(rules, [], ['2026-03-02'], 10, EARLY_MONDAY)).toEqual({ ok: true });
    expect(problemsOf(checkRequestedDays(rules, [], ['2026-02-27'], 10, EARLY_MONDAY))).toEqual([
      { date: '2026-02-27', reason: 'IN_THE_PAST' },
    ]);
  });
});

describe('availabilityFor', () => {
  it('gives one status per day of a week, with what a new request could still book', () => {
    const loads = [
      load('2026-03-10', 1, 15),
      load('2026-03-11', 2, 30),
      load('2026-03-12', 1, 25),
      load('2026-03-12', 0, 15),
    ];
    const week = availabilityFor(hostRules(), loads, localDate('2026-03-09'), localDate('2026-03-15'), EARLY_MONDAY);
    expect(week.map(({ date, status, remainingDelegations, remainingParticipants }) => [
      date,
      status,
      remainingDelegations,
      remainingParticipants,
    ])).toEqual([
      ['2026-03-09', 'FREE', 2, 40],
      ['2026-03-10', 'PARTLY_BOOKED', 1, 25],
      ['2026-03-11', 'FULL', 0, 0],
      ['2026-03-12', 'FULL', 0, 0],
      ['2026-03-13', 'FREE', 2, 40],
      ['2026-03-14', 'CLOSED', 0, 0],
      ['2026-03-15', 'CLOSED', 0, 0],
    ]);
    expect(week[1]?.reasonKey).toBe('visits.availability.partly_booked');
  });

  it('shows blackouts with their reason, ahead of closed and too-soon days', () => {
    const rules = hostRules({
      blackoutDates: [
        { date: localDate('2026-03-04'), reason: 'Rapat paripurna DPRD' },
        { date: localDate('2026-03-14'), reason: 'Festival Bontang Kuala' },
        { date: localDate('2026-03-19'), reason: 'Hari Raya Nyepi' },
      ],
    });
    const days = availabilityFor(rules, [], localDate('2026-03-04'), localDate('2026-03-19'), EARLY_MONDAY);
    const byDate = new Map(days.map((day) => [day.date, day]));
    expect(byDate.get(localDate('2026-03-04'))).toEqual({
      date: '2026-03-04',
      status: 'BLACKOUT',
      reasonKey: 'visits.availability.blackout',
      detail: 'Rapat paripurna DPRD',
      remainingDelegations: 0,
      remainingParticipants: 0,
    });
    expect(byDate.get(localDate('2026-03-05'))?.status).toBe('TOO_SOON');
    expect(byDate.get(localDate('2026-03-14'))).toMatchObject({ status: 'BLACKOUT', detail: 'Festival Bontang Kuala' });
    expect(byDate.get(localDate('2026-03-19'))).toMatchObject({ status: 'BLACKOUT', detail: 'Hari Raya Nyepi' });
    expect(byDate.get(localDate('2026-03-18'))).toMatchObject({ status: 'FREE', remainingParticipants: 40 });
  });

  it('shows a host that also works on Saturdays as open then', () => {
    const rules = hostRules({ workingDays: [1, 2, 3, 4, 5, 6] });
    const days = availabilityFor(rules, [], localDate('2026-03-14'), localDate('2026-03-15'), EARLY_MONDAY);
    expect(days.map((day) => day.status)).toEqual(['FREE', 'CLOSED']);
  });

  it('refuses reversed and overlong ranges', () => {
    expect(() => availabilityFor(hostRules(), [], localDate('2026-03-10'), localDate('2026-03-09'), EARLY_MONDAY)).toThrow(
      RangeError,
    );
    expect(() => availabilityFor(hostRules(), [], localDate('2026-03-01'), localDate('2027-03-02'), EARLY_MONDAY)).toThrow(
      RangeError,
    );
    expect(availabilityFor(hostRules(), [], localDate('2026-03-01'), localDate('2027-03-01'), EARLY_MONDAY)).toHaveLength(366);
  });
});

describe('checkRequestedDays', () => {
  it('accepts free working days, consecutive or not', () => {
    const loads = [load('2026-03-10', 1, 30)];
    expect(checkRequestedDays(hostRules(), loads, ['2026-03-10', '2026-03-12', '2026-03-16'], 10, EARLY_MONDAY)).toEqual({
      ok: true,
    });
  });

  it.each([
    {
      name: 'a blackout, naming its reason',
      dates: ['2026-03-19'],
      problems: [{ date: '2026-03-19', reason: 'BLACKOUT', detail: 'Hari Raya Nyepi' }],
    },
    {
      name: 'a Saturday',
      dates: ['2026-03-14'],
      problems: [{ date: '2026-03-14', reason: 'NOT_WORKING_DAY' }],
    },
    {
      name: 'a day already taken by two delegations',
      loads: [load('2026-03-10', 2, 20)],
      dates: ['2026-03-10'],
      problems: [{ date: '2026-03-10', reason: 'OVER_DELEGATION_CAPACITY', limit: 0 }],
    },
    {
      name: 'more people than seats left',
      loads: [load('2026-03-10', 1, 30)],
      dates: ['2026-03-10'],
      participants: 11,
      problems: [{ date: '2026-03-10', reason: 'OVER_PARTICIPANT_CAPACITY', limit: 10 }],
    },
    {
      name: 'a delegation bigger than a whole day',
      dates: ['2026-03-10'],
      participants: 41,
      problems: [{ date: '2026-03-10', reason: 'OVER_PARTICIPANT_CAPACITY', limit: 40 }],
    },
    {
      name: 'loads from several visits on one day, added up',
      loads: [load('2026-03-10', 1, 20), load('2026-03-10', 1, 20)],
      dates: ['2026-03-10'],
      participants: 1,
      problems: [
        { date: '2026-03-10', reason: 'OVER_DELEGATION_CAPACITY', limit: 0 },
        { date: '2026-03-10', reason: 'OVER_PARTICIPANT_CAPACITY', limit: 0 },
      ],
    },
    {
      name: 'the same day twice',
      dates: ['2026-03-10', '2026-03-11', '2026-03-10'],
      problems: [{ date: '2026-03-10', reason: 'DUPLICATE_DATE' }],
    },
    {
      name: 'a date that does not exist',
      dates: ['2026-02-30', '10/03/2026'],
      problems: [
        { date: '2026-02-30', reason: 'INVALID_DATE' },
        { date: '10/03/2026', reason: 'INVALID_DATE' },
      ],
    },
    {
      name: 'a blackout that also falls on a Saturday, without capacity noise',
      rules: { blackoutDates: [{ date: localDate('2026-03-14'), reason: 'Pilkada' }] },
      dates: ['2026-03-14'],
      participants: 99,
      problems: [
        { date: '2026-03-14', reason: 'BLACKOUT', detail: 'Pilkada' },
        { date: '2026-03-14', reason: 'NOT_WORKING_DAY' },
      ],
    },
    {
      name: 'a day both too soon and on a Sunday',
      dates: ['2026-03-08'],
      problems: [
        { date: '2026-03-08', reason: 'TOO_LITTLE_NOTICE', detail: '2026-03-09' },
        { date: '2026-03-08', reason: 'NOT_WORKING_DAY' },
      ],
    },
    {
      name: 'no days at all',
      dates: [],
      problems: [{ date: null, reason: 'NO_DAYS' }],
    },
    {
      name: `more than ${MAX_DAYS_PER_VISIT} days`,
      dates: ['2026-03-09', '2026-03-10', '2026-03-11', '2026-03-12', '2026-03-13', '2026-03-16'],
      problems: [{ date: null, reason: 'TOO_MANY_DAYS', limit: MAX_DAYS_PER_VISIT }],
    },
    {
      name: 'nobody coming',
      dates: ['2026-03-10'],
      participants: 0,
      problems: [{ date: null, reason: 'INVALID_PARTICIPANT_COUNT' }],
    },
    {
      name: 'a fractional delegation',
      dates: ['2026-03-10'],
      participants: 2.5,
      problems: [{ date: null, reason: 'INVALID_PARTICIPANT_COUNT' }],
    },
  ] as {
    name: string;
    rules?: Partial<HostCalendarRules>;
    loads?: DayLoad[];
    dates: string[];
    participants?: number;
    problems: RequestProblem[];
  }[])('refuses $name', ({ rules, loads = [], dates, participants = 10, problems }) => {
    expect(checkRequestedDays(hostRules(rules), loads, dates, participants, EARLY_MONDAY)).toEqual({
      ok: false,
      problems,
    });
  });

  it('reports every bad day of a request, each with its own reason', () => {
    const loads = [load('2026-03-11', 2, 20)];
    const check = checkRequestedDays(
      hostRules(),
      loads,
      ['2026-03-10', '2026-03-11', '2026-03-14', '2026-03-19'],
      10,
      EARLY_MONDAY,
    );
    expect(problemsOf(check).map(({ date, reason }) => `${date} ${reason}`)).toEqual([
      '2026-03-11 OVER_DELEGATION_CAPACITY',
      '2026-03-14 NOT_WORKING_DAY',
      '2026-03-19 BLACKOUT',
    ]);
  });
});
