import type { Metadata } from 'next';
import type { ReactNode } from 'react';

import { getConfig } from '@/lib/config';

import './globals.css';

export function generateMetadata(): Metadata {
  return { metadataBase: new URL(getConfig().siteUrl) };
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col font-sans antialiased">{children}</body>
    </html>
  );
}
