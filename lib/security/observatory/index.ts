/**
 * Mozilla's HTTP Observatory scoring, written from its published methodology: ten tests
 * over a response's headers (and its HTML, for Subresource Integrity), a baseline of 100,
 * penalties first, and bonuses only for a site already at 90 or more.
 * @see https://developer.mozilla.org/en-US/observatory/docs/tests_and_scoring
 * @module
 */
import { testCookies } from './cookies-test';
import { testContentSecurityPolicy } from './csp-test';
import {
  hasValidHsts,
  testCrossOriginResourcePolicy,
  testCrossOriginResourceSharing,
  testReferrerPolicy,
  testStrictTransportSecurity,
  testXContentTypeOptions,
  testXFrameOptions,
} from './header-tests';
import { testRedirection } from './redirection-test';
import { testSubresourceIntegrity } from './sri-test';
import type { ObservatoryReport, ObservedSite, TestOutcome } from './types';

export type * from './types';
export { parseSetCookie } from './cookies-test';

/** The Origin the CORS test sends, as the Observatory sends one of its own. */
export const FOREIGN_ORIGIN = 'https://observatory.example';

const GRADES: Array<[number, string]> = [
  [100, 'A+'],
  [90, 'A'],
  [85, 'A-'],
  [80, 'B+'],
  [70, 'B'],
  [65, 'B-'],
  [60, 'C+'],
  [50, 'C'],
  [45, 'C-'],
  [40, 'D+'],
  [30, 'D'],
  [25, 'D-'],
  [0, 'F'],
];

const EXTRA_CREDIT_FROM = 90;

/** The grade of a score: A+ from 100, F below 25. */
export function gradeFor(score: number): string {
  return GRADES.find(([floor]) => score >= floor)?.[1] ?? 'F';
}

/** Runs the ten tests on what a scan saw. */
export function runObservatoryTests(site: ObservedSite): TestOutcome[] {
  const url = new URL(site.url);
  const { headers } = site;
  return [
    testContentSecurityPolicy(headers, url),
    testCookies(headers.getSetCookie(), hasValidHsts(headers, url)),
    testCrossOriginResourceSharing(site.corsHeaders, FOREIGN_ORIGIN),
    testRedirection(site.httpRedirectChain),
    testReferrerPolicy(headers),
    testStrictTransportSecurity(headers, url),
    testSubresourceIntegrity(site.html, url),
    testXContentTypeOptions(headers),
    testXFrameOptions(headers),
    testCrossOriginResourcePolicy(headers),
  ];
}

/** Scores test outcomes: 100, minus every penalty, plus the bonuses when still at 90 or more. */
export function scoreOutcomes(tests: TestOutcome[]): ObservatoryReport {
  const penalties = tests.reduce((sum, { modifier }) => sum + Math.min(modifier, 0), 0);
  const bonuses = tests.reduce((sum, { modifier }) => sum + Math.max(modifier, 0), 0);
  const base = Math.max(0, 100 + penalties);
  const score = base >= EXTRA_CREDIT_FROM ? base + bonuses : base;
  return { score, grade: gradeFor(score), tests };
}

/** The Observatory's score and grade for what a scan saw. */
export function scoreSite(site: ObservedSite): ObservatoryReport {
  return scoreOutcomes(runObservatoryTests(site));
}
