import { loadWxrFile } from '../local/wxr';

/**
 * The preview link of the export's first draft (post or page), so that a developer of the
 * embedded site can try the editors' preview at once; null when the export has no draft.
 */
export async function findDemoPreviewUrl(
  exportFile: string,
  siteUrl: string,
  previewSecret: string,
): Promise<string | null> {
  const { items } = await loadWxrFile(exportFile);
  const draft = items.find(
    (item) => item.status === 'draft' && (item.type === 'post' || item.type === 'page'),
  );
  if (!draft) return null;
  const query = new URLSearchParams({ secret: previewSecret, id: String(draft.id) });
  return `${siteUrl}/api/preview/?${query}`;
}
