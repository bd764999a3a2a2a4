import { ApolloLink, HttpLink } from '@apollo/client';
import { SchemaLink } from '@apollo/client/link/schema';
import { from, mergeMap } from 'rxjs';

import type { ContentConfig } from '@/lib/config';

import { getLocalSchema } from '../local/load-schema';
import type { Viewer } from '../viewer';

const REQUEST_TIMEOUT_MS = 10_000;

/**
 * The Apollo link for the configured content source: WPGraphQL over HTTP, or the embedded
 * schema in-process. `viewer` 'editor' uses the server's application password (HTTP) or the
 * embedded editor context, and must only serve server-side checks, never a cached page.
 */
export function createContentLink(
  content: ContentConfig,
  viewer: Viewer,
  fetchImpl: typeof fetch = fetch,
): ApolloLink {
  if (content.kind === 'export') return createEmbeddedLink(content.exportFile, viewer);

  const headers: Record<string, string> = {};
  if (viewer === 'editor') {
    if (!content.credentials) {
      throw new Error(
        'editor access to WordPress needs WORDPRESS_AUTH_USER and WORDPRESS_APPLICATION_PASSWORD',
      );
    }
    const { user, applicationPassword } = content.credentials;
    headers.authorization = `Basic ${Buffer.from(`${user}:${applicationPassword}`).toString('base64')}`;
  }
  return new HttpLink({
    uri: content.graphqlUrl,
    headers,
    fetch: (input, init) =>
      fetchImpl(input, {
        ...init,
        cache: 'no-store',
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      }),
  });
}

function createEmbeddedLink(exportFile: string, viewer: Viewer): ApolloLink {
  // The schema is loaded lazily so that a broken export file fails the request that needs it
  // with a clear message, rather than the import of this module.
  return new ApolloLink((operation) =>
    from(getLocalSchema(exportFile)).pipe(
      mergeMap((schema) => new SchemaLink({ schema, context: { viewer } }).request(operation)),
    ),
  );
}
