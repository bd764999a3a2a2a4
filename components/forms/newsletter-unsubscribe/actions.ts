'use server';

import { getLogger } from '@/lib/log';
import { unsubscribeFromNewsletter } from '@/lib/forms/newsletter-steps';

import type { TokenStepState } from '../token-step';
import { getStepContext, readTokenField } from '../token-step-context';

/**
 * The unsubscribe button's action. Its arguments are whatever the request carried: anything
 * but the form's own post is an invalid link.
 */
export async function unsubscribeNewsletter(
  _previous: unknown,
  formData: unknown,
): Promise<TokenStepState> {
  try {
    const context = await getStepContext();
    return { result: await unsubscribeFromNewsletter(readTokenField(formData), context) };
  } catch (error) {
    getLogger().error({ err: (error as Error).name }, 'newsletter.unsubscribe_failed');
    return { result: 'unavailable' };
  }
}
