import { z } from 'zod';

/** Events that change one post, page or attachment. */
export const POST_EVENTS = [
  'post.published',
  'post.updated',
  'post.unpublished',
  'post.trashed',
  'post.deleted',
] as const;

/** Events that change what every page shows (menus, settings) or all the content at once. */
export const SITE_EVENTS = ['menu.updated', 'settings.updated', 'content.reloaded'] as const;

const MAX_URIS = 200;

const siteUri = z
  .string()
  .max(2048)
  .regex(/^\/(?!\/)/, 'must be a site path starting with one slash');

const postSchema = z.object({
  databaseId: z.number().int().positive(),
  type: z.string().min(1).max(64),
  /** Where the node lives now; null once it is no longer public. */
  uri: siteUri.nullable(),
  /** Where it lived before this change (a slug change, an unpublish or a trash). */
  previousUri: siteUri.nullable().optional(),
  /** Archives that list it: terms, author, the posts page, parent pages. */
  archiveUris: z.array(siteUri).max(MAX_URIS).default([]),
});

/**
 * The body WordPress sends: a unique event id (for replay protection), the event, and for post
 * events the node's URIs as WordPress knew them at that moment.
 */
export const webhookPayloadSchema = z.discriminatedUnion('event', [
  z.object({
    id: z.string().min(8).max(128),
    event: z.enum(POST_EVENTS),
    post: postSchema,
  }),
  z.object({
    id: z.string().min(8).max(128),
    event: z.enum(SITE_EVENTS),
  }),
]);

export type WebhookPayload = z.infer<typeof webhookPayloadSchema>;
export type WebhookPostChange = z.infer<typeof postSchema>;
