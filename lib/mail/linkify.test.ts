import { describe, expect, it } from 'vitest';

import { splitLinks } from '@/lib/mail/linkify';

describe('splitLinks', () => {
  it('finds http and https links and leaves the text around them', () => {
    expect(splitLinks('Confirm: https://a.example/c/?token=x.y-z_1 within 48 hours.')).toEqual([
      { kind: 'text', text: 'Confirm: ' },
      { kind: 'link', href: 'https://a.example/c/?token=x.y-z_1' },
      { kind: 'text', text: ' within 48 hours.' },
    ]);
  });

  it('leaves sentence punctuation and angle brackets out of a link', () => {
    expect(splitLinks('(see http://a.example/x).\n<https://b.example/y>')).toEqual([
      { kind: 'text', text: '(see ' },
      { kind: 'link', href: 'http://a.example/x' },
      { kind: 'text', text: ').\n<' },
      { kind: 'link', href: 'https://b.example/y' },
      { kind: 'text', text: '>' },
    ]);
  });

  it('never makes a link of other schemes or markup', () => {
    const text = 'javascript:alert(1) <a href="x">x</a> data:text/html,hi';
    expect(splitLinks(text)).toEqual([{ kind: 'text', text }]);
  });
});
