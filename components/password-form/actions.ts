'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';

import { getConfig } from '@/lib/config';
import { getLogger } from '@/lib/log';
import { getSecret } from '@/lib/secret';
import { getNodePage, getProtectedContentHtml } from '@/lib/wordpress';
import { normalizeUri } from '@/lib/wordpress/cache-tags';
import { UNLOCK_ERROR_COOKIE, type UnlockError } from '@/lib/wordpress/protected/cookie-name';
import {
  sealUnlock,
  UNLOCK_COOKIE,
  UNLOCK_TTL_SECONDS,
} from '@/lib/wordpress/protected/unlock-cookie';

const unlockInput = z.object({
  uri: z.string().min(1).max(2000).startsWith('/'),
  password: z.string().min(1).max(255),
});

/**
 * Checks a visitor's password for a protected post against WordPress. Right: the password is
 * sealed into a cookie scoped to the post's path, as WordPress's own cookie is. Wrong: a
 * short-lived note says why. Either way the visitor is sent back to the post.
 */
export async function unlockEntry(formData: FormData): Promise<void> {
  const parsed = unlockInput.safeParse({
    uri: formData.get('uri'),
    password: formData.get('password'),
  });
  const uri = normalizeUri(
    typeof formData.get('uri') === 'string' ? String(formData.get('uri')) : '/',
  );
  if (!parsed.success) return fail(uri.startsWith('/') ? uri : '/', 'empty');

  const { node, chrome } = await getNodePage(uri);
  if (!node || node.kind === 'archive' || !node.isProtected) redirect(node?.uri ?? '/');

  let content: string | null;
  try {
    content = await getProtectedContentHtml(
      node.databaseId,
      parsed.data.password,
      chrome.wordpressOrigin,
    );
  } catch (error) {
    getLogger().error(
      { err: (error as Error).message, databaseId: node.databaseId },
      'content.unlock_failed',
    );
    return fail(uri, 'unavailable');
  }
  if (content === null) return fail(uri, 'wrong');

  const jar = await cookies();
  const sealed = await sealUnlock(
    { databaseId: node.databaseId, password: parsed.data.password },
    getSecret(),
  );
  jar.set(UNLOCK_COOKIE, sealed, { ...cookieOptions(uri), maxAge: UNLOCK_TTL_SECONDS });
  // Deleted with the same attributes it was set with: a bare deletion would lack Secure.
  jar.set(UNLOCK_ERROR_COOKIE, '', { ...cookieOptions(uri), maxAge: 0 });
  redirect(uri);
}

async function fail(uri: string, reason: UnlockError): Promise<never> {
  (await cookies()).set(UNLOCK_ERROR_COOKIE, reason, { ...cookieOptions(uri), maxAge: 60 });
  redirect(uri);
}

function cookieOptions(uri: string) {
  return {
    path: uri,
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: getConfig().isHttps,
  };
}
