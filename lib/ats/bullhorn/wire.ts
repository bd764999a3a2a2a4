/**
 * Bullhorn's wire shapes (fixtures/bullhorn/API.md) and their mapping to the port's types.
 * Only what the adapter reads is checked; Bullhorn may add fields.
 * @module
 */
import { z } from 'zod';

import type { Job } from '@/lib/ats/port';

/** The fields every job request asks for, in Bullhorn's sub-field syntax. */
export const JOB_FIELDS = [
  'id',
  'title',
  'publishedCategory(id,name)',
  'address(city,state,zip)',
  'employmentType',
  'dateLastPublished',
  'publicDescription',
  'isOpen',
  'isPublic',
  'isDeleted',
  'salary',
  'salaryUnit',
].join(',');

/** The fields the facets count by. */
export const FACET_FIELDS = 'id,publishedCategory(id,name),address(city),employmentType';

// Bullhorn answers booleans as true/false on some entities and 1/0 on others (isPublic).
const flag = z.union([z.boolean(), z.number()]).transform((value) => value === true || value === 1);
const text = z
  .string()
  .nullish()
  .transform((value) => value ?? '');

const category = z.object({ id: z.number().int(), name: text }).nullish();

export const jobRecord = z.object({
  id: z.number().int().positive(),
  title: text,
  publishedCategory: category,
  address: z
    .object({ city: text, state: text, zip: text })
    .nullish()
    .transform((value) => value ?? { city: '', state: '', zip: '' }),
  employmentType: text,
  dateLastPublished: z.number().nullish(),
  publicDescription: text,
  isOpen: flag.nullish(),
  isPublic: flag.nullish(),
  isDeleted: flag.nullish(),
  salary: z.number().nullish(),
  salaryUnit: z.string().nullish(),
});

export const facetRecord = z.object({
  id: z.number().int(),
  publishedCategory: category,
  address: z.object({ city: text }).partial().nullish(),
  employmentType: text,
});

/** `/search/…` and `/query/…` answers: a page of records. */
export function listAnswer<T extends z.ZodType>(record: T) {
  return z.object({
    total: z.number().int().nonnegative().optional(),
    start: z.number().int().nonnegative().optional(),
    count: z.number().int().nonnegative().optional(),
    data: z.array(record),
  });
}

/**
 * The apply answer. Bullhorn's public docs do not describe it (API.md, section 4); the adapter
 * reads the candidate's id from `candidate.id`, which is what the fake answers.
 */
export const applyAnswer = z.object({
  candidate: z.object({ id: z.union([z.number().int(), z.string().min(1)]) }),
});

export function toJob(record: z.infer<typeof jobRecord>): Job {
  const isListed = record.isOpen === true && record.isPublic === true && record.isDeleted !== true;
  const category = record.publishedCategory;
  return {
    id: record.id,
    title: record.title,
    descriptionHtml: record.publicDescription,
    category: category ? { id: category.id, name: category.name } : null,
    location: record.address,
    employmentType: record.employmentType,
    publishedAt: new Date(record.dateLastPublished ?? 0),
    // Bullhorn answers 0 for "no salary given" (fixtures: search-joborder.example.json).
    salary:
      record.salary && record.salaryUnit
        ? { amount: record.salary, unit: record.salaryUnit }
        : null,
    status: isListed ? 'open' : 'closed',
  };
}
