import { graphql, type ResultOf } from '../graphql';
import { graphqlRequest, requireData } from '../lib/api.server';
import { addDays, monthSpan, monthsShown, todayIn } from './calendar-months';
import { pageError } from '../lib/page-errors';

const visitRowFragment = graphql(`
  fragment VisitRow on StudyVisit @_unmask {
    id
    state
    dates
    proposedDates
    participantCount
    hostTimeZone
    createdAt
    hostRegency {
      code
      name
    }
    visitingRegencies {
      code
      name
    }
    programs {
      slug
      title
      acronym
    }
  }
`);

const myVisitsQuery = graphql(
  `
    query MyVisits($role: VisitRole!) {
      myVisits(role: $role, first: 100) {
        ...VisitRow
      }
    }
  `,
  [visitRowFragment]
);

export type VisitRow = ResultOf<typeof visitRowFragment>;

/** Visits the viewer hosts (HOST) or travels on (DELEGATION), newest request first. */
export async function loadMyVisits(request: Request, role: 'HOST' | 'DELEGATION'): Promise<VisitRow[]> {
  return requireData(request, await graphqlRequest(request, myVisitsQuery, { role })).myVisits;
}

const visitLimitsFragment = graphql(`
  fragment VisitLimitsFields on VisitLimits @_unmask {
    daysPerVisit
    participantsPerVisit
    participantName
    participantPosition
    objectives
    questions
    requestLetterNumber
    reason
    message
    agendaText
    willAdopt
    lowestRating
    highestRating
  }
`);

/** The sizes the API accepts for a visit's inputs: the forms check them before they send. */
export type VisitLimits = ResultOf<typeof visitLimitsFragment>;

const visitLimitsQuery = graphql(
  `
    query VisitLimits {
      visitLimits {
        ...VisitLimitsFields
      }
    }
  `,
  [visitLimitsFragment]
);

export async function loadVisitLimits(request: Request): Promise<VisitLimits> {
  return requireData(request, await graphqlRequest(request, visitLimitsQuery)).visitLimits;
}

const visitQuery = graphql(
  `
  query Visit($id: ID!) {
    visitLimits {
      ...VisitLimitsFields
    }
    visit(id: $id) {
      id
      state
      version
      dates
      proposedDates
      participantCount
      objectives
      questions
      requestLetterNumber
      requesterName
      hostTimeZone
      calendarPath
      documents {
        kind
        language
        path
      }
      allowedActions
      actionsNeedingReason
      viewerCan {
        editAgenda
        sendMessage
        giveFeedback
      }
      mySides
      createdAt
      hostRegency {
        code
        name
        province {
          name
        }
      }
      visitingRegencies {
        code
        name
        province {
          name
        }
      }
      visitingAgencies {
        id
        name
      }
      coordinatorAgency {
        name
      }
      programs {
        slug
        title
        acronym
      }
      participants {
        name
        position
        agency {
          name
        }
      }
      history {
        action
        actorName
        at
        dates
        fromState
        toState
        reason
      }
      messages {
        id
        authorName
        body
        createdAt
        side
      }
      agenda {
        id
        date
        startTime
        endTime
        activity
        place
        presenter
      }
      feedback {
        rating
        willAdopt
        updatedAt
        replications {
          stage
          regency {
            code
            name
          }
          program {
            slug
            title
          }
        }
      }
      replicationRegenciesForViewer {
        code
        name
      }
    }
  }
`,
  [visitLimitsFragment]
);

export type Visit = NonNullable<ResultOf<typeof visitQuery>['visit']>;

/** A visit the viewer takes part in, with the limits of its forms; 404 otherwise (the API answers null for visits of others). */
export async function loadVisit(request: Request, id: string): Promise<{ visit: Visit; limits: VisitLimits }> {
  const { visit, visitLimits } = requireData(request, await graphqlRequest(request, visitQuery, { id }));
  if (!visit) throw pageError(404);
  return { visit, limits: visitLimits };
}

const hostCalendarQuery = graphql(`
  query HostCalendar($hostRegencyCode: String!) {
    hostCalendar(hostRegencyCode: $hostRegencyCode) {
      version
      canEdit
      timeZone
      workingDays
      delegationsPerDay
      participantsPerDay
      leadTimeDays
      agency {
        id
        name
      }
      blackoutDates {
        date
        reason
      }
    }
  }
`);

const availabilityQuery = graphql(`
  query Availability($hostRegencyCode: String!, $from: String!, $to: String!) {
    availability(hostRegencyCode: $hostRegencyCode, from: $from, to: $to) {
      date
      status
      detail
      remainingDelegations
      remainingParticipants
    }
  }
`);

export type HostCalendar = NonNullable<ResultOf<typeof hostCalendarQuery>['hostCalendar']>;
export type DayAvailability = ResultOf<typeof availabilityQuery>['availability'][number];

/**
 * A host's calendar and the status of each day of `monthsShown` months: from `firstMonth`, or else from the month
 * of the first day that gives the host enough notice. `calendar` is null when the host has published none.
 */
export async function loadHostAvailability(
  request: Request,
  hostRegencyCode: string,
  firstMonth: string | null
): Promise<{ calendar: HostCalendar | null; firstMonth: string; days: DayAvailability[] }> {
  const { hostCalendar: calendar } = requireData(
    request,
    await graphqlRequest(request, hostCalendarQuery, { hostRegencyCode })
  );
  const earliest = addDays(todayIn(calendar?.timeZone ?? 'Asia/Jakarta'), calendar?.leadTimeDays ?? 0);
  const shownFrom = firstMonth ?? earliest.slice(0, 7);
  if (!calendar) return { calendar, firstMonth: shownFrom, days: [] };
  const span = monthSpan(shownFrom, monthsShown);
  const { availability } = requireData(
    request,
    await graphqlRequest(request, availabilityQuery, { hostRegencyCode, ...span })
  );
  return { calendar, firstMonth: shownFrom, days: availability };
}
