/**
 * The Ats port over Bullhorn's public career-portal REST API (fixtures/bullhorn/API.md): no
 * login, plain fetch, a deadline on every call.
 *
 * Redelivery: the apply endpoint takes no idempotency key. Bullhorn matches an applicant to
 * the existing candidate by email and keeps one application per candidate and job, so
 * delivering the same application again answers the same candidate and adds nothing; the
 * fake Bullhorn behaves the same way. The motivation has no field in the public apply API
 * and is not sent.
 * @module
 */
import { getLogger } from '@/lib/log';
import {
  AtsError,
  type ApplicationInput,
  type Ats,
  type Job,
  type JobFacets,
  type JobPage,
  type JobSearch,
} from '@/lib/ats/port';
import { where } from '@/lib/ats/query';

import { requestBullhorn, type BullhornHttpConfig, type BullhornRequest } from './http';
import { SORT_PARAMS, toSearchQuery } from './search-query';
import {
  applyAnswer,
  FACET_FIELDS,
  facetRecord,
  JOB_FIELDS,
  jobRecord,
  listAnswer,
  toJob,
} from './wire';

/** Bullhorn's largest page. */
export const MAX_PAGE_SIZE = 500;
/** Facets read at most this many jobs (20 pages); a board with more counts the newest. */
const MAX_FACET_JOBS = 10_000;

const jobList = listAnswer(jobRecord);
const facetList = listAnswer(facetRecord);

function increment<K>(counts: Map<K, number>, key: K): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

export class BullhornAts implements Ats {
  constructor(private readonly config: BullhornHttpConfig) {}

  private async call<T>(operation: string, run: () => Promise<T>): Promise<T> {
    const startedAt = performance.now();
    try {
      return await run();
    } catch (error) {
      const { code, retryable } = error as { code?: string; retryable?: boolean };
      getLogger().warn(
        { operation, code, retryable, ms: Math.round(performance.now() - startedAt) },
        'ats.bullhorn.failed',
      );
      throw error;
    }
  }

  async searchJobs(search: JobSearch): Promise<JobPage> {
    const start = Math.max(0, Math.trunc(search.start));
    const count = Math.min(MAX_PAGE_SIZE, Math.max(1, Math.trunc(search.count)));
    const answer = await this.call('searchJobs', () =>
      requestBullhorn(this.config, this.searchRequest(search, JOB_FIELDS, start, count), jobList),
    );
    const jobs = answer.data.map(toJob).slice(0, Math.max(0, Math.trunc(search.count)));
    return { jobs, total: answer.total ?? start + jobs.length, start };
  }

  private searchRequest(
    search: Omit<JobSearch, 'start' | 'count'>,
    fields: string,
    start: number,
    count: number,
  ): BullhornRequest {
    return {
      path: '/search/JobOrder',
      params: {
        query: toSearchQuery(search).text,
        fields,
        count: String(count),
        start: String(start),
        sort: SORT_PARAMS[search.sort ?? 'newest'],
        showTotalMatched: 'true',
      },
    };
  }

  async getJob(id: number): Promise<Job | null> {
    if (!Number.isSafeInteger(id) || id <= 0) return null;
    const answer = await this.call('getJob', () =>
      requestBullhorn(
        this.config,
        {
          path: '/query/JobBoardPost',
          params: { where: where`(id=${id})`.text, fields: JOB_FIELDS, count: '1' },
        },
        jobList,
      ),
    );
    const record = answer.data.find((candidate) => candidate.id === id);
    return record ? toJob(record) : null;
  }

  /**
   * Counts by reading the listed jobs' category, city and type, 500 at a time, rather than
   * the career portal's two-step groupBy (API.md, section 3): the same counts from one kind
   * of request, and no `id IN (…)` list that outgrows a URL on a big board.
   */
  async facets(): Promise<JobFacets> {
    const categories = new Map<number, { name: string; count: number }>();
    const cities = new Map<string, number>();
    const types = new Map<string, number>();
    await this.call('facets', async () => {
      for (let start = 0; start < MAX_FACET_JOBS; start += MAX_PAGE_SIZE) {
        const request = this.searchRequest({ sort: 'newest' }, FACET_FIELDS, start, MAX_PAGE_SIZE);
        const page = await requestBullhorn(this.config, request, facetList);
        for (const job of page.data) {
          const category = job.publishedCategory;
          if (category) {
            const entry = categories.get(category.id) ?? { name: category.name, count: 0 };
            categories.set(category.id, { ...entry, count: entry.count + 1 });
          }
          if (job.address?.city) increment(cities, job.address.city);
          if (job.employmentType) increment(types, job.employmentType);
        }
        const total = page.total ?? 0;
        if (page.data.length < MAX_PAGE_SIZE || start + MAX_PAGE_SIZE >= total) break;
      }
    });
    const byName = (a: { name: string }, b: { name: string }) =>
      a.name.localeCompare(b.name, 'en', { sensitivity: 'base' });
    return {
      categories: [...categories]
        .map(([id, entry]) => ({ id, ...entry }))
        .sort((a, b) => byName(a, b) || a.id - b.id),
      cities: [...cities]
        .map(([city, count]) => ({ city, count }))
        .sort((a, b) => byName({ name: a.city }, { name: b.city })),
      employmentTypes: [...types].map(([name, count]) => ({ name, count })).sort(byName),
    };
  }

  async apply(application: ApplicationInput): Promise<{ candidateId: string }> {
    const { resume } = application;
    if (!Number.isSafeInteger(application.jobId) || application.jobId <= 0) {
      throw new AtsError('job_not_found', 'A job id is a positive integer', { retryable: false });
    }
    const params: Record<string, string> = {
      externalID: 'Resume',
      type: 'Resume',
      firstName: application.firstName,
      lastName: application.lastName,
      email: application.email,
      format: resume.format,
    };
    if (application.phone) params.phone = application.phone;
    const body = new FormData();
    body.append(
      'resume',
      new Blob([new Uint8Array(resume.bytes)], { type: resume.mediaType }),
      resume.fileName,
    );

    const answer = await this.call('apply', () =>
      requestBullhorn(
        this.config,
        { path: `/apply/${application.jobId}/raw`, params, method: 'POST', body },
        applyAnswer,
      ),
    );
    return { candidateId: String(answer.candidate.id) };
  }
}
