import { data } from '@remix-run/node';
import { graphql } from '../graphql';
import { translatorOf } from '../i18n/language.server';
import { explainApiErrors } from '../lib/api-rejection';
import { graphqlRequest, requireData, statusForApiErrors, type ApiError, type ApiResult } from '../lib/api.server';
import { textField } from '../lib/form-submission.server';

const accountsQuery = graphql(`
  query ManagedAccounts($first: Int!, $after: String, $search: String) {
    accounts(first: $first, after: $after, search: $search) {
      edges {
        node {
          id
          email
          displayName
          deactivatedAt
          memberships {
            role
            regencyCode
            agencyId
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const accountQuery = graphql(`
  query ManagedAccount($id: ID!) {
    account(id: $id) {
      id
      email
      displayName
      createdAt
      deactivatedAt
      viewerCanManage
      memberships {
        id
        role
        regencyCode
        agencyId
        coveredRegencyCodes
        viewerCanWithdraw
      }
    }
  }
`);

const sessionFields = graphql(`
  fragment SessionFields on AccountSession @_unmask {
    id
    createdAt
    expiresAt
    clientAddress
    current
  }
`);

const accountSessionsQuery = graphql(
  `
    query ManagedAccountSessions($id: ID!) {
      account(id: $id) {
        sessions {
          ...SessionFields
        }
      }
    }
  `,
  [sessionFields]
);

const mySessionsQuery = graphql(
  `
    query MySessions {
      mySessions {
        ...SessionFields
      }
    }
  `,
  [sessionFields]
);

const ACCOUNTS_PER_PAGE = 25;

/** A page of the account directory, found by the `q` and `after` of the address. */
export async function loadAccountDirectory(request: Request) {
  const params = new URL(request.url).searchParams;
  const search = params.get('q')?.trim() ?? '';
  const after = params.get('after');
  const result = await graphqlRequest(request, accountsQuery, { first: ACCOUNTS_PER_PAGE, after: after || null, search: search || null });
  return { search, ...requireData(request, result).accounts };
}

/** One account, with its sessions when the API lets the viewer see them (`viewerCanManage`). */
export async function loadManagedAccount(request: Request, id: string) {
  const { account } = requireData(request, await graphqlRequest(request, accountQuery, { id }));
  if (!account.viewerCanManage) return { account, sessions: [] };
  const sessions = requireData(request, await graphqlRequest(request, accountSessionsQuery, { id }));
  return { account, sessions: sessions.account.sessions };
}

export async function loadMySessions(request: Request) {
  return requireData(request, await graphqlRequest(request, mySessionsQuery)).mySessions;
}

const deactivateMutation = graphql(`
  mutation DeactivateAccount($id: ID!) {
    deactivateAccount(accountId: $id) {
      id
    }
  }
`);
const reactivateMutation = graphql(`
  mutation ReactivateAccount($id: ID!) {
    reactivateAccount(accountId: $id) {
      id
    }
  }
`);
const withdrawMutation = graphql(`
  mutation WithdrawMembership($id: ID!) {
    withdrawMembership(membershipId: $id)
  }
`);
const endSessionMutation = graphql(`
  mutation EndSession($id: ID!) {
    endSession(sessionId: $id)
  }
`);
const endAccountSessionsMutation = graphql(`
  mutation EndAccountSessions($id: ID!) {
    endAccountSessions(accountId: $id)
  }
`);
const revokeInvitationMutation = graphql(`
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(invitationId: $id)
  }
`);

/** What an account or sessions form asks for: one button, one intent, the id it names. */
export const ACCOUNT_INTENTS = ['deactivate', 'reactivate', 'withdraw', 'endSession', 'endSessions', 'revokeInvitation'] as const;
export type AccountIntent = (typeof ACCOUNT_INTENTS)[number];

export interface AccountActionOutcome {
  done?: AccountIntent;
  formError?: string;
}

function send(request: Request, intent: AccountIntent, id: string): Promise<ApiResult<unknown>> {
  switch (intent) {
    case 'deactivate':
      return graphqlRequest(request, deactivateMutation, { id });
    case 'reactivate':
      return graphqlRequest(request, reactivateMutation, { id });
    case 'withdraw':
      return graphqlRequest(request, withdrawMutation, { id });
    case 'endSession':
      return graphqlRequest(request, endSessionMutation, { id });
    case 'endSessions':
      return graphqlRequest(request, endAccountSessionsMutation, { id });
    case 'revokeInvitation':
      return graphqlRequest(request, revokeInvitationMutation, { id });
  }
}

function refusalMessage(errors: readonly ApiError[], t: Awaited<ReturnType<typeof translatorOf>>): string | undefined {
  const [first] = errors;
  if (first?.code === 'CONFLICT' && first.field === 'accountId') return t('accounts.error.lastAdmin');
  if (first?.code === 'FORBIDDEN') return t('accounts.error.forbidden');
  return explainApiErrors(errors, t, []).formError;
}

/** Runs the form's intent against the API; the page is then loaded afresh, showing the change or why it was refused. */
export async function runAccountIntent(request: Request, allowed: readonly AccountIntent[]) {
  const form = await request.formData();
  const t = await translatorOf(request);
  const intent = textField(form, 'intent') as AccountIntent;
  const id = textField(form, 'id');
  if (!allowed.includes(intent) || !id) return data<AccountActionOutcome>({ formError: t('form.errorSummary') }, { status: 400 });
  const result = await send(request, intent, id);
  if (result.ok) return data<AccountActionOutcome>({ done: intent });
  return data<AccountActionOutcome>({ formError: refusalMessage(result.errors, t) }, { status: statusForApiErrors(result.errors) });
}
