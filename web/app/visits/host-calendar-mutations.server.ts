import { graphql, type VariablesOf } from '../graphql';
import { graphqlRequest } from '../lib/api.server';

const setHostCalendarMutation = graphql(`
  mutation SetHostCalendar($input: HostCalendarInput!) {
    setHostCalendar(input: $input) {
      version
    }
  }
`);

export type HostCalendarInput = VariablesOf<typeof setHostCalendarMutation>['input'];

export function setHostCalendar(request: Request, input: HostCalendarInput) {
  return graphqlRequest(request, setHostCalendarMutation, { input });
}

const addBlackoutMutation = graphql(`
  mutation AddHostBlackoutDate($hostRegencyCode: String!, $date: String!, $reason: String!) {
    addHostBlackoutDate(hostRegencyCode: $hostRegencyCode, date: $date, reason: $reason) {
      version
    }
  }
`);

export function addBlackoutDate(request: Request, hostRegencyCode: string, date: string, reason: string) {
  return graphqlRequest(request, addBlackoutMutation, { hostRegencyCode, date, reason });
}

const removeBlackoutMutation = graphql(`
  mutation RemoveHostBlackoutDate($hostRegencyCode: String!, $date: String!) {
    removeHostBlackoutDate(hostRegencyCode: $hostRegencyCode, date: $date) {
      version
    }
  }
`);

export function removeBlackoutDate(request: Request, hostRegencyCode: string, date: string) {
  return graphqlRequest(request, removeBlackoutMutation, { hostRegencyCode, date });
}
