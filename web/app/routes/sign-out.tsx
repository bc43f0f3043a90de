import { type ActionFunctionArgs, redirect } from '@remix-run/node';
import { graphql } from '../graphql';
import { graphqlRequest } from '../lib/api.server';

const signOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

/** The header's sign-out form posts here; the API ends the session and its Set-Cookie clears the browser's. */
export async function action({ request }: ActionFunctionArgs) {
  const result = await graphqlRequest(request, signOutMutation);
  throw redirect('/', { headers: result.headers });
}

export function loader() {
  return redirect('/');
}
