/**
 * The fake Salesforce's OAuth 2 token endpoint (POST /services/oauth2/token): the password
 * and client-credentials grants, with Salesforce's error answers.
 */
import { randomBytes } from 'node:crypto';

import type { Answer } from './fake-salesforce-org';

export interface FakeCredentials {
  clientId: string;
  clientSecret: string;
  username: string;
  /** The password with the security token appended, as the password grant sends it. */
  password: string;
}

/** The token endpoint and the access tokens it has issued. */
export function createTokenEndpoint(credentials: FakeCredentials, instanceUrl: () => string) {
  const tokens = new Set<string>();

  function issueToken(grantType: string): Answer {
    const accessToken = `00DFAKE0000001!${randomBytes(24).toString('base64url')}`;
    tokens.add(accessToken);
    const issuedAt = String(Date.now());
    return {
      status: 200,
      body: {
        access_token: accessToken,
        ...(grantType === 'client_credentials' ? { scope: 'api' } : {}),
        instance_url: instanceUrl(),
        id: `${instanceUrl()}/id/00DFAKE0000001AAA/005FAKE0000001AAA`,
        token_type: 'Bearer',
        issued_at: issuedAt,
        signature: randomBytes(32).toString('base64'),
      },
    };
  }

  function token(form: URLSearchParams, authorization: string | undefined): Answer {
    const oauthError = (error: string, description: string): Answer => ({
      status: 400,
      body: { error, error_description: description },
    });
    let clientId = form.get('client_id');
    let clientSecret = form.get('client_secret');
    if (authorization?.startsWith('Basic ')) {
      const decoded = Buffer.from(authorization.slice(6), 'base64').toString('utf8');
      [clientId, clientSecret] = [decoded.split(':')[0] ?? '', decoded.split(':')[1] ?? ''];
    }
    const grantType = form.get('grant_type') ?? '';
    if (grantType !== 'password' && grantType !== 'client_credentials') {
      return oauthError('unsupported_grant_type', 'grant type not supported');
    }
    if (clientId !== credentials.clientId) {
      return oauthError('invalid_client_id', 'client identifier invalid');
    }
    if (clientSecret !== credentials.clientSecret) {
      return oauthError('invalid_client', 'invalid client credentials');
    }
    if (
      grantType === 'password' &&
      (form.get('username') !== credentials.username ||
        form.get('password') !== credentials.password)
    ) {
      return oauthError('invalid_grant', 'authentication failure');
    }
    return issueToken(grantType);
  }

  return {
    answer: token,
    isValid: (accessToken: string) => tokens.has(accessToken),
    revokeAll: () => tokens.clear(),
  };
}
