/**
 * Jobs for the fake Bullhorn in its wire shape (JobOrder records as /search/JobOrder answers
 * them), made from the local ATS's seed so that both backends hold the same openings.
 */
import { SEED_JOBS, type LocalJobInput } from '@/lib/ats/local/seed-jobs';

/** A JobOrder as the fake holds it. */
export interface FakeJobOrder {
  id: number;
  title: string;
  publishedCategory: { id: number; name: string } | null;
  address: { city: string; state: string; zip: string };
  employmentType: string;
  dateLastPublished: number;
  publicDescription: string;
  isOpen: boolean;
  isPublic: number;
  isDeleted: boolean;
  publishedZip: string | null;
  salary: number;
  salaryUnit: string | null;
}

export function toFakeJobOrder(job: LocalJobInput): FakeJobOrder {
  return {
    id: job.id,
    title: job.title,
    publishedCategory: job.category,
    address: job.location,
    employmentType: job.employmentType,
    dateLastPublished: job.publishedAt.getTime(),
    publicDescription: job.descriptionHtml,
    isOpen: job.isOpen !== false,
    isPublic: job.isPublic === false ? 0 : 1,
    isDeleted: job.isDeleted === true,
    publishedZip: job.location.zip || null,
    salary: job.salary?.amount ?? 0,
    salaryUnit: job.salary?.unit ?? null,
  };
}

/** The 36 seed openings of the local ATS, as JobOrders. */
export function seedFakeJobOrders(): FakeJobOrder[] {
  return SEED_JOBS.map(toFakeJobOrder);
}
