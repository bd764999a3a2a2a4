'use server';

import { getLogger } from '@/lib/log';
import { unsubscribeFromNewsletter } from '@/lib/forms/newsletter-steps';
import { getSecret } from '@/lib/secret';

import type { TokenStepState } from '../token-step';

/** The unsubscribe button's action. */
export async function unsubscribeNewsletter(
  _previous: TokenStepState,
  formData: FormData,
): Promise<TokenStepState> {
  const token = formData.get('token');
  try {
    const result = await unsubscribeFromNewsletter(typeof token === 'string' ? token : undefined, {
      secret: getSecret(),
    });
    return { result };
  } catch (error) {
    getLogger().error({ err: (error as Error).name }, 'newsletter.unsubscribe_failed');
    return { result: 'unavailable' };
  }
}
