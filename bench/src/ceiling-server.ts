// The ceiling: the least any Node HTTP service can do per request on this machine — read it, answer a fixed JSON body.
import { once } from 'node:events';
import { createServer } from 'node:http';
import { answerBenchParent } from './child-ipc';

const body = Buffer.from(process.env.CEILING_BODY ?? '{"data":{"ok":true}}');
const server = createServer((request, response) => {
  request.resume();
  request.on('end', () => {
    response.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length });
    response.end(body);
  });
});
server.listen(0, '127.0.0.1');
await once(server, 'listening');
const address = server.address();
if (!address || typeof address === 'string') throw new Error('the ceiling server has no TCP address');
answerBenchParent(`http://127.0.0.1:${address.port}/`, () => new Promise((resolve) => server.close(() => resolve())));
