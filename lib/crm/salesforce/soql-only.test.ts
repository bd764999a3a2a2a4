import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

/**
 * SOQL reaches Salesforce only through `soql`: SalesforceSession.query/queryResult/queryAll
 * take a `Soql`, whose brand only lib/crm/soql.ts can make (a plain or concatenated string
 * does not compile), and check at run time that soql`` made it (a cast does not pass; see
 * salesforce-crm.test.ts). These checks hold the source to the rest: no other way to send a
 * query, no cast to Soql, and no SOQL text outside a soql`` template.
 */
const CRM_DIR = path.resolve(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return /\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [file] : [];
  });
}

const files = sourceFiles(CRM_DIR).map((file) => ({
  name: path.relative(CRM_DIR, file),
  // Comments may name SOQL; code may not.
  code: readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, ''),
}));

describe('SOQL built only through soql``', () => {
  it('finds the adapters it checks', () => {
    const names = files.map((file) => file.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'salesforce/salesforce-crm.ts',
        'salesforce/salesforce-customer-crm.ts',
        'salesforce/session.ts',
        'salesforce/upsert.ts',
      ]),
    );
  });

  it('sends queries only from the session: no other file imports jsforce or names /query', () => {
    const others = files.filter((file) => file.name !== 'salesforce/session.ts');
    for (const file of others) {
      expect(file.code, file.name).not.toMatch(/from 'jsforce'/);
      expect(file.code, file.name).not.toMatch(/\/query\b/);
    }
  });

  it('casts nothing to Soql outside soql.ts', () => {
    for (const file of files.filter((f) => f.name !== 'soql.ts')) {
      expect(file.code, file.name).not.toMatch(/as\s+(unknown\s+as\s+)?Soql\b/);
    }
  });

  it('writes SOQL keywords only inside soql`` templates in the Salesforce adapter', () => {
    const adapterFiles = files.filter((f) => f.name.startsWith('salesforce/'));
    const soqlText = /\b(SELECT|FROM|WHERE)\s+[A-Z(]/;
    for (const file of adapterFiles) {
      for (const line of file.code.split('\n').filter((l) => soqlText.test(l))) {
        expect(line, file.name).toMatch(/soql`/);
      }
    }
  });

  it('passes every query call a soql`` value or a variable assigned one', () => {
    const call = /\.(query|queryResult|queryAll)\s*(?:<[^>]*>)?\(\s*([^\s,)]+)/g;
    for (const file of files.filter((f) => f.name !== 'salesforce/session.ts')) {
      for (const [, , argument = ''] of file.code.matchAll(call)) {
        if (argument.startsWith('soql`')) continue;
        expect(argument, file.name).toMatch(/^[a-zA-Z]+$/);
        expect(file.code, `${file.name}: ${argument}`).toMatch(
          new RegExp(`const ${argument}\\s*=\\s*(\\n\\s*)?[^;]*soql\``),
        );
      }
    }
  });
});
