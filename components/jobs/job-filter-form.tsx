import Link from 'next/link';

import type { JobFacets } from '@/lib/ats/port';
import { PARAM, type JobListQuery } from '@/lib/jobs/list-query';

const FIELD_CLASS = 'w-full rounded border border-slate-500 bg-white px-3 py-2';

interface Option {
  value: string;
  label: string;
}

/**
 * The list's filters as a plain GET form: it works without JavaScript, and its URL is the
 * list's state, so it can be bookmarked and shared. Submitting starts again at page one.
 */
export function JobFilterForm({ facets, query }: { facets: JobFacets; query: JobListQuery }) {
  const categories = facets.categories.map((c) => ({
    value: String(c.id),
    label: `${c.name} (${c.count})`,
  }));
  const cities = facets.cities.map((c) => ({ value: c.city, label: `${c.city} (${c.count})` }));
  const types = facets.employmentTypes.map((t) => ({
    value: t.name,
    label: `${t.name} (${t.count})`,
  }));
  return (
    <form
      method="get"
      action="/jobs/"
      role="search"
      aria-label="Search and filter jobs"
      className="grid gap-4 rounded-lg border border-slate-300 bg-white p-4 sm:grid-cols-2"
    >
      <div className="space-y-1 sm:col-span-2">
        <label htmlFor="jobs-keyword" className="block font-medium">
          Keyword
        </label>
        <input
          id="jobs-keyword"
          type="search"
          name={PARAM.keyword}
          defaultValue={query.keyword ?? ''}
          maxLength={100}
          className={FIELD_CLASS}
        />
      </div>
      <FilterSelect
        id="jobs-category"
        name={PARAM.categoryId}
        label="Category"
        anyLabel="All categories"
        options={withCurrent(categories, query.categoryId?.toString())}
        value={query.categoryId?.toString()}
      />
      <FilterSelect
        id="jobs-city"
        name={PARAM.city}
        label="Location"
        anyLabel="All locations"
        options={withCurrent(cities, query.city)}
        value={query.city}
      />
      <FilterSelect
        id="jobs-type"
        name={PARAM.employmentType}
        label="Employment type"
        anyLabel="All employment types"
        options={withCurrent(types, query.employmentType)}
        value={query.employmentType}
      />
      <div className="flex items-end gap-4">
        <button
          type="submit"
          className="rounded bg-accent px-4 py-2 font-semibold text-white hover:opacity-90"
        >
          Show jobs
        </button>
        <Link href="/jobs/" prefetch={false} className="py-2 underline">
          Clear filters
        </Link>
      </div>
    </form>
  );
}

interface FilterSelectProps {
  id: string;
  name: string;
  label: string;
  anyLabel: string;
  options: Option[];
  value: string | undefined;
}

function FilterSelect({ id, name, label, anyLabel, options, value }: FilterSelectProps) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ''} className={FIELD_CLASS}>
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The options, plus the current value when no open job has it, so the form shows the filter. */
function withCurrent(options: Option[], current: string | undefined): Option[] {
  if (current === undefined || options.some((option) => option.value === current)) return options;
  return [...options, { value: current, label: `${current} (0)` }];
}
