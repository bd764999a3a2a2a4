import { cookies, headers } from 'next/headers';
import { NextResponse } from 'next/server';
import { z } from 'zod';

import { getConfig } from '@/lib/config';
import { getClientAddress } from '@/lib/http/client-address';
import { BodyTooLargeError, readBodyLimited } from '@/lib/http/read-body';
import { getLogger } from '@/lib/log';
import { limitConsentChoice } from '@/lib/rate-limit';
import {
  CONSENT_COOKIE,
  CONSENT_MAX_AGE_SECONDS,
  readConsentState,
  saveConsentChoice,
  type ConsentState,
} from '@/lib/privacy/consent';
import { isGpcHeaderOn, isSameOriginRequest } from '@/lib/privacy/consent/request-signals';

export const dynamic = 'force-dynamic';

const MAX_BODY_BYTES = 4096;
const SETTINGS_PATH = '/privacy/cookies/';
const NO_STORE = { 'cache-control': 'private, no-store' };

const choiceInput = z.object({
  action: z.enum(['accept-all', 'reject-all', 'custom']),
  categories: z.array(z.string().max(40)).max(10).default([]),
  gpc: z.boolean().default(false),
});

/** The visitor's consent as the server reads it: the banner asks this before trusting a cookie. */
export async function GET(): Promise<Response> {
  const jar = await cookies();
  const isGpcOn = isGpcHeaderOn((await headers()).get('sec-gpc'));
  return NextResponse.json(readConsentState(jar.get(CONSENT_COOKIE)?.value, isGpcOn), {
    headers: NO_STORE,
  });
}

/**
 * Records a choice. The banner posts JSON and gets the new state back; the settings page
 * posts a plain form (it works without JavaScript) and is sent back to itself.
 */
export async function POST(request: Request): Promise<Response> {
  const requestHeaders = await headers();
  if (!isSameOriginRequest(request.headers, requestHeaders.get('host'))) {
    return NextResponse.json({ error: 'cross-site' }, { status: 403, headers: NO_STORE });
  }
  const isForm = (request.headers.get('content-type') ?? '').includes('form-urlencoded');
  let text: string;
  try {
    text = await readBodyLimited(request, MAX_BODY_BYTES);
  } catch (error) {
    if (!(error instanceof BodyTooLargeError)) throw error;
    return NextResponse.json({ error: 'too-large' }, { status: 413, headers: NO_STORE });
  }
  const parsed = choiceInput.safeParse(isForm ? readForm(text) : readJson(text));
  if (!parsed.success) {
    return NextResponse.json({ error: 'invalid' }, { status: 422, headers: NO_STORE });
  }

  const limit = limitConsentChoice(getClientAddress(requestHeaders));
  if (!limit.allowed) {
    return NextResponse.json(
      { error: 'too-many' },
      {
        status: 429,
        headers: { ...NO_STORE, 'retry-after': String(Math.ceil(limit.retryAfterMs / 1000)) },
      },
    );
  }

  const jar = await cookies();
  let saved: { cookie: string; state: ConsentState };
  try {
    saved = saveConsentChoice({
      action: parsed.data.action,
      categories: parsed.data.categories,
      isGpcOn: isGpcHeaderOn(requestHeaders.get('sec-gpc')) || parsed.data.gpc,
      clientAddress: readClientAddress(requestHeaders),
      previousCookie: jar.get(CONSENT_COOKIE)?.value,
    });
  } catch (error) {
    getLogger().error({ err: (error as Error).message }, 'consent.record_failed');
    return NextResponse.json({ error: 'unavailable' }, { status: 503, headers: NO_STORE });
  }

  const response = isForm
    ? new NextResponse(null, {
        status: 303,
        headers: { ...NO_STORE, location: `${SETTINGS_PATH}?saved=1` },
      })
    : NextResponse.json(saved.state, { headers: NO_STORE });
  response.cookies.set(CONSENT_COOKIE, saved.cookie, {
    path: '/',
    maxAge: CONSENT_MAX_AGE_SECONDS,
    sameSite: 'lax',
    secure: getConfig().isHttps,
    // The banner reads it to know that a choice exists; the server checks its signature.
    httpOnly: false,
  });
  return response;
}

function readClientAddress(headers: Headers): string | null {
  const address = getClientAddress(headers);
  return address === 'unknown' ? null : address;
}

function readJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function readForm(text: string): unknown {
  const form = new URLSearchParams(text);
  return { action: form.get('action'), categories: form.getAll('categories') };
}
