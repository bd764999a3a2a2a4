/**
 * What the fake Bullhorn holds and how its endpoints answer: job search, JobBoardPost query
 * and apply. One candidate per email and one application per candidate and job, as Bullhorn
 * matches applicants, so an application delivered twice answers the same candidate.
 */
import { createHash } from 'node:crypto';

import type { FakeJobOrder } from './fake-bullhorn-jobs';
import { LuceneSyntaxError, matchesLucene, parseLucene, readPath } from './fake-bullhorn-lucene';

export interface FakeBullhornAnswer {
  status: number;
  json?: unknown;
  html?: string;
}

export interface FakeCandidate {
  id: number;
  firstName: string;
  lastName: string;
  email: string;
  phone: string | null;
  applications: {
    id: number;
    jobId: number;
    resume: { fileName: string; format: string; size: number; sha256: string; base64: string };
  }[];
}

const error = (status: number, errorMessage: string): FakeBullhornAnswer => ({
  status,
  json: { errorMessage, errorCode: status },
});

/** Picks `a,b(c,d)` out of a record, as Bullhorn's `fields` parameter does. */
function project(record: Record<string, unknown>, fields: string): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const match of fields.matchAll(/([A-Za-z_][A-Za-z0-9_]*)(?:\(([^)]*)\))?/g)) {
    const [, name = '', sub] = match;
    const value = record[name];
    if (sub !== undefined && value && typeof value === 'object') {
      picked[name] = project(value as Record<string, unknown>, sub);
    } else {
      picked[name] = value === undefined ? null : value;
    }
  }
  return picked;
}

function compareBy(sort: string): (a: FakeJobOrder, b: FakeJobOrder) => number {
  const isDescending = sort.startsWith('-');
  const path = sort.replace(/^[-+]/, '') || 'id';
  const direction = isDescending ? -1 : 1;
  return (a, b) => {
    const left = readPath({ ...a }, path);
    const right = readPath({ ...b }, path);
    const order =
      typeof left === 'string' && typeof right === 'string'
        ? left.localeCompare(right, 'en', { sensitivity: 'base' })
        : Number(left) - Number(right);
    return direction * (order || a.id - b.id);
  };
}

export class FakeBullhornStore {
  readonly jobs = new Map<number, FakeJobOrder>();
  private readonly candidates = new Map<string, FakeCandidate>();
  private nextCandidateId = 9001;
  private nextApplicationId = 50_001;

  constructor(jobs: readonly FakeJobOrder[]) {
    this.putJobs(jobs);
  }

  putJobs(jobs: readonly FakeJobOrder[]): void {
    for (const job of jobs) this.jobs.set(job.id, structuredClone(job));
  }

  listCandidates(): FakeCandidate[] {
    return [...this.candidates.values()].map((candidate) => structuredClone(candidate));
  }

  search(params: URLSearchParams): FakeBullhornAnswer {
    let tree;
    try {
      tree = parseLucene(params.get('query') ?? '');
    } catch (caught) {
      if (caught instanceof LuceneSyntaxError) return error(400, `Bad query: ${caught.message}`);
      throw caught;
    }
    const start = Number(params.get('start') ?? 0);
    const count = Math.min(500, Number(params.get('count') ?? 20));
    if (!Number.isInteger(start) || start < 0 || !Number.isInteger(count) || count < 0) {
      return error(400, 'Bad start or count');
    }
    const matches = [...this.jobs.values()]
      .filter((job) => matchesLucene(tree, { ...job }))
      .sort(compareBy(params.get('sort') ?? 'id'));
    const fields = params.get('fields') ?? 'id';
    const data = matches
      .slice(start, start + count)
      .map((job) => ({ ...project({ ...job }, fields), _score: 1.0 }));
    const total = params.get('showTotalMatched') === 'true' ? { total: matches.length } : {};
    return { status: 200, json: { ...total, start, count: data.length, data } };
  }

  queryJobBoardPost(params: URLSearchParams): FakeBullhornAnswer {
    const match = /^\(?\s*id\s*=\s*(\d+)\s*\)?$/.exec(params.get('where') ?? '');
    if (!match) return error(400, 'Unsupported where clause');
    const job = this.jobs.get(Number(match[1]));
    const fields = params.get('fields') ?? 'id';
    const data = job ? [project({ ...job }, fields)] : [];
    return { status: 200, json: { start: 0, count: data.length, data } };
  }

  async apply(
    jobId: number,
    params: URLSearchParams,
    request: Request,
  ): Promise<FakeBullhornAnswer> {
    const job = this.jobs.get(jobId);
    if (!job || job.isDeleted) return error(404, 'No such job');
    if (!job.isOpen || job.isPublic !== 1) return error(400, 'The job takes no applications');
    const [firstName, lastName, email] = ['firstName', 'lastName', 'email'].map(
      (name) => params.get(name)?.trim() ?? '',
    );
    if (!firstName || !lastName || !email || params.get('type') !== 'Resume') {
      return error(400, 'firstName, lastName, email and type=Resume are required');
    }
    let resume: File;
    try {
      const part = (await request.formData()).get('resume');
      if (!(part instanceof File) || part.size === 0) return error(400, 'No resume part');
      resume = part;
    } catch {
      return error(400, 'The body is not multipart/form-data');
    }
    const bytes = Buffer.from(await resume.arrayBuffer());
    const candidate = this.matchCandidate(email, firstName, lastName, params.get('phone'));
    let application = candidate.applications.find((earlier) => earlier.jobId === jobId);
    if (!application) {
      application = {
        id: this.nextApplicationId++,
        jobId,
        resume: {
          fileName: resume.name,
          format: params.get('format') ?? '',
          size: bytes.byteLength,
          sha256: createHash('sha256').update(bytes).digest('hex'),
          base64: bytes.toString('base64'),
        },
      };
      candidate.applications.push(application);
    }
    return {
      status: 200,
      json: { candidate: { id: candidate.id }, jobSubmission: { id: application.id } },
    };
  }

  private matchCandidate(
    email: string,
    firstName: string,
    lastName: string,
    phone: string | null,
  ): FakeCandidate {
    const key = email.toLowerCase();
    let candidate = this.candidates.get(key);
    if (!candidate) {
      candidate = {
        id: this.nextCandidateId++,
        firstName,
        lastName,
        email,
        phone,
        applications: [],
      };
      this.candidates.set(key, candidate);
    }
    return candidate;
  }
}
