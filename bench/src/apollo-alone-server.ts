// What Apollo Server costs by itself with Tiru's schema: on bare node:http, without the API's Express
// middleware, plugins, request context or database. The API can come no closer to the ceiling than this.
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { headerMapOf } from '@tiru/api/server';
import { buildTiruSchema } from '@tiru/api/server';
import { answerBenchParent } from './child-ipc';

const apollo = new ApolloServer({ schema: await buildTiruSchema() });
await apollo.start();

function jsonBodyOf(request: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8'))));
    request.on('error', reject);
  });
}

async function answerGraphQL(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const answer = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: request.method ?? 'POST', headers: headerMapOf(request.headers), search: '', body: await jsonBodyOf(request) },
    context: async () => ({}),
  });
  if (answer.body.kind !== 'complete') throw new Error('the bench sends no incremental-delivery requests');
  for (const [name, value] of answer.headers) response.setHeader(name, value);
  response.statusCode = answer.status ?? 200;
  response.end(answer.body.string);
}

// A failed request must not end the measured process as an unhandled rejection: it answers 500 instead.
const server = createServer((request, response) => {
  answerGraphQL(request, response).catch((error: unknown) => {
    console.error(error);
    if (response.headersSent) response.destroy();
    else response.writeHead(500).end();
  });
});
server.listen(0, '127.0.0.1');
await once(server, 'listening');
const address = server.address();
if (!address || typeof address === 'string') throw new Error('the Apollo-alone server has no TCP address');
answerBenchParent(`http://127.0.0.1:${address.port}/`, async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await apollo.stop();
});
