import { type ApolloServer, type BaseContext, HeaderMap } from '@apollo/server';
import { type IncomingHttpHeaders } from 'node:http';
import { type Request, type RequestHandler, type Response } from 'express';

/** Node's request headers as Apollo wants them: one string per name, repeated values joined. */
export function headerMapOf(headers: IncomingHttpHeaders): HeaderMap {
  const map = new HeaderMap();
  for (const [key, value] of Object.entries(headers)) {
    if (value !== undefined) map.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  return map;
}

/**
 * Apollo Server as an Express 5 handler: what `expressMiddleware` of `@as-integrations/express5` 1.1
 * does, except that it reads the query string with `url.parse`, which Node 24 deprecates and checks on
 * every call — ~8 % of the CPU of a trivial GraphQL request (bench/README.md, 6 Dec). The request body
 * is parsed before this handler (`graphql-endpoint/graphql-endpoint.ts`).
 */
export function apolloExpressHandler<Context extends BaseContext>(
  server: ApolloServer<Context>,
  context: (args: { req: Request; res: Response }) => Promise<Context>,
): RequestHandler {
  server.assertStarted('apolloExpressHandler()');
  return async (req, res) => {
    const queryStart = req.url.indexOf('?');
    const response = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method, headers: headerMapOf(req.headers), search: queryStart === -1 ? '' : req.url.slice(queryStart), body: req.body },
      context: () => context({ req, res }),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.send(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };
}
