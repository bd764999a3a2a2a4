'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';

import { getConfig } from '@/lib/config';
import { getLogger } from '@/lib/log';
import { getSecret } from '@/lib/secret';
import { getNodePage, getProtectedContentHtml } from '@/lib/wordpress';
import { normalizeUri } from '@/lib/wordpress/cache-tags';
import {
  sealUnlock,
  UNLOCK_COOKIE,
  UNLOCK_TTL_SECONDS,
} from '@/lib/wordpress/protected/unlock-cookie';

export interface UnlockState {
  error?: string;
}

const unlockInput = z.object({
  uri: z.string().min(1).max(2000).startsWith('/'),
  password: z.string().min(1, 'Enter the password.').max(255, 'That password is too long.'),
});

/**
 * Checks a visitor's password for a protected post against WordPress and, when right, seals
 * it into a cookie scoped to that post's path, as WordPress's own post-password cookie is.
 */
export async function unlockEntry(
  _previous: UnlockState,
  formData: FormData,
): Promise<UnlockState> {
  const parsed = unlockInput.safeParse({
    uri: formData.get('uri'),
    password: formData.get('password'),
  });
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? 'Enter the password.' };

  const uri = normalizeUri(parsed.data.uri);
  const { node, chrome } = await getNodePage(uri);
  if (!node || node.kind === 'archive' || !node.isProtected)
    return { error: 'This page is not protected.' };

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
    return { error: 'The content could not be loaded just now. Please try again in a minute.' };
  }
  if (content === null) return { error: 'That password is not right. Please try again.' };

  const sealed = await sealUnlock(
    { databaseId: node.databaseId, password: parsed.data.password },
    getSecret(),
  );
  (await cookies()).set(UNLOCK_COOKIE, sealed, {
    path: uri,
    httpOnly: true,
    sameSite: 'lax',
    secure: getConfig().siteUrl.startsWith('https:'),
    maxAge: UNLOCK_TTL_SECONDS,
  });
  redirect(uri);
}
