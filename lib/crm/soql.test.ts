import { describe, expect, it } from 'vitest';

import {
  escapeSoqlLike,
  escapeSoqlString,
  isSoql,
  like,
  soql,
  soqlIdentifier,
  type Soql,
} from '@/lib/crm/soql';
import { matchesWhere, parseSoql } from '@/tests/support/fake-salesforce-soql';

/** The value a Salesforce-rules parser reads back from `WHERE Email = <value>`. */
function readBack(query: Soql): unknown {
  const condition = parseSoql(query.text).where[0];
  return condition?.value;
}

describe('soql', () => {
  it('quotes a plain value as a string literal', () => {
    expect(soql`SELECT Id FROM Lead WHERE Email = ${'ada@example.com'}`.text).toBe(
      "SELECT Id FROM Lead WHERE Email = 'ada@example.com'",
    );
  });

  it('escapes single and double quotes', () => {
    expect(escapeSoqlString(`O'Brien "Bob"`)).toBe(`O\\'Brien \\"Bob\\"`);
  });

  it('escapes backslashes before anything else', () => {
    expect(escapeSoqlString('a\\b')).toBe('a\\\\b');
    expect(escapeSoqlString("\\'")).toBe("\\\\\\'");
  });

  it('escapes newlines, tabs and other control characters', () => {
    expect(escapeSoqlString('a\nb\r\tc\b\f')).toBe('a\\nb\\r\\tc\\b\\f');
    expect(escapeSoqlString('nul\u0000 esc\u001b del\u007f')).toBe(
      'nul\\u0000 esc\\u001b del\\u007f',
    );
  });

  it('keeps unicode as it is, but escapes lone surrogates', () => {
    expect(escapeSoqlString('José Núñez, 李雷, Ørsted 👋')).toBe('José Núñez, 李雷, Ørsted 👋');
    expect(escapeSoqlString('x\ud800y')).toBe('x\\ud800y');
    expect(() =>
      encodeURIComponent(soql`SELECT Id FROM Lead WHERE Name = ${'\udc00'}`.text),
    ).not.toThrow();
  });

  it('leaves % and _ alone in = comparisons, where they are not wildcards', () => {
    expect(soql`SELECT Id FROM Lead WHERE Name = ${'100%_sure'}`.text).toBe(
      "SELECT Id FROM Lead WHERE Name = '100%_sure'",
    );
  });

  it('keeps an injection attempt inside one literal', () => {
    const attack = "x' OR Name LIKE '%";
    const query = soql`SELECT Id FROM Lead WHERE Email = ${attack}`;
    expect(query.text).toBe("SELECT Id FROM Lead WHERE Email = 'x\\' OR Name LIKE \\'%'");
    const parsed = parseSoql(query.text);
    expect(parsed.where).toHaveLength(1);
    expect(parsed.where[0]?.value).toBe(attack);
  });

  it('reads back exactly what went in, for awkward strings', () => {
    const samples = [
      "O'Brien",
      'back\\slash\\',
      "\\'",
      "' OR Name LIKE '%",
      "'; DELETE FROM Lead; --",
      'line1\nline2\r\n\ttab',
      '<script>alert("x")</script>',
      'José Núñez 李雷 Ørsted 🧪',
      '\u0000\u0001\u001f\u007f',
      '\\u0041 is not an A',
      '%_%',
      '',
    ];
    for (const sample of samples) {
      expect(readBack(soql`SELECT Id FROM Lead WHERE Email = ${sample}`)).toBe(sample);
    }
  });

  it('reads back random strings exactly', () => {
    const alphabet = ["'", '"', '\\', '%', '_', '\n', '\r', '\t', 'a', 'é', '李', '\u0001', ' '];
    for (let run = 0; run < 500; run += 1) {
      const sample = Array.from(
        { length: 1 + Math.floor(Math.random() * 12) },
        () => alphabet[Math.floor(Math.random() * alphabet.length)],
      ).join('');
      expect(readBack(soql`SELECT Id FROM Lead WHERE Email = ${sample}`)).toBe(sample);
    }
  });

  it('formats numbers, booleans, null, dates and lists', () => {
    const query = soql`SELECT Id FROM Lead WHERE A = ${3} AND B = ${true} AND C = ${null} AND D = ${new Date('2025-03-14T09:30:00.123Z')} AND E IN ${['a', "b'c"]}`;
    expect(query.text).toBe(
      "SELECT Id FROM Lead WHERE A = 3 AND B = TRUE AND C = NULL AND D = 2025-03-14T09:30:00Z AND E IN ('a', 'b\\'c')",
    );
  });

  it('refuses values it cannot quote safely', () => {
    expect(() => soql`SELECT Id FROM Lead WHERE A = ${Number.NaN}`).toThrow(TypeError);
    expect(() => soql`SELECT Id FROM Lead WHERE A IN ${[]}`).toThrow(TypeError);
    expect(() => soql`SELECT Id FROM Lead WHERE A = ${new Date('nope')}`).toThrow(TypeError);
    const forged = { text: "' OR Id != '" } as unknown as Soql;
    expect(() => soql`SELECT Id FROM Lead WHERE A = ${forged}`).toThrow(TypeError);
  });

  it('nests fragments built by soql and checks identifiers', () => {
    const field = soqlIdentifier('Portico_Submission_Id__c');
    expect(soql`SELECT Id FROM Lead WHERE ${field} = ${'s-1'}`.text).toBe(
      "SELECT Id FROM Lead WHERE Portico_Submission_Id__c = 's-1'",
    );
    expect(() => soqlIdentifier("Name = 'x' OR Id")).toThrow(TypeError);
  });

  it('brands its results so forged objects are told apart', () => {
    expect(isSoql(soql`SELECT Id FROM Lead`)).toBe(true);
    expect(isSoql({ text: 'SELECT Id FROM Lead' })).toBe(false);
    expect(isSoql('SELECT Id FROM Lead')).toBe(false);
  });
});

describe('like', () => {
  it('escapes % and _ in values while keeping the written wildcards', () => {
    expect(escapeSoqlLike("50%_off's")).toBe("50\\%\\_off\\'s");
    const query = soql`SELECT Id FROM Lead WHERE Name LIKE ${like`%${'50%_off'}%`}`;
    expect(query.text).toBe("SELECT Id FROM Lead WHERE Name LIKE '%50\\%\\_off%'");
  });

  it('matches the value literally, not as a wildcard', () => {
    const query = soql`SELECT Id FROM Lead WHERE Name LIKE ${like`${'a_c%'}%`}`;
    const { where } = parseSoql(query.text);
    expect(matchesWhere({ Name: 'a_c% and more' }, where)).toBe(true);
    expect(matchesWhere({ Name: 'abc% and more' }, where)).toBe(false);
    expect(matchesWhere({ Name: 'a_cX' }, where)).toBe(false);
  });

  it('keeps an injection attempt inside the pattern', () => {
    const query = soql`SELECT Id FROM Lead WHERE Name LIKE ${like`${"' OR Name LIKE '%"}`}`;
    const { where } = parseSoql(query.text);
    expect(where).toHaveLength(1);
    expect(matchesWhere({ Name: "' OR Name LIKE '%" }, where)).toBe(true);
    expect(matchesWhere({ Name: 'anyone' }, where)).toBe(false);
  });
});

// The escaping tests above read queries back with the fake Salesforce's parser; these show
// that the parser is strict enough for that to mean something.
describe('the reference parser', () => {
  it('refuses what Salesforce refuses: unknown escapes, unterminated and unescaped quotes', () => {
    expect(() => parseSoql("SELECT Id FROM Lead WHERE Email = 'a\\qb'")).toThrow();
    expect(() => parseSoql("SELECT Id FROM Lead WHERE Email = 'O'Brien'")).toThrow();
    expect(() => parseSoql("SELECT Id FROM Lead WHERE Email = 'open")).toThrow();
    expect(() => parseSoql("SELECT Id FROM Lead WHERE Name = '50\\%'")).toThrow();
  });

  it('would see an unescaped injection as a second condition', () => {
    const naive = `SELECT Id FROM Lead WHERE Email = 'x' AND Name LIKE '%'`;
    expect(parseSoql(naive).where).toHaveLength(2);
  });
});
