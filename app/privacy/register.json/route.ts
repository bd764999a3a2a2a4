import { getRegister } from '@/lib/privacy/register';

/** The processing register as JSON, for anyone who wants to read it by machine. */
export function GET(): Response {
  return Response.json(getRegister(), {
    headers: { 'cache-control': 'public, max-age=300' },
  });
}
