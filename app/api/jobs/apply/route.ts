import { NextResponse } from 'next/server';

import { getSubmissionContext } from '@/components/forms/request-context';
import { sealStartedAt } from '@/lib/forms/fill-time';
import type { FormState } from '@/lib/forms/form-state';
import { BodyTooLargeError, readBodyBytesLimited } from '@/lib/http/read-body';
import { APPLY_FORM, applyForJob } from '@/lib/jobs/apply';
import { APPLY_BODY_LIMIT, APPLY_TOO_LARGE_MESSAGE } from '@/lib/jobs/apply-limits';
import { getLogger } from '@/lib/log';
import { getSecret } from '@/lib/secret';

const UNREADABLE =
  'Your application could not be read. Please reload the page, fill it in and send it again.';

/**
 * The apply form's upload, for browsers with JavaScript: the same multipart post as the
 * server action takes, sent by XMLHttpRequest so the page can show its progress, answered
 * with the form's state as JSON. Runs the same applyForJob as the action.
 */
export async function POST(request: Request): Promise<NextResponse> {
  let formData: FormData;
  try {
    const body = await readBodyBytesLimited(request, APPLY_BODY_LIMIT);
    const type = request.headers.get('content-type') ?? '';
    formData = await new Response(new Uint8Array(body), {
      headers: { 'content-type': type },
    }).formData();
  } catch (error) {
    const isTooLarge = error instanceof BodyTooLargeError;
    getLogger().info({ form: APPLY_FORM, err: (error as Error).name }, 'forms.unreadable_upload');
    return answer(
      {
        status: 'invalid',
        message: isTooLarge ? APPLY_TOO_LARGE_MESSAGE : UNREADABLE,
        fieldErrors: {},
        values: {},
        startedAt: await sealStartedAt(getSecret()),
      },
      isTooLarge ? 413 : 400,
    );
  }
  return answer(await applyForJob(formData, await getSubmissionContext(APPLY_FORM)), 200);
}

function answer(state: FormState, status: number): NextResponse {
  return NextResponse.json(state, { status, headers: { 'cache-control': 'no-store' } });
}
