import { sealStartedAt } from '@/lib/forms/fill-time';
import { getSecret } from '@/lib/secret';

import { ApplyFormFields } from './apply-form-fields';

export interface ApplyFormProps {
  job: { id: number; title: string };
}

/**
 * The apply form of a job's page, sealed with the moment it was rendered (the forms' minimum
 * fill time). Works without JavaScript; with it, the upload shows its progress.
 */
export async function ApplyForm({ job }: ApplyFormProps) {
  return (
    <ApplyFormFields
      jobId={job.id}
      jobTitle={job.title}
      startedAt={await sealStartedAt(getSecret())}
    />
  );
}
