/**
 * zod fields for what visitors type, each with the message the form shows next to it. A form
 * post carries strings or files: a file where text belongs, a missing field and an overlong
 * value each get their own clear message.
 * @module
 */
import { z } from 'zod';

import { EMAIL_MAX_LENGTH, isDeliverableEmail, normalizeEmail } from './email';

// C0 and C1 controls, DEL, and the bidirectional overrides that can disguise a name.
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;
// Free text keeps tabs and line breaks; other controls have no place in a message.
const CONTROL_IN_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/u;

// Characters that draw nothing: format characters (zero-width space and joiners, the BOM,
// soft hyphen, direction marks), white space, lone combining marks, and the Hangul
// and Braille blanks. A value made only of these looks empty, so it counts as empty.
const INVISIBLE_ONLY = /^[\s\p{Cf}\p{Z}\p{Mn}\p{Me}\u115f\u1160\u3164\uffa0\u2800]*$/u;

/**
 * Text as a visitor meant it: surrounding space trimmed, composed characters (NFC), and
 * nothing at all when nothing in it can be seen.
 */
function cleanText(value: string): string {
  const cleaned = value.normalize('NFC').trim();
  return INVISIBLE_ONLY.test(cleaned) ? '' : cleaned;
}

function text(label: string) {
  return z.unknown().transform((value, ctx) => {
    if (value === undefined || value === null) return '';
    if (typeof value !== 'string') {
      ctx.addIssue({ code: 'custom', message: `${label} must be text, not a file.` });
      return z.NEVER;
    }
    return value;
  });
}

/** A one-line text such as a name or company: trimmed, NFC, no control characters. */
export function lineField(label: string, options: { max: number; required: boolean }) {
  return text(label)
    .transform(cleanText)
    .pipe(
      z
        .string()
        .max(options.max, `${label} must be at most ${options.max} characters.`)
        .refine((value) => !CONTROL_CHARACTERS.test(value), {
          message: `${label} contains characters that cannot be used.`,
        })
        .refine((value) => !options.required || value !== '', {
          message: `Please enter your ${label.toLowerCase()}.`,
        }),
    );
}

/** Free text kept literally (line breaks included); only the ends are trimmed. */
export function textField(label: string, options: { max: number; required: boolean }) {
  return text(label)
    .transform((value) => cleanText(value.replace(/\r\n?/g, '\n')))
    .pipe(
      z
        .string()
        .max(options.max, `${label} must be at most ${options.max} characters.`)
        .refine((value) => !CONTROL_IN_TEXT.test(value), {
          message: `${label} contains characters that cannot be used.`,
        })
        .refine((value) => !options.required || value !== '', {
          message: `Please enter your ${label.toLowerCase()}.`,
        }),
    );
}

/** A required email address that mail can reach, of at most `max` characters. */
export function emailField(max = EMAIL_MAX_LENGTH) {
  return text('Email')
    .transform((value) => value.trim())
    .pipe(
      z
        .string()
        .min(1, 'Please enter your email address.')
        .max(max, `Email must be at most ${max} characters.`)
        .refine(isDeliverableEmail, {
          message: 'Please enter an email address like name@example.com.',
          abort: true,
        })
        .transform(normalizeEmail),
    );
}

const PHONE = /^\+?[0-9 ()./-]{4,}$/;

/** An optional phone number: digits with the usual separators, an optional leading +. */
export function phoneField(max: number) {
  return lineField('Phone', { max, required: false }).refine(
    (value) => value === '' || (PHONE.test(value) && /\d{3}/.test(value.replace(/\D/g, ''))),
    { message: 'Please enter a phone number with digits only, e.g. +44 20 7946 0000.' },
  );
}

/**
 * A checkbox that must be ticked: the browser sends its value only when it is, so only that
 * value counts ('yes' in our forms; 'on' is a browser's default when none is set). Anything
 * else, such as `no` or `false`, is a post no ticked box makes.
 */
export function requiredCheckbox(message: string, values: readonly string[] = ['yes', 'on']) {
  return z.unknown().refine((value) => typeof value === 'string' && values.includes(value), {
    message,
  });
}
