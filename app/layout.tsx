import type { Metadata } from 'next';
import { connection } from 'next/server';
import type { ReactNode } from 'react';

import { ConsentRoot } from '@/components/consent/consent-root';
import { getConfig } from '@/lib/config';

import './globals.css';

export function generateMetadata(): Metadata {
  return { metadataBase: new URL(getConfig().siteUrl) };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page carries its request's CSP nonce (proxy.ts), so HTML is rendered per request;
  // WordPress's answers stay cached (lib/wordpress), which is where the time goes.
  await connection();
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col font-sans antialiased">
        {children}
        <ConsentRoot />
      </body>
    </html>
  );
}
