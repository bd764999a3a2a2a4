import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Next.js's own ceiling for the benchmark: a page prerendered at build time whose HTML is about
 * as large as the measured WordPress post. `npm run bench` writes the paragraphs to
 * var/bench/static-body.html (blank-line separated) before it builds; only bench builds
 * (PORTICO_BENCH=1) contain this page.
 */
export const dynamic = 'force-static';

const BODY_FILE = path.join(process.cwd(), 'var', 'bench', 'static-body.html');

function readParagraphs(): string[] {
  try {
    return readFileSync(BODY_FILE, 'utf8')
      .split(/\n{2,}/)
      .filter(Boolean);
  } catch (error) {
    throw new Error(`The bench page needs ${BODY_FILE}; run it through npm run bench`, {
      cause: error,
    });
  }
}

export default function BenchStaticPage() {
  return (
    <main className="mx-auto max-w-3xl px-4 py-8">
      <h1>Static page</h1>
      {readParagraphs().map((text, index) => (
        <p key={index}>{text}</p>
      ))}
    </main>
  );
}
