import Link from 'next/link';

import type { PostSummary } from '@/lib/wordpress';

import { ContentHtml } from './content-html';
import { MediaImage } from './media-image';
import { PostMeta } from './post-meta';

/** One post in an archive: title, meta, image and the text up to the more tag. */
export function PostSummaryCard({ post }: { post: PostSummary }) {
  return (
    <article>
      {post.image ? <MediaImage image={post.image} className="mb-4 w-full rounded-lg" /> : null}
      <h2 className="text-2xl font-semibold leading-snug">
        <Link href={post.href} prefetch={false} className="hover:underline">
          {post.title || '(untitled)'}
        </Link>
      </h2>
      <div className="mt-2">
        <PostMeta
          date={post.date}
          authorName={post.authorName}
          authorHref={post.authorHref}
          categories={post.categories}
        />
      </div>
      {post.isProtected ? (
        <p className="mt-3 italic">This post is password protected.</p>
      ) : post.summaryHtml ? (
        <ContentHtml html={post.summaryHtml} className="mt-3" />
      ) : null}
    </article>
  );
}
