/**
 * The one place that reads the environment. It is validated once, with zod, and every port's
 * backend is chosen here: a half-configured service is a start-up error naming the variable.
 * @module
 */
import path from 'node:path';

import { z } from 'zod';

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

/** An optional URL whose scheme matches `protocol` (checked only once it parses). */
function urlWithProtocol(protocol: RegExp, description: string) {
  return z
    .string()
    .refine((value) => URL.canParse(value) && protocol.test(new URL(value).protocol), {
      message: `must be ${description}`,
    })
    .optional();
}

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  SITE_URL: z
    .url()
    .default('http://localhost:3000')
    .refine(
      (value) => !URL.canParse(value) || /^https?:$/.test(new URL(value).protocol),
      'must be an http or https URL',
    )
    .refine((value) => {
      if (!URL.canParse(value)) return true;
      const url = new URL(value);
      return url.pathname === '/' && !url.search && !url.hash;
    }, 'must be an origin (scheme, host and port), without a path, query or fragment'),
  DATA_DIR: optionalText,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  WORDPRESS_GRAPHQL_URL: optionalText.pipe(z.url().optional()),
  WORDPRESS_AUTH_USER: optionalText,
  WORDPRESS_APPLICATION_PASSWORD: optionalText,
  WORDPRESS_MEDIA_HOSTS: optionalText,
  WORDPRESS_EXPORT_FILE: optionalText,
  WORDPRESS_MENU_PRIMARY: z.string().trim().min(1).default('primary'),
  WORDPRESS_MENU_FOOTER: z.string().trim().min(1).default('footer'),
  PORTICO_SECRET: optionalText.pipe(
    z.string().min(32, 'must be at least 32 characters').optional(),
  ),
  CONTENT_REVALIDATE_SECONDS: z.coerce.number().int().min(1).max(86_400).default(300),
  JOBS_REVALIDATE_SECONDS: z.coerce.number().int().min(1).max(86_400).default(300),
  PREVIEW_SECRET: optionalText.pipe(
    z.string().min(16, 'must be at least 16 characters').optional(),
  ),
  REVALIDATE_SECRET: optionalText.pipe(
    z.string().min(32, 'must be at least 32 characters').optional(),
  ),
  TRUST_PROXY: z
    .enum(['true', 'false', '1', '0', ''])
    .default('false')
    .transform((value) => value === 'true' || value === '1'),
  PORTICO_DEV_PAGES: z.enum(['on', 'off', 'auto']).default('auto'),
  SALESFORCE_LOGIN_URL: optionalText.pipe(urlWithProtocol(/^https?:$/, 'an http or https URL')),
  SALESFORCE_CLIENT_ID: optionalText,
  SALESFORCE_CLIENT_SECRET: optionalText,
  SALESFORCE_USERNAME: optionalText,
  SALESFORCE_PASSWORD: optionalText,
  SALESFORCE_API_VERSION: z
    .string()
    .trim()
    .regex(/^\d{2}\.0$/, 'must look like 62.0')
    .default('62.0'),
  SALESFORCE_EXTERNAL_ID_FIELD: z
    .string()
    .trim()
    .regex(/^[A-Za-z][A-Za-z0-9_]*__c$/, 'must be a custom field API name ending in __c')
    .default('Portico_Submission_Id__c'),
  SALESFORCE_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  SALESFORCE_CURRENCY: z
    .string()
    .trim()
    .regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code like EUR')
    .default('EUR'),
  CUSTOMER_CACHE_SECONDS: z.coerce.number().int().min(0).max(3_600).default(60),
  SALESFORCE_OIDC_CLIENT_ID: optionalText,
  SALESFORCE_OIDC_CLIENT_SECRET: optionalText,
  SALESFORCE_OIDC_ISSUER: optionalText.pipe(urlWithProtocol(/^https?:$/, 'an http or https URL')),
  CUSTOMER_SESSION_IDLE_MINUTES: z.coerce.number().int().min(5).max(1_440).default(30),
  BULLHORN_REST_URL: optionalText.pipe(
    z
      .string()
      .refine(
        (value) =>
          URL.canParse(value) &&
          /^https?:$/.test(new URL(value).protocol) &&
          /^\/rest-services\/[A-Za-z0-9]+\/?$/.test(new URL(value).pathname),
        "must be the career portal's REST URL, e.g. https://public-rest91.bullhornstaffing.com/rest-services/1VCNF4",
      )
      .optional(),
  ),
  BULLHORN_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  SMTP_URL: optionalText.pipe(urlWithProtocol(/^smtps?:$/, 'an smtp:// or smtps:// URL')),
  MAIL_FROM: optionalText.pipe(
    z
      .string()
      .regex(
        /^(?:[^<>@\r\n]*<[^<>@\s]+@[^<>@\s]+\.[^<>@\s]+>|[^<>@\s]+@[^<>@\s]+\.[^<>@\s]+)$/,
        'must be an address, e.g. hello@example.com or "Example <hello@example.com>"',
      )
      .optional(),
  ),
  GOOGLE_ANALYTICS_ID: optionalText.pipe(
    z
      .string()
      .regex(/^G-[A-Z0-9]{4,16}$/, 'must be a Google Analytics 4 measurement id like G-ABC123')
      .optional(),
  ),
});

export type Env = Record<string, string | undefined>;

/** Server credentials for authenticated WPGraphQL (an application password). */
export interface WordPressCredentials {
  user: string;
  applicationPassword: string;
}

export type ContentConfig =
  | {
      kind: 'wordpress';
      graphqlUrl: string;
      /** Origin of the WordPress site; links to it become site paths. */
      origin: string;
      mediaOrigins: string[];
      credentials?: WordPressCredentials;
    }
  | { kind: 'export'; exportFile: string };

export interface Config {
  isProduction: boolean;
  siteUrl: string;
  /** The site is served over HTTPS, so its cookies carry the Secure flag. */
  isHttps: boolean;
  dataDir: string;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  content: ContentConfig;
  menuLocations: { primary: string; footer: string };
  revalidateSeconds: number;
  /** How long the ATS's answers (job list, facets, job pages) are cached. */
  jobsRevalidateSeconds: number;
  /** Seals cookies and tokens; generated into dataDir when not set. */
  secret?: string;
  /**
   * Keys of the editors' flow: WordPress's preview links carry `previewSecret`, its webhooks
   * are signed with `revalidateSecret`. Unset, the embedded WordPress generates them into
   * dataDir; a real WordPress then has neither preview nor webhook.
   */
  editorial: { previewSecret?: string; revalidateSecret?: string };
  /**
   * Believe X-Forwarded-For and X-Forwarded-Proto (set by a reverse proxy in front). Off, they
   * are ignored: anyone could send them.
   */
  trustProxy: boolean;
  /**
   * The dev pages (/dev/mailbox, /dev/crm, …) that show the embedded backends' data. On only
   * when asked, or by default when the site's own URL is a loopback address: a deployment with
   * a public SITE_URL never shows them.
   */
  devPages: boolean;
  crm: CrmConfig;
  /** How long /account reuses a customer's orders read from the CRM; 0 turns it off. */
  customerCacheSeconds: number;
  ats: AtsConfig;
  mail: MailConfig;
  /** A Google Analytics 4 measurement id; loaded only with statistics consent. */
  analyticsId?: string;
  accounts: AccountsConfig;
}

/** Customer accounts: the session's idle timeout and, optionally, Salesforce as a login. */
export interface AccountsConfig {
  sessionIdleSeconds: number;
  /** Salesforce as an OpenID Connect provider (issuer: SALESFORCE_OIDC_ISSUER or _LOGIN_URL). */
  salesforceLogin?: { issuer: string; clientId: string; clientSecret: string };
}

export type CrmConfig =
  | {
      kind: 'salesforce';
      loginUrl: string;
      clientId: string;
      clientSecret: string;
      /** Username-password flow when set; client-credentials flow otherwise. */
      user?: { username: string; password: string };
      apiVersion: string;
      /** A unique External ID field on Lead that makes a redelivered submission an upsert. */
      externalIdField: string;
      timeoutMs: number;
      /** Orders' currency when the org has no multi-currency (no CurrencyIsoCode). */
      currency: string;
    }
  | { kind: 'local' };

export type AtsConfig =
  | {
      kind: 'bullhorn';
      /** The public career portal's REST base, ending in /rest-services/<corpToken>. */
      restUrl: string;
      timeoutMs: number;
    }
  | { kind: 'local' };

export type MailConfig =
  { kind: 'smtp'; url: string; from: string } | { kind: 'local'; from: string };

/** A configuration that cannot work; the message names the variable to set. */
export class ConfigError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'ConfigError';
  }
}

/** The demo export that a fresh clone serves when no WordPress is configured. */
export const DEFAULT_EXPORT_FILE = 'content/demo.wordpress.xml';

/** Parses and checks an environment; pure, so tests can pass their own. */
export function parseConfig(env: Env, cwd = process.cwd()): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = issue?.path.join('.') ?? 'environment';
    throw new ConfigError(`${name}: ${issue?.message ?? 'invalid value'}`);
  }
  const vars = parsed.data;

  return {
    isProduction: vars.NODE_ENV === 'production',
    siteUrl: vars.SITE_URL.replace(/\/+$/, ''),
    isHttps: vars.SITE_URL.startsWith('https:'),
    dataDir: path.resolve(cwd, vars.DATA_DIR ?? 'var'),
    logLevel: vars.LOG_LEVEL,
    content: readContentConfig(vars, cwd),
    menuLocations: { primary: vars.WORDPRESS_MENU_PRIMARY, footer: vars.WORDPRESS_MENU_FOOTER },
    revalidateSeconds: vars.CONTENT_REVALIDATE_SECONDS,
    jobsRevalidateSeconds: vars.JOBS_REVALIDATE_SECONDS,
    secret: vars.PORTICO_SECRET,
    editorial: readEditorialConfig(vars),
    trustProxy: vars.TRUST_PROXY,
    devPages: readDevPages(vars),
    crm: readCrmConfig(vars),
    customerCacheSeconds: vars.CUSTOMER_CACHE_SECONDS,
    ats: vars.BULLHORN_REST_URL
      ? {
          kind: 'bullhorn',
          restUrl: vars.BULLHORN_REST_URL.replace(/\/+$/, ''),
          timeoutMs: vars.BULLHORN_TIMEOUT_MS,
        }
      : { kind: 'local' },
    mail: readMailConfig(vars),
    analyticsId: vars.GOOGLE_ANALYTICS_ID,
    accounts: readAccountsConfig(vars),
  };
}

function readAccountsConfig(vars: z.infer<typeof envSchema>): AccountsConfig {
  const { SALESFORCE_OIDC_CLIENT_ID: clientId, SALESFORCE_OIDC_CLIENT_SECRET: clientSecret } = vars;
  const sessionIdleSeconds = vars.CUSTOMER_SESSION_IDLE_MINUTES * 60;
  if (!clientId && !clientSecret) return { sessionIdleSeconds };
  if (!clientId) {
    throw new ConfigError(
      'SALESFORCE_OIDC_CLIENT_SECRET is set but SALESFORCE_OIDC_CLIENT_ID is missing',
    );
  }
  if (!clientSecret) {
    throw new ConfigError(
      'SALESFORCE_OIDC_CLIENT_ID is set but SALESFORCE_OIDC_CLIENT_SECRET is missing',
    );
  }
  // Customers may sign in on an Experience Cloud site, whose issuer is its own URL.
  const issuerUrl = vars.SALESFORCE_OIDC_ISSUER ?? vars.SALESFORCE_LOGIN_URL;
  if (!issuerUrl) {
    throw new ConfigError(
      'SALESFORCE_OIDC_CLIENT_ID is set but SALESFORCE_OIDC_ISSUER (or SALESFORCE_LOGIN_URL) is missing',
    );
  }
  const issuer = issuerUrl.replace(/\/+$/, '');
  return { sessionIdleSeconds, salesforceLogin: { issuer, clientId, clientSecret } };
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

function readDevPages(vars: z.infer<typeof envSchema>): boolean {
  if (vars.PORTICO_DEV_PAGES !== 'auto') return vars.PORTICO_DEV_PAGES === 'on';
  return LOOPBACK_HOSTS.has(new URL(vars.SITE_URL).hostname);
}

const SALESFORCE_VARIABLES = [
  'SALESFORCE_LOGIN_URL',
  'SALESFORCE_CLIENT_ID',
  'SALESFORCE_CLIENT_SECRET',
  'SALESFORCE_USERNAME',
  'SALESFORCE_PASSWORD',
] as const;

function readCrmConfig(vars: z.infer<typeof envSchema>): CrmConfig {
  const set = SALESFORCE_VARIABLES.filter((name) => vars[name] !== undefined);
  if (set.length === 0) return { kind: 'local' };
  for (const name of [
    'SALESFORCE_LOGIN_URL',
    'SALESFORCE_CLIENT_ID',
    'SALESFORCE_CLIENT_SECRET',
  ] as const) {
    if (!vars[name]) throw new ConfigError(`${set[0]} is set but ${name} is missing`);
  }
  const { SALESFORCE_USERNAME: username, SALESFORCE_PASSWORD: password } = vars;
  if (username && !password) {
    throw new ConfigError('SALESFORCE_USERNAME is set but SALESFORCE_PASSWORD is missing');
  }
  if (password && !username) {
    throw new ConfigError('SALESFORCE_PASSWORD is set but SALESFORCE_USERNAME is missing');
  }
  return {
    kind: 'salesforce',
    loginUrl: new URL(vars.SALESFORCE_LOGIN_URL!).origin,
    clientId: vars.SALESFORCE_CLIENT_ID!,
    clientSecret: vars.SALESFORCE_CLIENT_SECRET!,
    user: username && password ? { username, password } : undefined,
    apiVersion: vars.SALESFORCE_API_VERSION,
    externalIdField: vars.SALESFORCE_EXTERNAL_ID_FIELD,
    timeoutMs: vars.SALESFORCE_TIMEOUT_MS,
    currency: vars.SALESFORCE_CURRENCY,
  };
}

function readMailConfig(vars: z.infer<typeof envSchema>): MailConfig {
  const host = new URL(vars.SITE_URL).hostname;
  const from =
    vars.MAIL_FROM ?? `Portico <no-reply@${host.includes('.') ? host : 'localhost.localdomain'}>`;
  if (vars.SMTP_URL) {
    if (!vars.MAIL_FROM) throw new ConfigError('SMTP_URL is set but MAIL_FROM is missing');
    return { kind: 'smtp', url: vars.SMTP_URL, from };
  }
  return { kind: 'local', from };
}

function readEditorialConfig(vars: z.infer<typeof envSchema>): Config['editorial'] {
  const { PREVIEW_SECRET: previewSecret, REVALIDATE_SECRET: revalidateSecret } = vars;
  const hasCredentials = vars.WORDPRESS_AUTH_USER && vars.WORDPRESS_APPLICATION_PASSWORD;
  // A real WordPress shows drafts only to an authenticated request.
  if (previewSecret && vars.WORDPRESS_GRAPHQL_URL && !hasCredentials) {
    throw new ConfigError(
      'PREVIEW_SECRET is set but WORDPRESS_AUTH_USER and WORDPRESS_APPLICATION_PASSWORD are missing',
    );
  }
  return { previewSecret, revalidateSecret };
}

function readContentConfig(vars: z.infer<typeof envSchema>, cwd: string): ContentConfig {
  const { WORDPRESS_GRAPHQL_URL: graphqlUrl } = vars;
  const user = vars.WORDPRESS_AUTH_USER;
  const applicationPassword = vars.WORDPRESS_APPLICATION_PASSWORD;

  if (!graphqlUrl) {
    const wordpressOnly = [
      'WORDPRESS_AUTH_USER',
      'WORDPRESS_APPLICATION_PASSWORD',
      'WORDPRESS_MEDIA_HOSTS',
    ];
    const stray = wordpressOnly.find((name) => vars[name as keyof typeof vars] !== undefined);
    if (stray) {
      throw new ConfigError(`${stray} is set but WORDPRESS_GRAPHQL_URL is missing`);
    }
    return {
      kind: 'export',
      exportFile: path.resolve(cwd, vars.WORDPRESS_EXPORT_FILE ?? DEFAULT_EXPORT_FILE),
    };
  }
  if (vars.WORDPRESS_EXPORT_FILE) {
    throw new ConfigError('set either WORDPRESS_GRAPHQL_URL or WORDPRESS_EXPORT_FILE, not both');
  }
  if (user && !applicationPassword) {
    throw new ConfigError(
      'WORDPRESS_AUTH_USER is set but WORDPRESS_APPLICATION_PASSWORD is missing',
    );
  }
  if (applicationPassword && !user) {
    throw new ConfigError(
      'WORDPRESS_APPLICATION_PASSWORD is set but WORDPRESS_AUTH_USER is missing',
    );
  }

  const origin = new URL(graphqlUrl).origin;
  return {
    kind: 'wordpress',
    graphqlUrl,
    origin,
    mediaOrigins: [origin, ...parseOrigins(vars.WORDPRESS_MEDIA_HOSTS)],
    credentials: user && applicationPassword ? { user, applicationPassword } : undefined,
  };
}

function parseOrigins(list: string | undefined): string[] {
  if (!list) return [];
  return list
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      try {
        return new URL(entry.includes('://') ? entry : `https://${entry}`).origin;
      } catch (cause) {
        throw new ConfigError(`WORDPRESS_MEDIA_HOSTS: "${entry}" is not a host or URL`, { cause });
      }
    });
}

/** One-line description of each port's backend, for the start-up log. */
export function describeBackends(config: Config): Record<string, string> {
  const { content } = config;
  return {
    content:
      content.kind === 'wordpress'
        ? `wordpress ${content.graphqlUrl}${content.credentials ? ' (authenticated)' : ''}`
        : `export ${path.relative(process.cwd(), content.exportFile) || content.exportFile}`,
    data: config.dataDir,
    editorial: describeEditorial(config),
    crm:
      config.crm.kind === 'salesforce'
        ? `salesforce ${config.crm.loginUrl} (${config.crm.user ? 'username-password' : 'client-credentials'} flow)`
        : `local (SQLite in ${config.dataDir})`,
    ats:
      config.ats.kind === 'bullhorn'
        ? `bullhorn ${new URL(config.ats.restUrl).host}`
        : `local (SQLite in ${config.dataDir})`,
    mail:
      config.mail.kind === 'smtp'
        ? `smtp ${new URL(config.mail.url).host}`
        : `local mailbox in ${path.join(config.dataDir, 'mailbox')}`,
    devPages: config.devPages ? 'on (/dev/)' : 'off',
    accounts: config.accounts.salesforceLogin
      ? `email link, salesforce ${new URL(config.accounts.salesforceLogin.issuer).host}`
      : 'email link',
  };
}

function describeEditorial({ content, editorial }: Config): string {
  if (content.kind === 'export') return 'preview and webhook (secrets in the data directory)';
  const parts = [
    editorial.previewSecret ? 'preview' : 'no preview (PREVIEW_SECRET unset)',
    editorial.revalidateSecret ? 'webhook' : 'no webhook (REVALIDATE_SECRET unset)',
  ];
  return parts.join(', ');
}

/**
 * This server's own address, for requests it sends itself (the export watcher's webhook).
 * `next start` and `next dev` record it once they listen; read at call time for that reason.
 */
export function getSelfOrigin(env: Env = process.env): string {
  if (env.__NEXT_PRIVATE_ORIGIN) return env.__NEXT_PRIVATE_ORIGIN;
  if (env.PORT) return `http://127.0.0.1:${env.PORT}`;
  return getConfig().siteUrl;
}

let cached: Config | undefined;

/** The process's configuration, read from process.env on first use. */
export function getConfig(): Config {
  cached ??= parseConfig(process.env);
  return cached;
}
