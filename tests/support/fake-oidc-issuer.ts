/**
 * A stand-in for Salesforce as an OpenID Connect issuer (an Experience Cloud site's login),
 * on 127.0.0.1, speaking the wire format Auth.js's client (oauth4webapi) expects: discovery,
 * an authorization endpoint that signs in whoever the test chose (no login form), the token
 * endpoint (client_secret_basic or _post, PKCE S256 checked, codes used once) with an RS256
 * ID token, the userinfo endpoint and the JWKS.
 * @module
 */
import { createHash, createSign, generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface OidcPerson {
  sub: string;
  email: string;
  name: string;
}

export interface FakeOidcIssuer {
  issuer: string;
  /** Who the next authorization signs in. */
  signInAs(person: OidcPerson): void;
  /** The token endpoint's refusals, by OAuth error code and reason. */
  refusals: string[];
  /** The redirect_uri of each authorization request, in order. */
  redirectUris: string[];
  stop(): Promise<void>;
}

interface PendingCode {
  redirectUri: string;
  challenge: string;
  nonce?: string;
  person: OidcPerson;
}

const b64url = (value: Buffer | string) => Buffer.from(value).toString('base64url');

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (body += chunk));
    request.on('end', () => resolve(body));
    request.on('error', reject);
  });
}

function json(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  response.end(JSON.stringify(body));
}

/** Starts the issuer for one client. */
export async function startFakeOidcIssuer(client: {
  clientId: string;
  clientSecret: string;
}): Promise<FakeOidcIssuer> {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = 'fake-key-1';
  const codes = new Map<string, PendingCode>();
  const accessTokens = new Map<string, OidcPerson>();
  const refusals: string[] = [];
  const redirectUris: string[] = [];
  let person: OidcPerson | undefined;
  let issuer = '';

  function signIdToken(claims: Record<string, unknown>): string {
    const header = b64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid }));
    const payload = b64url(JSON.stringify(claims));
    const signature = createSign('RSA-SHA256').update(`${header}.${payload}`).sign(privateKey);
    return `${header}.${payload}.${b64url(signature)}`;
  }

  function authorize(url: URL, response: ServerResponse): void {
    const redirectUri = url.searchParams.get('redirect_uri') ?? '';
    redirectUris.push(redirectUri);
    const back = new URL(redirectUri);
    const state = url.searchParams.get('state');
    if (state) back.searchParams.set('state', state);
    if (url.searchParams.get('client_id') !== client.clientId || !person) {
      back.searchParams.set('error', 'access_denied');
    } else if (url.searchParams.get('code_challenge_method') !== 'S256') {
      back.searchParams.set('error', 'invalid_request');
    } else {
      const code = randomBytes(16).toString('hex');
      codes.set(code, {
        redirectUri,
        challenge: url.searchParams.get('code_challenge') ?? '',
        nonce: url.searchParams.get('nonce') ?? undefined,
        person,
      });
      back.searchParams.set('code', code);
    }
    response.writeHead(302, { location: back.toString() });
    response.end();
  }

  async function token(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const form = new URLSearchParams(await readBody(request));
    const basic = /^Basic (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    const [id, secret] = basic
      ? Buffer.from(basic, 'base64').toString().split(':').map(decodeURIComponent)
      : [form.get('client_id'), form.get('client_secret')];
    const refuse = (error: string, reason = '') => {
      refusals.push(reason ? `${error}: ${reason}` : error);
      json(response, 400, { error });
    };
    if (id !== client.clientId || secret !== client.clientSecret) return refuse('invalid_client');
    const code = form.get('code') ?? '';
    const pending = codes.get(code);
    codes.delete(code);
    if (form.get('grant_type') !== 'authorization_code' || !pending) {
      return refuse('invalid_grant', 'unknown or used code');
    }
    if (form.get('redirect_uri') !== pending.redirectUri) {
      return refuse('invalid_grant', `redirect_uri ${form.get('redirect_uri')}`);
    }
    const verifier = form.get('code_verifier') ?? '';
    if (b64url(createHash('sha256').update(verifier).digest()) !== pending.challenge) {
      return refuse('invalid_grant', 'code_verifier');
    }
    const accessToken = randomBytes(24).toString('hex');
    accessTokens.set(accessToken, pending.person);
    const now = Math.floor(Date.now() / 1000);
    json(response, 200, {
      access_token: accessToken,
      token_type: 'Bearer',
      scope: 'openid profile email',
      issued_at: String(now * 1000),
      id_token: signIdToken({
        iss: issuer,
        sub: pending.person.sub,
        aud: client.clientId,
        iat: now,
        exp: now + 300,
        ...(pending.nonce ? { nonce: pending.nonce } : {}),
        email: pending.person.email,
        name: pending.person.name,
      }),
    });
  }

  function userinfo(request: IncomingMessage, response: ServerResponse): void {
    const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1] ?? '';
    const owner = accessTokens.get(bearer);
    if (!owner) {
      response.writeHead(401, { 'www-authenticate': 'Bearer error="invalid_token"' });
      response.end();
      return;
    }
    json(response, 200, {
      sub: owner.sub,
      email: owner.email,
      email_verified: true,
      name: owner.name,
      preferred_username: owner.email,
    });
  }

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', issuer);
    const path = url.pathname.replace(/\/+$/, '');
    if (path === '/.well-known/openid-configuration') {
      return json(response, 200, {
        issuer,
        authorization_endpoint: `${issuer}/services/oauth2/authorize`,
        token_endpoint: `${issuer}/services/oauth2/token`,
        userinfo_endpoint: `${issuer}/services/oauth2/userinfo`,
        jwks_uri: `${issuer}/id/keys`,
        response_types_supported: ['code'],
        subject_types_supported: ['public'],
        id_token_signing_alg_values_supported: ['RS256'],
        code_challenge_methods_supported: ['S256'],
        token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
        scopes_supported: ['openid', 'profile', 'email'],
      });
    }
    if (path === '/id/keys') {
      return json(response, 200, {
        keys: [{ ...publicKey.export({ format: 'jwk' }), kid, use: 'sig', alg: 'RS256' }],
      });
    }
    if (path === '/services/oauth2/authorize' && request.method === 'GET') {
      return authorize(url, response);
    }
    if (path === '/services/oauth2/token' && request.method === 'POST') {
      return void token(request, response).catch(() =>
        json(response, 500, { error: 'server_error' }),
      );
    }
    if (path === '/services/oauth2/userinfo') return userinfo(request, response);
    response.writeHead(404);
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    issuer,
    signInAs: (next) => {
      person = next;
    },
    refusals,
    redirectUris,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
