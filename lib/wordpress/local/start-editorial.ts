import { getLogger } from '@/lib/log';

import { findDemoPreviewUrl } from '../preview/demo-preview';
import { getPreviewSecret } from '../preview/preview-secret';
import { watchExportAndRevalidate } from './watch-export-revalidate';

/**
 * The editors' tools of the embedded WordPress, started once with the server: it prints the
 * local preview secret with a link to preview a demo draft, and watches the export file so
 * that an edit shows on the site without a restart.
 */
export async function startEmbeddedEditorial(exportFile: string, siteUrl: string): Promise<void> {
  watchExportAndRevalidate(exportFile);
  const previewSecret = getPreviewSecret();
  if (!previewSecret) return;
  let previewUrl: string | null = null;
  try {
    previewUrl = await findDemoPreviewUrl(exportFile, siteUrl, previewSecret);
  } catch {
    // The export is unreadable; start-up has already said so.
  }
  // Deliberately printed: a local editor secret of the embedded WordPress, for developers.
  getLogger().info({ previewSecret, previewUrl }, 'preview.local_editor');
}
