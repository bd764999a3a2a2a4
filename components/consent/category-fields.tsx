import {
  CATEGORY_TEXT,
  GPC_REFUSED,
  OPTIONAL_CATEGORIES,
  type ConsentCategory,
} from '@/lib/privacy/consent/categories';
import type { ServiceSummary, StoredItem } from '@/lib/privacy/services';

interface CategoryFieldsProps {
  services: readonly ServiceSummary[];
  necessary: readonly StoredItem[];
  granted: readonly string[];
  isGpcOn: boolean;
  /** Keeps ids unique when the dialog and the settings page share a document. */
  idPrefix: string;
}

/**
 * One switch per category (necessary shown, always on), each explained, with the services it
 * covers. Plain inputs named `categories`: the settings page posts them as a form, the dialog
 * reads them with FormData.
 */
export function CategoryFields(props: CategoryFieldsProps) {
  const categories: ConsentCategory[] = ['necessary', ...OPTIONAL_CATEGORIES];
  return (
    <fieldset className="divide-y divide-slate-300 border-y border-slate-300">
      <legend className="sr-only">Categories</legend>
      {categories.map((category) => (
        <CategoryField key={category} category={category} {...props} />
      ))}
    </fieldset>
  );
}

function CategoryField({
  category,
  services,
  necessary,
  granted,
  isGpcOn,
  idPrefix,
}: CategoryFieldsProps & { category: ConsentCategory }) {
  const id = `${idPrefix}-${category}`;
  const isNecessary = category === 'necessary';
  const isRefusedByGpc = isGpcOn && (GPC_REFUSED as readonly string[]).includes(category);
  const own = services.filter((service) => service.category === category);
  return (
    <div className="flex items-start gap-3 py-4">
      <input
        id={id}
        type="checkbox"
        role="switch"
        name="categories"
        value={category}
        defaultChecked={isNecessary || (!isRefusedByGpc && granted.includes(category))}
        disabled={isNecessary || isRefusedByGpc}
        aria-describedby={`${id}-text`}
        className="mt-0.5 h-6 w-6 shrink-0 accent-ink"
      />
      <div className="min-w-0 space-y-1">
        <label htmlFor={id} className="font-semibold">
          {CATEGORY_TEXT[category].label}
          {isNecessary ? ' (always on)' : ''}
        </label>
        <p id={`${id}-text`} className="text-sm">
          {CATEGORY_TEXT[category].description}
          {isRefusedByGpc
            ? ' Off: your browser sends a Global Privacy Control signal, which refuses it.'
            : ''}
        </p>
        {isNecessary ? <StoredList items={necessary} /> : <ServiceList services={own} />}
      </div>
    </div>
  );
}

function ServiceList({ services }: { services: readonly ServiceSummary[] }) {
  if (services.length === 0) {
    return <p className="text-sm text-muted">Nothing on this site uses this category now.</p>;
  }
  return (
    <ul className="space-y-2 text-sm">
      {services.map((service) => (
        <li key={service.id}>
          <span className="font-semibold">{service.name}</span> ({service.provider}):{' '}
          {service.purpose}{' '}
          {service.stores.length > 0
            ? `Stores: ${service.stores.map((item) => `${item.name} (${item.duration})`).join(', ')}. `
            : 'Stores nothing in your browser. '}
          <a href={service.privacyPolicyUrl} rel="noopener noreferrer" className="underline">
            {service.name} privacy policy
          </a>
        </li>
      ))}
    </ul>
  );
}

function StoredList({ items }: { items: readonly StoredItem[] }) {
  return (
    <ul className="list-disc space-y-1 pl-5 text-sm">
      {items.map((item) => (
        <li key={item.name}>
          <code>{item.name}</code>: {item.purpose} ({item.duration}).
        </li>
      ))}
    </ul>
  );
}
