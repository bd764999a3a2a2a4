'use server';

import { getConfig } from '@/lib/config';
import { getLogger } from '@/lib/log';
import { confirmSubscription } from '@/lib/forms/newsletter-steps';
import { getSecret } from '@/lib/secret';

import type { TokenStepState } from '../token-step';

/** The confirm button's action: the double opt-in's second step. */
export async function confirmNewsletter(
  _previous: TokenStepState,
  formData: FormData,
): Promise<TokenStepState> {
  const token = formData.get('token');
  try {
    const result = await confirmSubscription(typeof token === 'string' ? token : undefined, {
      secret: getSecret(),
      siteUrl: getConfig().siteUrl,
    });
    return { result };
  } catch (error) {
    getLogger().error({ err: (error as Error).name }, 'newsletter.confirm_failed');
    return { result: 'unavailable' };
  }
}
