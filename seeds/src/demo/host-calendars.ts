import type { HostCalendarSeed } from '../dataset';
import { NATIONAL_HOLIDAYS_2026_2027 } from './national-holidays';
import { REGENCY } from './regency-codes';

const MONDAY_TO_FRIDAY = [1, 2, 3, 4, 5];

type Capacity = Pick<HostCalendarSeed, 'delegationsPerDay' | 'participantsPerDay' | 'leadTimeDays'>;

function officeHoursCalendar(regencyCode: string, capacity: Capacity): HostCalendarSeed {
  return {
    regencyCode,
    workingDays: MONDAY_TO_FRIDAY,
    ...capacity,
    blackoutDates: NATIONAL_HOLIDAYS_2026_2027,
    capacityIllustrative: true,
  };
}

export const hostCalendars: HostCalendarSeed[] = [
  officeHoursCalendar(REGENCY.BONTANG, { delegationsPerDay: 2, participantsPerDay: 60, leadTimeDays: 14 }),
  officeHoursCalendar(REGENCY.PRABUMULIH, { delegationsPerDay: 1, participantsPerDay: 40, leadTimeDays: 21 }),
  officeHoursCalendar(REGENCY.MUARA_ENIM, { delegationsPerDay: 1, participantsPerDay: 30, leadTimeDays: 14 }),
];
