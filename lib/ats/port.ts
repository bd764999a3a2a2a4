/**
 * The applicant tracking system as the site sees it. Two adapters implement it (Bullhorn's
 * public career-portal REST API, and a local SQLite ATS) and pass one contract suite
 * (lib/ats/contract.ts).
 * @module
 */

/** An opening as the job board shows it. Times are Date objects; money is a plain number. */
export interface Job {
  /** The ATS's id (Bullhorn's JobOrder id), a positive integer. */
  id: number;
  title: string;
  /** HTML from the ATS; sanitised before it reaches a page. */
  descriptionHtml: string;
  category: { id: number; name: string } | null;
  location: { city: string; state: string; zip: string };
  /** "Direct Hire", "Contract", "Contract To Hire", … as the ATS names them. */
  employmentType: string;
  publishedAt: Date;
  salary: { amount: number; unit: string } | null;
  /**
   * 'open' when open, public and not deleted: only these are listed or take applications.
   * 'closed' when closed, deleted or withdrawn from the board (its page answers 410).
   */
  status: 'open' | 'closed';
}

export type JobSort = 'newest' | 'oldest' | 'title';

export interface JobSearch {
  keyword?: string;
  categoryId?: number;
  city?: string;
  employmentType?: string;
  sort?: JobSort;
  /** Offset of the first job, 0-based. */
  start: number;
  /** Jobs per page; adapters cap it (Bullhorn at 500). */
  count: number;
}

export interface JobPage {
  jobs: Job[];
  /** All matches, for paging. */
  total: number;
  start: number;
}

/** The values a filter can take, with how many open jobs have each. */
export interface JobFacets {
  categories: { id: number; name: string; count: number }[];
  cities: { city: string; count: number }[];
  employmentTypes: { name: string; count: number }[];
}

/** A resume as the applicant uploaded it, its type already checked by its bytes. */
export interface ResumeFile {
  /** Cleaned: no path, no control characters, at most 100 characters. */
  fileName: string;
  /** The extension without a dot, as Bullhorn's `format`: pdf, doc, docx, rtf, odt or txt. */
  format: 'pdf' | 'doc' | 'docx' | 'rtf' | 'odt' | 'txt';
  mediaType: string;
  bytes: Uint8Array;
}

export interface ApplicationInput {
  /** The outbox's submission key: delivering the same application twice changes nothing. */
  submissionId: string;
  jobId: number;
  firstName: string;
  lastName: string;
  email: string;
  phone?: string;
  /** Free text, kept literally. */
  motivation?: string;
  resume: ResumeFile;
}

export interface Ats {
  searchJobs(search: JobSearch): Promise<JobPage>;
  /** The job, open or closed, or null when the ATS has never had it (its page answers 404). */
  getJob(id: number): Promise<Job | null>;
  facets(): Promise<JobFacets>;
  /** Sends the application with its resume; answers the ATS's candidate id. */
  apply(application: ApplicationInput): Promise<{ candidateId: string }>;
}

/**
 * An ATS call that failed. `retryable` tells the outbox whether to try again (timeouts,
 * dropped connections, 5xx, malformed answers) or to dead-letter now (a refused
 * application). `code` never carries personal data. The codes: `timeout`, `connection_failed`,
 * `malformed_response` and `http_<status>` (5xx, 408, 429 retryable; other 4xx not) from
 * Bullhorn; `job_not_found`, `job_closed` and `invalid_application` (none retryable) from the
 * local ATS, and `job_not_found` for a job id that is no positive integer.
 */
export class AtsError extends Error {
  readonly code: string;
  readonly retryable: boolean;

  constructor(code: string, message: string, options: { retryable: boolean; cause?: unknown }) {
    super(message, { cause: options.cause });
    this.name = 'AtsError';
    this.code = code;
    this.retryable = options.retryable;
  }
}
