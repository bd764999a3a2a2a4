import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { isSignatureValid, signWebhook } from './signature';

interface Vector {
  name: string;
  secret: string;
  timestamp: number;
  body: string;
  signature: string;
}

// The same file is checked by the WordPress plugin's own test (wordpress/tests/).
const { vectors } = JSON.parse(
  readFileSync(
    path.resolve(import.meta.dirname, '../../../wordpress/tests/signature-vectors.json'),
    'utf8',
  ),
) as { vectors: Vector[] };

describe('webhook signature', () => {
  it.each(vectors)('signs $name as the shared vector says', (vector) => {
    expect(signWebhook(vector.secret, vector.timestamp, vector.body)).toBe(vector.signature);
  });

  it.each(vectors)('accepts the shared signature of $name', (vector) => {
    expect(isSignatureValid(vector.secret, vector.timestamp, vector.body, vector.signature)).toBe(
      true,
    );
  });

  it('refuses a signature of another body, timestamp or secret', () => {
    const [vector] = vectors;
    const { secret, timestamp, body, signature } = vector!;
    expect(isSignatureValid(secret, timestamp, `${body} `, signature)).toBe(false);
    expect(isSignatureValid(secret, timestamp + 1, body, signature)).toBe(false);
    expect(isSignatureValid(`${secret}x`, timestamp, body, signature)).toBe(false);
    expect(isSignatureValid(secret, timestamp, body, signature.slice(0, -1))).toBe(false);
    expect(isSignatureValid(secret, timestamp, body, signature.replace('sha256=', ''))).toBe(false);
  });
});
