/**
 * The shapes of the service registry (./services.ts).
 * @module
 */
import type { OptionalCategory } from './consent/categories';

/** A cookie or browser-storage entry a service or the site itself sets. */
export interface StoredItem {
  name: string;
  kind: 'cookie' | 'localStorage' | 'sessionStorage';
  purpose: string;
  /** How long it stays, in words ("2 years", "session"). */
  duration: string;
}

/** Origins the visitor's browser contacts once a service runs, by CSP directive. */
export interface ServiceOrigins {
  frame?: readonly string[];
  script?: readonly string[];
  connect?: readonly string[];
  img?: readonly string[];
}

export interface ConsentService {
  id: string;
  category: OptionalCategory;
  /** The product's name, as visitors know it ("YouTube"). */
  name: string;
  /** The company that runs it, with its address. */
  provider: string;
  purpose: string;
  stores: readonly StoredItem[];
  privacyPolicyUrl: string;
  origins: ServiceOrigins;
}

/** A provider of embedded players or maps, shown as a click-to-load placeholder. */
export interface EmbedService extends ConsentService {
  category: 'external-media';
  /** What the placeholder calls the thing it holds back ("video", "map"). */
  noun: string;
  /**
   * The iframe address for a URL an editor pasted (a page URL alone on its line, or an
   * iframe's src), or null when the URL is not this provider's embeddable content.
   */
  toEmbedUrl(url: URL, source: 'link' | 'iframe'): string | null;
}
