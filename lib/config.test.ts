import { describe, expect, it } from 'vitest';

import { ConfigError, describeBackends, parseConfig } from './config';

const cwd = '/srv/portico';

describe('parseConfig', () => {
  it('chooses the demo export and ./var when nothing is set', () => {
    const config = parseConfig({}, cwd);
    expect(config.content).toEqual({
      kind: 'export',
      exportFile: '/srv/portico/content/demo.wordpress.xml',
    });
    expect(config.dataDir).toBe('/srv/portico/var');
    expect(config.siteUrl).toBe('http://localhost:3000');
  });

  it('reads another export file relative to the working directory', () => {
    const config = parseConfig({ WORDPRESS_EXPORT_FILE: '../shared/site.xml' }, cwd);
    expect(config.content).toEqual({ kind: 'export', exportFile: '/srv/shared/site.xml' });
  });

  it('chooses WordPress over HTTP when the GraphQL URL is set', () => {
    const config = parseConfig(
      {
        WORDPRESS_GRAPHQL_URL: 'https://cms.example.com/graphql',
        WORDPRESS_MEDIA_HOSTS: 'media.example.com, https://cdn.example.org',
      },
      cwd,
    );
    expect(config.content).toEqual({
      kind: 'wordpress',
      graphqlUrl: 'https://cms.example.com/graphql',
      origin: 'https://cms.example.com',
      mediaOrigins: [
        'https://cms.example.com',
        'https://media.example.com',
        'https://cdn.example.org',
      ],
      credentials: undefined,
    });
    expect(describeBackends(config).content).toBe('wordpress https://cms.example.com/graphql');
  });

  it('names the missing password when only the user is set', () => {
    expect(() =>
      parseConfig(
        { WORDPRESS_GRAPHQL_URL: 'https://cms.example.com/graphql', WORDPRESS_AUTH_USER: 'site' },
        cwd,
      ),
    ).toThrow(/WORDPRESS_APPLICATION_PASSWORD is missing/);
  });

  it('names the missing URL when credentials come without WordPress', () => {
    expect(() =>
      parseConfig({ WORDPRESS_AUTH_USER: 'site', WORDPRESS_APPLICATION_PASSWORD: 'x' }, cwd),
    ).toThrow(/WORDPRESS_GRAPHQL_URL is missing/);
  });

  it('refuses both content sources at once', () => {
    expect(() =>
      parseConfig(
        {
          WORDPRESS_GRAPHQL_URL: 'https://cms.example.com/graphql',
          WORDPRESS_EXPORT_FILE: 'a.xml',
        },
        cwd,
      ),
    ).toThrow(ConfigError);
  });

  it('names the variable whose value is malformed', () => {
    expect(() => parseConfig({ WORDPRESS_GRAPHQL_URL: 'not a url' }, cwd)).toThrow(
      /WORDPRESS_GRAPHQL_URL/,
    );
    expect(() => parseConfig({ SITE_URL: 'nope' }, cwd)).toThrow(/SITE_URL/);
    expect(() => parseConfig({ SITE_URL: 'javascript:alert(1)' }, cwd)).toThrow(
      /SITE_URL: must be an http/,
    );
    expect(() => parseConfig({ SITE_URL: 'https://example.com/sub/?x=1' }, cwd)).toThrow(
      /SITE_URL: must be an origin/,
    );
    expect(() => parseConfig({ PORTICO_SECRET: 'short' }, cwd)).toThrow(/PORTICO_SECRET/);
  });

  it('treats empty variables as unset', () => {
    expect(
      parseConfig({ WORDPRESS_GRAPHQL_URL: '', WORDPRESS_AUTH_USER: ' ' }, cwd).content.kind,
    ).toBe('export');
  });

  it('drops a trailing slash from the site URL', () => {
    expect(parseConfig({ SITE_URL: 'https://www.example.com/' }, cwd).siteUrl).toBe(
      'https://www.example.com',
    );
  });

  it('marks an https site, whose cookies are Secure', () => {
    expect(parseConfig({ SITE_URL: 'https://www.example.com' }, cwd).isHttps).toBe(true);
    expect(parseConfig({}, cwd).isHttps).toBe(false);
  });

  it('names the missing credentials when a real WordPress gets a preview secret', () => {
    expect(() =>
      parseConfig(
        {
          WORDPRESS_GRAPHQL_URL: 'https://cms.example.com/graphql',
          PREVIEW_SECRET: 'a-preview-secret-of-some-length',
        },
        cwd,
      ),
    ).toThrow(/PREVIEW_SECRET is set but WORDPRESS_AUTH_USER and WORDPRESS_APPLICATION_PASSWORD/);
  });

  it('keeps both editorial secrets of an authenticated WordPress', () => {
    const config = parseConfig(
      {
        WORDPRESS_GRAPHQL_URL: 'https://cms.example.com/graphql',
        WORDPRESS_AUTH_USER: 'site',
        WORDPRESS_APPLICATION_PASSWORD: 'abcd efgh',
        PREVIEW_SECRET: 'a-preview-secret-of-some-length',
        REVALIDATE_SECRET: 'r'.repeat(32),
      },
      cwd,
    );
    expect(config.editorial).toEqual({
      previewSecret: 'a-preview-secret-of-some-length',
      revalidateSecret: 'r'.repeat(32),
    });
    expect(describeBackends(config).editorial).toBe('preview, webhook');
  });

  it('refuses a webhook secret shorter than 32 characters', () => {
    expect(() => parseConfig({ REVALIDATE_SECRET: 'too-short' }, cwd)).toThrow(
      /REVALIDATE_SECRET: must be at least 32 characters/,
    );
  });
});

describe('parseConfig: CRM, mail and dev pages', () => {
  const salesforce = {
    SALESFORCE_LOGIN_URL: 'https://northwind.my.salesforce.com/services',
    SALESFORCE_CLIENT_ID: 'client-id',
    SALESFORCE_CLIENT_SECRET: 'client-secret',
  };

  it('uses the local CRM and mailbox when nothing is set', () => {
    const config = parseConfig({}, cwd);
    expect(config.crm).toEqual({ kind: 'local' });
    expect(config.mail).toEqual({
      kind: 'local',
      from: 'Portico <no-reply@localhost.localdomain>',
    });
  });

  it('chooses the client-credentials flow without a user, the password flow with one', () => {
    expect(parseConfig(salesforce, cwd).crm).toMatchObject({
      kind: 'salesforce',
      loginUrl: 'https://northwind.my.salesforce.com',
      user: undefined,
      apiVersion: '62.0',
      externalIdField: 'Portico_Submission_Id__c',
      currency: 'EUR',
    });
    const withUser = {
      ...salesforce,
      SALESFORCE_USERNAME: 'api@example.com',
      SALESFORCE_PASSWORD: 'pw',
    };
    expect(parseConfig(withUser, cwd).crm).toMatchObject({
      user: { username: 'api@example.com', password: 'pw' },
    });
  });

  it.each([
    [
      { SALESFORCE_CLIENT_ID: 'x' },
      'SALESFORCE_CLIENT_ID is set but SALESFORCE_LOGIN_URL is missing',
    ],
    [
      { ...salesforce, SALESFORCE_USERNAME: 'u' },
      'SALESFORCE_USERNAME is set but SALESFORCE_PASSWORD is missing',
    ],
    [
      { SALESFORCE_LOGIN_URL: 'ftp://login.example.com' },
      'SALESFORCE_LOGIN_URL: must be an http or https URL',
    ],
    [{ SMTP_URL: 'smtp://mail.example.com' }, 'SMTP_URL is set but MAIL_FROM is missing'],
    [
      { SMTP_URL: 'notaurl', MAIL_FROM: 'a@example.com' },
      'SMTP_URL: must be an smtp:// or smtps:// URL',
    ],
    [
      { SMTP_URL: 'http://mail.example.com', MAIL_FROM: 'a@example.com' },
      'SMTP_URL: must be an smtp:// or smtps:// URL',
    ],
    [{ MAIL_FROM: 'not an address' }, 'MAIL_FROM: must be an address'],
    [
      { SALESFORCE_EXTERNAL_ID_FIELD: 'Email' },
      'SALESFORCE_EXTERNAL_ID_FIELD: must be a custom field',
    ],
  ])('refuses %j, naming the variable', (env, message) => {
    expect(() => parseConfig(env, cwd)).toThrow(ConfigError);
    expect(() => parseConfig(env, cwd)).toThrow(message);
  });

  it('sends mail through SMTP with both variables', () => {
    const config = parseConfig(
      { SMTP_URL: 'smtps://u:p@mail.example.com:465', MAIL_FROM: 'Northwind <hello@example.com>' },
      cwd,
    );
    expect(config.mail).toEqual({
      kind: 'smtp',
      url: 'smtps://u:p@mail.example.com:465',
      from: 'Northwind <hello@example.com>',
    });
    expect(describeBackends(config).mail).toBe('smtp mail.example.com:465');
  });

  it('shows the dev pages only for a loopback SITE_URL unless told', () => {
    expect(parseConfig({}, cwd).devPages).toBe(true);
    expect(parseConfig({ SITE_URL: 'http://127.0.0.1:4000' }, cwd).devPages).toBe(true);
    expect(parseConfig({ SITE_URL: 'https://www.example.com' }, cwd).devPages).toBe(false);
    expect(
      parseConfig({ SITE_URL: 'https://www.example.com', PORTICO_DEV_PAGES: 'on' }, cwd).devPages,
    ).toBe(true);
    expect(parseConfig({ PORTICO_DEV_PAGES: 'off' }, cwd).devPages).toBe(false);
  });

  it('uses the local ATS unless a Bullhorn career-portal URL is set, and checks its shape', () => {
    expect(parseConfig({}, cwd).ats).toEqual({ kind: 'local' });
    const config = parseConfig(
      { BULLHORN_REST_URL: 'https://public-rest91.bullhornstaffing.com/rest-services/1VCNF4/' },
      cwd,
    );
    expect(config.ats).toEqual({
      kind: 'bullhorn',
      restUrl: 'https://public-rest91.bullhornstaffing.com/rest-services/1VCNF4',
      timeoutMs: 10_000,
    });
    expect(describeBackends(config).ats).toBe('bullhorn public-rest91.bullhornstaffing.com');
    for (const wrong of [
      'https://public-rest91.bullhornstaffing.com/',
      'https://public-rest91.bullhornstaffing.com/rest-services/1VC-NF4',
      'ftp://public-rest91.bullhornstaffing.com/rest-services/1VCNF4',
    ]) {
      expect(() => parseConfig({ BULLHORN_REST_URL: wrong }, cwd)).toThrow(/BULLHORN_REST_URL/);
    }
  });
});
