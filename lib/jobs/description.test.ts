import { describe, expect, it } from 'vitest';

import { prepareJobDescription } from './description';

describe('prepareJobDescription', () => {
  it('keeps the formatting a description uses', async () => {
    const html = '<p>Join <strong>us</strong>:</p><ul><li>CPA <em>preferred</em></li></ul>';
    await expect(prepareJobDescription(html)).resolves.toBe(html);
  });

  it('drops scripts, event handlers, forms and javascript: links', async () => {
    const html =
      '<p onclick="steal()">Hi<script>alert(1)</script></p>' +
      '<form action="https://evil.example/"><input name="x"></form>' +
      '<a href="javascript:alert(1)">click</a><iframe src="https://evil.example/"></iframe>';
    const safe = await prepareJobDescription(html);
    expect(safe).not.toMatch(/script|onclick|<form|<input|javascript:|<iframe/i);
    expect(safe).toContain('Hi');
  });

  it('loads no image from another host: it shows the alt text instead', async () => {
    const safe = await prepareJobDescription(
      '<p><img src="https://tracker.example/pixel.gif" alt="Our office"></p>',
    );
    expect(safe).not.toContain('tracker.example');
    expect(safe).toContain('Our office');
  });

  it('keeps a plain link to another site, marked as leaving it safely', async () => {
    const safe = await prepareJobDescription(
      '<p><a href="https://example.com/benefits" target="_blank">Benefits</a></p>',
    );
    expect(safe).toContain('href="https://example.com/benefits"');
    expect(safe).toContain('rel="noopener noreferrer"');
  });
});
