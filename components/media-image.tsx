import type { ImageView } from '@/lib/wordpress';

/** A featured image on the site's own origin, or its alt text when it cannot be served. */
export function MediaImage({ image, className }: { image: ImageView; className?: string }) {
  if (!image.src) {
    return (
      <span
        role="img"
        aria-label={image.alt || 'Image unavailable'}
        className="wp-media-missing flex min-h-40 items-center justify-center bg-slate-100 p-4 text-sm text-muted"
      >
        {image.alt || 'Image unavailable'}
      </span>
    );
  }
  return (
    // Plain <img>: the source is already on our origin (public/ or the /wp-media proxy).
    // eslint-disable-next-line @next/next/no-img-element
    <img
      src={image.src}
      alt={image.alt}
      width={image.width}
      height={image.height}
      className={className}
      decoding="async"
    />
  );
}
