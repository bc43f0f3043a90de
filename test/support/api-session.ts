import { codeOf, from, postGraphql } from './graphql';
import { demoPassword, type DemoAccount } from './journey';

/** A demo account signed in to the API directly: how a journey sets up what it needs before the part it drives. */
export interface ApiSession {
  /** Runs an operation as this account; fails with the API's code and message when it answers an error. */
  run<Data>(query: string, variables?: object): Promise<Data>;
}

/** Signs `email` in from its own client `address`, so its sign-in and mutation budgets are not the browser's. */
export async function signInToApi(apiUrl: string, email: DemoAccount, address: string): Promise<ApiSession> {
  const signedIn = await postGraphql<{ signIn: { email: string } }>(
    apiUrl,
    'mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { email } }',
    { email, password: demoPassword(email) },
    from(address)
  );
  const cookie = signedIn.cookie;
  if (!signedIn.data || !cookie) throw new Error(`${email} could not sign in to the API: ${codeOf(signedIn)}`);
  return {
    async run<Data>(query: string, variables: object = {}) {
      const answer = await postGraphql<Data>(apiUrl, query, variables, from(address, cookie));
      if (answer.errors || !answer.data) {
        throw new Error(`${codeOf(answer)} from the API: ${answer.errors?.map((error) => error.message).join('; ')}`);
      }
      return answer.data;
    },
  };
}
