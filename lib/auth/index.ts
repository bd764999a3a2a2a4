/**
 * Customer accounts through Auth.js: `auth()` for pages, `signIn`/`signOut` for server
 * actions (app/api/auth calls Auth.js's core itself, see its route). The configuration is built on first use, so
 * importing this module reads no environment (next build imports it).
 * @module
 */
import NextAuth from 'next-auth';

import { buildAuthConfig } from './auth-config';

export const { auth, signIn, signOut } = NextAuth(() => buildAuthConfig());

export { ACCOUNT_HOME, toAccountPath } from './account-path';
export { AUTH_PAGES } from './auth-config';
