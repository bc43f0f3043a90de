import { parseArgs } from 'node:util';
import { ensureAdministrator } from '../accounts';
import { databaseTargetFrom, openOrmForEnvironment } from '../db';
import { DomainError } from '../errors';
import { configForEntryPoint } from './production-settings';
import { entities } from './entities';

// `npm run create-admin -- --email <address> [--name <display name>]`: the first administrator of a deployment.
// The password is prompted for (hidden) or read from stdin, never from the command line, where `ps` and the
// shell history would keep it.

const USAGE = `Usage: npm run create-admin -- --email <address> [--name "<display name>"]
  The password is asked for (twice, hidden) or, when stdin is not a terminal, read from its first line:
    printf '%s\\n' "$ADMIN_PASSWORD" | npm run create-admin -- --email admin@example.go.id
  Running it again for the same e-mail changes nothing; for an existing account it adds the ADMIN role.`;

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
  }
  const { default: password } = await import('@inquirer/password');
  const first = await password({ message: 'Password of the administrator', mask: true });
  const again = await password({ message: 'The same password again', mask: true });
  if (first !== again) fail('The two passwords differ; nothing was changed.');
  return first;
}

if (process.argv.some((argument) => argument === '--password' || argument.startsWith('--password='))) {
  fail('A password is never given on the command line (ps and the shell history would keep it): type it when asked, or pipe it on stdin.');
}
const { values } = (() => {
  try {
    return parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' }, help: { type: 'boolean', default: false } } });
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
})();
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (!values.email) fail('--email is required.');

const config = configForEntryPoint(['database']);
const password = await readPassword();
const orm = await openOrmForEnvironment(databaseTargetFrom(config), config.environment, { entities });
try {
  const email = values.email;
  const outcome = await ensureAdministrator(orm.em.fork(), { email, displayName: values.name ?? email.split('@')[0] ?? email, password });
  const said = { created: 'created', granted: 'already existed; it is now an administrator (its password is unchanged)', unchanged: 'is already an administrator; nothing changed' };
  console.log(`The account ${email.trim().toLowerCase()} ${said[outcome]}.`);
} catch (error) {
  if (!(error instanceof DomainError)) throw error;
  console.error(error.message);
  process.exitCode = 2;
} finally {
  await orm.close();
}
