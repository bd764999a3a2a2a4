/** The body was longer than the limit; nothing past the limit was read. */
export class BodyTooLargeError extends Error {
  constructor(limit: number) {
    super(`request body over ${limit} bytes`);
    this.name = 'BodyTooLargeError';
  }
}

/**
 * Reads a request body as UTF-8 text, stopping as soon as it passes `maxBytes`, so a huge or
 * endless body costs no more than the limit.
 */
export async function readBodyLimited(request: Request, maxBytes: number): Promise<string> {
  return (await readBodyBytesLimited(request, maxBytes)).toString('utf8');
}

/** Reads a request body's bytes, stopping as soon as it passes `maxBytes`. */
export async function readBodyBytesLimited(request: Request, maxBytes: number): Promise<Buffer> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > maxBytes) throw new BodyTooLargeError(maxBytes);
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new BodyTooLargeError(maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
