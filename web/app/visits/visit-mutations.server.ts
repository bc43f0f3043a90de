import { type TadaDocumentNode } from 'gql.tada';
import { graphql, type VariablesOf } from '../graphql';
import { graphqlRequest, type ApiResult } from '../lib/api.server';
import { type TransitionIntent } from './visit-intents';

type TransitionDocument = TadaDocumentNode<unknown, { id: string; reason?: string | null }>;

/** The workflow steps that take only an optional reason; PROPOSE_DATES also takes dates (below). */
const transitionMutations: Record<TransitionIntent, TransitionDocument> = {
  ACCEPT: graphql(`
    mutation AcceptVisit($id: ID!, $reason: String) {
      acceptVisit(id: $id, reason: $reason) {
        id
      }
    }
  `),
  DECLINE: graphql(`
    mutation DeclineVisit($id: ID!, $reason: String) {
      declineVisit(id: $id, reason: $reason) {
        id
      }
    }
  `),
  CONFIRM: graphql(`
    mutation ConfirmVisit($id: ID!, $reason: String) {
      confirmVisit(id: $id, reason: $reason) {
        id
      }
    }
  `),
  CANCEL: graphql(`
    mutation CancelVisit($id: ID!, $reason: String) {
      cancelVisit(id: $id, reason: $reason) {
        id
      }
    }
  `),
  COMPLETE: graphql(`
    mutation CompleteVisit($id: ID!, $reason: String) {
      completeVisit(id: $id, reason: $reason) {
        id
      }
    }
  `),
};

export function transitionVisit(
  request: Request,
  action: TransitionIntent,
  id: string,
  reason: string | null
): Promise<ApiResult<unknown>> {
  return graphqlRequest(request, transitionMutations[action], { id, reason });
}

const proposeDatesMutation = graphql(`
  mutation ProposeVisitDates($id: ID!, $dates: [String!]!, $reason: String) {
    proposeVisitDates(id: $id, dates: $dates, reason: $reason) {
      id
    }
  }
`);

export function proposeVisitDates(request: Request, id: string, dates: string[], reason: string | null) {
  return graphqlRequest(request, proposeDatesMutation, { id, dates, reason });
}

const postMessageMutation = graphql(`
  mutation PostVisitMessage($visitId: ID!, $body: String!) {
    postVisitMessage(visitId: $visitId, body: $body) {
      id
    }
  }
`);

export function postVisitMessage(request: Request, visitId: string, body: string) {
  return graphqlRequest(request, postMessageMutation, { visitId, body });
}

const addAgendaItemMutation = graphql(`
  mutation AddVisitAgendaItem($visitId: ID!, $input: VisitAgendaItemInput!) {
    addVisitAgendaItem(visitId: $visitId, input: $input) {
      id
    }
  }
`);

export type AgendaItemInput = VariablesOf<typeof addAgendaItemMutation>['input'];

export function addVisitAgendaItem(request: Request, visitId: string, input: AgendaItemInput) {
  return graphqlRequest(request, addAgendaItemMutation, { visitId, input });
}

const removeAgendaItemMutation = graphql(`
  mutation RemoveVisitAgendaItem($visitId: ID!, $itemId: ID!) {
    removeVisitAgendaItem(visitId: $visitId, itemId: $itemId) {
      id
    }
  }
`);

export function removeVisitAgendaItem(request: Request, visitId: string, itemId: string) {
  return graphqlRequest(request, removeAgendaItemMutation, { visitId, itemId });
}

const feedbackMutation = graphql(`
  mutation GiveVisitFeedback($visitId: ID!, $input: VisitFeedbackInput!) {
    giveVisitFeedback(visitId: $visitId, input: $input) {
      id
    }
  }
`);

export type FeedbackInput = VariablesOf<typeof feedbackMutation>['input'];

export function giveVisitFeedback(request: Request, visitId: string, input: FeedbackInput) {
  return graphqlRequest(request, feedbackMutation, { visitId, input });
}
