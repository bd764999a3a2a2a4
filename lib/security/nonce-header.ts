/** The request header through which proxy.ts hands this request's CSP nonce to components. */
export const NONCE_HEADER = 'x-nonce';
