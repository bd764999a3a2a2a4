/**
 * The apply form's schema: the applicant's name, email, optional phone and motivation, the
 * resume (checked by its bytes, see resume-file.ts), consent to the privacy statement, and the
 * job. Its field names are the register's for the 'job-applications' activity.
 * @module
 */
import { createHash } from 'node:crypto';

import { z } from 'zod';

import type { ResumeFile } from '@/lib/ats/port';
import { emailField, lineField, phoneField, requiredCheckbox, textField } from '@/lib/forms/fields';

import { APPLY_LIMITS } from './apply-limits';
import { checkResume, RESUME_MAX_BYTES, RESUME_MESSAGES } from './resume-file';

export const JOB_NOT_FOUND_MESSAGE =
  'We could not find the job you are applying for. Please choose it again from the job list.';

/**
 * A resume that passed the checks. As JSON (which the form's receipt key hashes) it shows its
 * digest instead of its bytes: the same file gives the same key, at a fraction of the cost.
 */
export class CheckedResume implements ResumeFile {
  readonly fileName: string;
  readonly format: ResumeFile['format'];
  readonly mediaType: string;
  readonly bytes: Uint8Array;

  constructor(resume: ResumeFile) {
    this.fileName = resume.fileName;
    this.format = resume.format;
    this.mediaType = resume.mediaType;
    this.bytes = resume.bytes;
  }

  toJSON() {
    const sha256 = createHash('sha256').update(this.bytes).digest('base64url');
    return { fileName: this.fileName, format: this.format, sha256 };
  }
}

/**
 * The uploaded file, read and checked. A form sent without a file chosen carries an empty
 * file with no name: that is a missing resume, not an empty one.
 */
function resumeField() {
  return z.unknown().transform(async (value, ctx) => {
    const refuse = (message: string) => {
      ctx.addIssue({ code: 'custom', message });
      return z.NEVER;
    };
    if (!(value instanceof Blob)) return refuse(RESUME_MESSAGES.missing);
    const name = value instanceof File ? value.name : '';
    if (value.size === 0 && name === '') return refuse(RESUME_MESSAGES.missing);
    // Refused before its bytes are read.
    if (value.size > RESUME_MAX_BYTES) return refuse(RESUME_MESSAGES.tooLarge);
    const check = checkResume(new Uint8Array(await value.arrayBuffer()), name);
    return check.ok ? new CheckedResume(check.resume) : refuse(check.message);
  });
}

/** A job's id as the form carries it: a positive whole number. */
function jobIdField() {
  return z.unknown().transform((value, ctx) => {
    const id = typeof value === 'string' && /^[1-9][0-9]{0,15}$/.test(value) ? Number(value) : 0;
    if (!Number.isSafeInteger(id) || id <= 0) {
      ctx.addIssue({ code: 'custom', message: JOB_NOT_FOUND_MESSAGE });
      return z.NEVER;
    }
    return id;
  });
}

export const jobApplicationSchema = z.object({
  jobId: jobIdField(),
  firstName: lineField('First name', { max: APPLY_LIMITS.firstName, required: true }),
  lastName: lineField('Last name', { max: APPLY_LIMITS.lastName, required: true }),
  email: emailField(APPLY_LIMITS.email),
  phone: phoneField(APPLY_LIMITS.phone),
  motivation: textField('Motivation', { max: APPLY_LIMITS.motivation, required: false }),
  resume: resumeField(),
  consent: requiredCheckbox(
    'Please confirm that you have read the privacy statement, so that we may process your application.',
  ),
});

export type JobApplicationInput = z.infer<typeof jobApplicationSchema>;
export type JobApplicationField = keyof JobApplicationInput;
export const JOB_APPLICATION_FIELDS = Object.keys(
  jobApplicationSchema.shape,
) as JobApplicationField[];
