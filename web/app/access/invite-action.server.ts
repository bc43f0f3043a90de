import { parseWithZod } from '@conform-to/zod/v4';
import { data } from '@remix-run/node';
import { parseScopeValue, type InvitationChoices } from '../accounts/invitation-choices';
import { graphql } from '../graphql';
import { translatorOf } from '../i18n/language.server';
import { graphqlRequest } from '../lib/api.server';
import { replyApiErrors, replyInvalid } from '../lib/form-reply.server';
import { inviteSchema } from './invite-schema';

const inviteMutation = graphql(`
  mutation Invite($input: InviteInput!) {
    invite(input: $input) {
      email
      acceptUrl
      expiresAt
    }
  }
`);

/** The invitation form's action: the place it names read as the API's regency or agency, the API's refusals at the fields. */
export async function sendInvitation(request: Request, choices: InvitationChoices) {
  const t = await translatorOf(request);
  const schema = inviteSchema(t, choices);
  const submission = parseWithZod(await request.formData(), { schema });
  if (submission.status !== 'success') return replyInvalid(submission, t);

  const { scope, coveredRegencyCodes, ...invitation } = submission.value;
  const place = scope ? parseScopeValue(scope) : null;
  const input = {
    ...invitation,
    regencyCode: place?.regencyCode ?? null,
    agencyId: place?.agencyId ?? null,
    coveredRegencyCodes: choices.namesCoveredRegencies && invitation.role === 'COORDINATOR' ? coveredRegencyCodes : [],
  };
  const result = await graphqlRequest(request, inviteMutation, { input });
  if (result.ok) return data({ invitation: result.data.invite, result: submission.reply({ resetForm: true }) });
  // The API names the regency and agency apart; the form offers them as one choice.
  return replyApiErrors(submission, schema, result.errors, t, {
    routing: {
      aliases: { regencyCode: 'scope', agencyId: 'scope' },
      codeMessages: { FORBIDDEN: t('invite.error.forbidden') },
    },
  });
}
