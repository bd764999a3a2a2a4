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
