import { describe, expect, it } from 'vitest';

import { isPreviewSecretValid, readPreviewId, safeReturnPath } from './preview-secret';

describe('isPreviewSecretValid', () => {
  it('accepts only the exact secret', () => {
    expect(isPreviewSecretValid('s3cret-preview-key', 's3cret-preview-key')).toBe(true);
    expect(isPreviewSecretValid('s3cret-preview-ke', 's3cret-preview-key')).toBe(false);
    expect(isPreviewSecretValid('', 's3cret-preview-key')).toBe(false);
    expect(isPreviewSecretValid(null, 's3cret-preview-key')).toBe(false);
  });
});

describe('readPreviewId', () => {
  it("reads the plugin's id or WordPress's own preview parameters", () => {
    expect(readPreviewId(new URLSearchParams('id=120'))).toBe(120);
    expect(readPreviewId(new URLSearchParams('p=7&preview=true'))).toBe(7);
    expect(readPreviewId(new URLSearchParams('preview_id=9&preview_nonce=x'))).toBe(9);
    expect(readPreviewId(new URLSearchParams('page_id=22'))).toBe(22);
  });

  it('refuses a missing, zero or non-numeric id', () => {
    expect(readPreviewId(new URLSearchParams(''))).toBeNull();
    expect(readPreviewId(new URLSearchParams('id=0'))).toBeNull();
    expect(readPreviewId(new URLSearchParams('id=12abc'))).toBeNull();
    expect(readPreviewId(new URLSearchParams('id=-3'))).toBeNull();
  });
});

describe('safeReturnPath', () => {
  it('keeps a site path and refuses other origins', () => {
    expect(safeReturnPath('/2025/01/hello/')).toBe('/2025/01/hello/');
    expect(safeReturnPath('//evil.example/')).toBe('/');
    expect(safeReturnPath('/\\evil.example/')).toBe('/');
    expect(safeReturnPath('https://evil.example/')).toBe('/');
    expect(safeReturnPath(null)).toBe('/');
  });
});
