import { buildSchema, type GraphQLSchema } from 'graphql';

import type { WxrDocument } from '../wxr';
import { attachResolvers, type ResolverMap } from './attach-resolvers';
import { contentNodeResolvers } from './resolvers/content-nodes';
import { contentTypeResolvers } from './resolvers/content-types';
import { menuResolvers } from './resolvers/menus';
import { rootQueryResolvers } from './resolvers/root-query';
import { termAndUserResolvers } from './resolvers/terms-users';
import { typeNameOf } from './resolvers/type-names';
import { localSchemaSdl } from './schema-sdl';
import { LocalSite, locationEnumName } from './site/local-site';

/** How the embedded site is made from its export. */
export interface LocalSchemaOptions {
  /** The site's public URL (no trailing slash); defaults to the export's base URLs. */
  siteUrl?: string;
  /** Whether attachments become media items (the recorded reference site imported none). */
  importAttachments?: boolean;
  /** The clock that decides whether a dated post is published yet. */
  now?: () => Date;
}

const EMPTY_LOCATIONS = /enum MenuLocationEnum \{\s*EMPTY\s*\}/;

/**
 * A GraphQL schema that answers like WPGraphQL 2.12 on the WordPress site `doc` would make
 * once imported. Run it with Apollo's SchemaLink and a `LocalGraphQLContext`.
 * @example new SchemaLink({ schema: createLocalSchema(doc), context: { viewer: 'anonymous' } })
 */
export function createLocalSchema(
  doc: WxrDocument,
  options: LocalSchemaOptions = {},
): GraphQLSchema {
  const site = new LocalSite(doc, {
    siteUrl: options.siteUrl ?? (doc.site.baseBlogUrl || doc.site.link || doc.site.baseSiteUrl),
    importAttachments: options.importAttachments ?? true,
    now: (options.now ?? (() => new Date()))(),
  });
  const locations = menuLocationEnum(Object.keys(doc.settings.menuLocations));
  const typeDefs = locations ? localSchemaSdl.replace(EMPTY_LOCATIONS, locations) : localSchemaSdl;

  const resolvers = {
    ...rootQueryResolvers(site),
    ...contentNodeResolvers(site),
    ...contentTypeResolvers(site),
    ...termAndUserResolvers(site),
    ...menuResolvers(site),
  } as unknown as ResolverMap;
  return attachResolvers(buildSchema(typeDefs), resolvers, typeNameOf);
}

/**
 * WPGraphQL names menu locations after what the theme registers, upper-cased; with none it
 * declares the single value EMPTY. Portico's export extension plays the theme's part.
 */
function menuLocationEnum(locations: string[]): string {
  if (locations.length === 0) return '';
  return `enum MenuLocationEnum {\n${locations.map((name) => `  ${locationEnumName(name)}`).join('\n')}\n}`;
}
