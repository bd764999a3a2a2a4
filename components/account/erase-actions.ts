'use server';

import { cookies } from 'next/headers';

import { confirmErasure, type ErasureResult } from '@/lib/auth/erasure';
import { getConfig } from '@/lib/config';
import { getReceipts } from '@/lib/forms/receipts';
import { getLogger } from '@/lib/log';
import { getSecret } from '@/lib/secret';

export interface EraseState {
  result: 'idle' | 'unavailable' | ErasureResult;
}

/** The session cookie's names (Auth.js's, with the __Secure- prefix over HTTPS). */
const SESSION_COOKIES = ['authjs.session-token', '__Secure-authjs.session-token'];

/**
 * The confirm button's action. Every session of the customer is deleted with the account, so
 * each device is signed out; this browser's cookie is cleared as well.
 */
export async function confirmErasureAction(
  _previous: unknown,
  formData: unknown,
): Promise<EraseState> {
  const token =
    formData instanceof FormData && typeof formData.get('token') === 'string'
      ? (formData.get('token') as string)
      : undefined;
  try {
    const result = await confirmErasure(token, { secret: getSecret(), receipts: getReceipts() });
    if (result === 'done') {
      const jar = await cookies();
      for (const name of SESSION_COOKIES) {
        if (jar.has(name)) jar.delete({ name, path: '/', secure: getConfig().isHttps });
      }
    }
    return { result };
  } catch (error) {
    getLogger().error({ err: (error as Error).name }, 'account.erasure_confirm_failed');
    return { result: 'unavailable' };
  }
}
