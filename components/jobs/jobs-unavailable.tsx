/** What the board says when the ATS did not answer and nothing was cached yet. */
export function JobsUnavailable() {
  return (
    <section aria-labelledby="jobs-unavailable" className="space-y-3">
      <h2 id="jobs-unavailable" className="text-2xl font-semibold">
        The job list is not available right now
      </h2>
      <p>
        Our applicant tracking system did not answer. It is probably a short interruption; please
        try again in a minute.
      </p>
    </section>
  );
}
