/** The ten tests of Mozilla's HTTP Observatory, as its scoring methodology names them. */
export type ObservatoryTestName =
  | 'content-security-policy'
  | 'cookies'
  | 'cross-origin-resource-sharing'
  | 'redirection'
  | 'referrer-policy'
  | 'strict-transport-security'
  | 'subresource-integrity'
  | 'x-content-type-options'
  | 'x-frame-options'
  | 'cross-origin-resource-policy';

/** One test's outcome: the result's name as the Observatory reports it, and its points. */
export interface TestOutcome {
  test: ObservatoryTestName;
  result: string;
  modifier: number;
}

/** What a scan saw: the final answer and the way there from the http:// address. */
export interface ObservedSite {
  /** The final URL, after redirects. */
  url: string;
  headers: Headers;
  /** The HTML of the final answer (for Subresource Integrity); absent for other types. */
  html?: string;
  /**
   * The redirect chain from the http:// address: the URLs visited in order, the http:// one
   * first and the final one last. Empty when the site does not answer over HTTP.
   */
  httpRedirectChain: string[];
  /** Access-Control headers answered to a request with a foreign Origin. */
  corsHeaders?: Headers;
}

export interface ObservatoryReport {
  score: number;
  grade: string;
  tests: TestOutcome[];
}
