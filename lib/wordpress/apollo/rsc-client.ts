import 'server-only';

import {
  ApolloClient,
  InMemoryCache,
  registerApolloClient,
} from '@apollo/client-integration-nextjs';

import { getConfig } from '@/lib/config';

import { createContentLink } from './create-link';
import { possibleTypes } from './possible-types';

/**
 * Apollo for server components: registerApolloClient makes one client per request, so no
 * cache is ever shared between visitors.
 */
export const { getClient } = registerApolloClient(
  () =>
    new ApolloClient({
      cache: new InMemoryCache({ possibleTypes }),
      link: createContentLink(getConfig().content, 'anonymous'),
    }),
);
