'use server';

import { getLogger } from '@/lib/log';
import { confirmSubscription } from '@/lib/forms/newsletter-steps';

import type { TokenStepState } from '../token-step';
import { getStepContext, readTokenField } from '../token-step-context';

/**
 * The confirm button's action: the double opt-in's second step. Its arguments are whatever
 * the request carried: anything but the form's own post is an invalid link.
 */
export async function confirmNewsletter(
  _previous: unknown,
  formData: unknown,
): Promise<TokenStepState> {
  try {
    return { result: await confirmSubscription(readTokenField(formData), await getStepContext()) };
  } catch (error) {
    getLogger().error({ err: (error as Error).name }, 'newsletter.confirm_failed');
    return { result: 'unavailable' };
  }
}
