import { createServer, type IncomingMessage, type Server } from 'node:http';

import { graphql, type GraphQLSchema } from 'graphql';

export interface FakeWordPress {
  url: string;
  graphqlUrl: string;
  /** GraphQL requests received, with the auth header each carried. */
  requests: Array<{ operationName: string | null; authorization: string | undefined }>;
  /** While true, every request is answered with a 503, as a WordPress that is down. */
  setDown(isDown: boolean): void;
  close(): Promise<void>;
}

/**
 * A WordPress on loopback that speaks WPGraphQL over HTTP (POST /graphql, JSON), backed by
 * the embedded schema, so the real HttpLink path can be tested without a PHP install.
 * `makeSchema` gets the server's own origin, which the schema reports as the WordPress URL.
 * `editorAuthorization` is the Basic header that grants the 'editor' viewer.
 */
export async function startFakeWordPress(
  makeSchema: (origin: string) => GraphQLSchema,
  editorAuthorization?: string,
): Promise<FakeWordPress> {
  const requests: FakeWordPress['requests'] = [];
  let isDown = false;
  let schema: GraphQLSchema | undefined;

  const server: Server = createServer(async (request, response) => {
    if (isDown) {
      response.writeHead(503, { 'content-type': 'text/plain' }).end('down for maintenance');
      return;
    }
    if (request.method !== 'POST' || !request.url?.startsWith('/graphql')) {
      response.writeHead(404).end();
      return;
    }
    const body = JSON.parse(await readBody(request)) as {
      query: string;
      variables?: Record<string, unknown>;
      operationName?: string;
    };
    const authorization = request.headers.authorization;
    requests.push({ operationName: body.operationName ?? null, authorization });
    const viewer =
      editorAuthorization && authorization === editorAuthorization ? 'editor' : 'anonymous';
    const result = await graphql({
      schema: (schema ??= makeSchema(url)),
      source: body.query,
      variableValues: body.variables,
      operationName: body.operationName,
      contextValue: { viewer },
    });
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result));
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('fake WordPress has no port');
  const url = `http://127.0.0.1:${address.port}`;
  return {
    url,
    graphqlUrl: `${url}/graphql`,
    requests,
    setDown: (down) => {
      isDown = down;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (data += chunk));
    request.on('end', () => resolve(data));
    request.on('error', reject);
  });
}
