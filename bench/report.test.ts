import { describe, expect, it } from 'vitest';

import { markdownTable } from './report';

describe('markdownTable', () => {
  it('writes a header, a rule and one line per row', () => {
    expect(markdownTable(['page', 'req/s'], [['post', '1400']])).toBe(
      '| page | req/s |\n| --- | --- |\n| post | 1400 |',
    );
  });
});
