import http from 'node:http';
import https from 'node:https';

export interface RawAnswer {
  url: string;
  status: number;
  headers: Headers;
  body: string;
}

/**
 * One GET, no redirect followed, over HTTP or over HTTPS trusting `ca` (the test's self-signed
 * certificate), with extra request headers.
 */
export function getRaw(
  url: string,
  { ca, headers = {} }: { ca?: string; headers?: Record<string, string> } = {},
): Promise<RawAnswer> {
  const target = new URL(url);
  const client = target.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.get(target, { ca, headers }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => {
        const answer = new Headers();
        const raw = response.rawHeaders;
        for (let index = 0; index + 1 < raw.length; index += 2) {
          answer.append(raw[index] ?? '', raw[index + 1] ?? '');
        }
        resolve({ url, status: response.statusCode ?? 0, headers: answer, body });
      });
    });
    request.on('error', reject);
  });
}

/** Follows redirects from `url`; answers every URL visited, the last one's answer included. */
export async function followRedirects(
  url: string,
  options: { ca?: string } = {},
): Promise<{ chain: string[]; last: RawAnswer }> {
  const chain = [url];
  let answer = await getRaw(url, options);
  while (answer.status >= 300 && answer.status < 400 && chain.length < 10) {
    const next = new URL(answer.headers.get('location') ?? '', answer.url).toString();
    chain.push(next);
    answer = await getRaw(next, options);
  }
  return { chain, last: answer };
}
