'use client';

// The document Next serves when a page fails before any of it could render (for example,
// WordPress is down and the page was never cached). It is prerendered, so it shows without
// JavaScript; it cannot use the site's stylesheet.
export default function GlobalError() {
  return (
    <html lang="en">
      <head>
        <title>Temporarily unavailable</title>
      </head>
      <body
        style={{
          fontFamily: 'system-ui, sans-serif',
          maxWidth: '40rem',
          margin: '4rem auto',
          padding: '0 1rem',
          lineHeight: 1.6,
        }}
      >
        <main>
          <h1>This page is not available right now</h1>
          <p>
            The content could not be loaded. It is probably a short interruption; please try again
            in a minute.
          </p>
          <p>
            {/* A full page load: the app itself failed, so client navigation may not work. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a href="/">Go to the home page</a>
          </p>
        </main>
      </body>
    </html>
  );
}
