import type { NodePage } from '@/lib/wordpress';

import { ArchiveView } from './archive-view';
import { EntryView } from './entry-view';
import { PasswordForm } from './password-form/password-form';
import { SiteFrame } from './site-frame';

/** Picks the template for a node's type, inside the site's frame. */
export function NodeTemplate({
  page,
  basePath,
  unlockError,
}: {
  page: NodePage & { node: NonNullable<NodePage['node']> };
  basePath: string;
  /** The message of a failed password attempt on this page, if there was one. */
  unlockError?: string;
}) {
  const { node, chrome } = page;
  return (
    <SiteFrame chrome={chrome}>
      {node.kind === 'archive' ? (
        <ArchiveView archive={node} basePath={basePath} />
      ) : (
        <EntryView
          entry={node}
          locked={node.isProtected ? <PasswordForm uri={node.uri} error={unlockError} /> : null}
        />
      )}
    </SiteFrame>
  );
}
