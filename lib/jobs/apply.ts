/**
 * Applying for a job: the one code path behind the apply form's server action (no
 * JavaScript) and its upload route (with JavaScript, for progress). The post goes through the
 * forms' spam checks and receipts (lib/forms/handle-submission.ts); a valid application for an
 * open job goes into the outbox with its confirmation mail, and the ATS gets it from there.
 * @module
 */
import { getAts } from '@/lib/ats';
import type { Ats, Job } from '@/lib/ats/port';
import { getConfig } from '@/lib/config';
import type { FormState } from '@/lib/forms/form-state';
import { handleSubmission, type SubmissionContext } from '@/lib/forms/handle-submission';
import { getLogger } from '@/lib/log';
import type { MailMessage } from '@/lib/mail/port';
import { limitConfirmationMail } from '@/lib/rate-limit';
import { enqueueJobApplication } from '@/lib/submissions';

import { applicationConfirmationMail } from './apply-mail';
import {
  JOB_APPLICATION_FIELDS,
  JOB_NOT_FOUND_MESSAGE,
  jobApplicationSchema,
  type JobApplicationField,
  type JobApplicationInput,
} from './apply-schema';

/** Names the apply form in logs and receipts. */
export const APPLY_FORM = 'job-application';

// True whether or not the confirmation mail goes out: confirmation mails are limited per
// address and day (lib/rate-limit), and a fourth application that day gets none.
export const APPLY_THANKS =
  'Thank you, your application has reached us, and our hiring team will get back to you ' +
  'within two weeks. We confirm applications by email, up to three a day per address.';

export const JOB_CLOSED_MESSAGE =
  'This job is no longer open for applications, so nothing was sent. ' +
  'Please have a look at our other openings.';

export interface ApplyDependencies {
  getAts: () => Pick<Ats, 'getJob'>;
  enqueue: (application: JobApplicationInput, confirmation: MailMessage | null) => void;
  /**
   * How long the applicant waits for the ATS to say whether the job is open; past it, the
   * application is taken unchecked (a slow ATS must not hold every applicant for its timeout).
   */
  jobCheckTimeoutMs: number;
}

const defaults: ApplyDependencies = {
  getAts,
  jobCheckTimeoutMs: 2_000,
  enqueue: ({ jobId, firstName, lastName, email, phone, motivation, resume }, confirmation) => {
    enqueueJobApplication(
      {
        jobId,
        firstName,
        lastName,
        email,
        phone: phone || undefined,
        motivation: motivation || undefined,
        resume,
      },
      confirmation,
    );
  },
};

/**
 * Checks the job and stores the application. The job must be open; when the ATS cannot be
 * asked just now, the application is taken all the same, since the outbox delivers it once
 * the ATS is back, and an ATS that finds the job closed by then refuses it there.
 */
export async function applyForJob(
  formData: unknown,
  context: SubmissionContext,
  dependencies: ApplyDependencies = defaults,
): Promise<FormState<JobApplicationField>> {
  const log = getLogger();
  let job: Job | null = null;
  return handleSubmission(
    {
      schema: jobApplicationSchema,
      fields: JOB_APPLICATION_FIELDS,
      successMessage: APPLY_THANKS,
      async refuse({ jobId }) {
        try {
          job = await withTimeout(
            dependencies.getAts().getJob(jobId),
            dependencies.jobCheckTimeoutMs,
          );
        } catch (error) {
          log.warn({ jobId, err: (error as Error).name }, 'jobs.apply_job_unchecked');
          return undefined;
        }
        if (!job) return JOB_NOT_FOUND_MESSAGE;
        return job.status === 'open' ? undefined : JOB_CLOSED_MESSAGE;
      },
      accept(application) {
        const isMailAllowed = limitConfirmationMail(application.email).allowed;
        const confirmation = isMailAllowed
          ? applicationConfirmationMail({
              to: application.email,
              jobTitle: job?.title ?? null,
              jobId: application.jobId,
              siteUrl: getConfig().siteUrl,
            })
          : null;
        dependencies.enqueue(application, confirmation);
        log.info(
          { jobId: application.jobId, bytes: application.resume.bytes.byteLength, isMailAllowed },
          'jobs.application_accepted',
        );
      },
    },
    formData,
    context,
  );
}

class JobCheckTimeoutError extends Error {
  constructor() {
    super('the ATS did not answer in time');
    this.name = 'JobCheckTimeoutError';
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new JobCheckTimeoutError()), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
