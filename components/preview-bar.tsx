const STATUS_LABELS: Record<string, string> = {
  draft: 'draft',
  pending: 'post pending review',
  future: 'scheduled post',
  private: 'private post',
  publish: 'latest revision',
  inherit: 'latest revision',
};

/** States what an editor is previewing, with the way out of preview. */
export function PreviewBar({
  title,
  status,
  exitHref,
}: {
  title: string;
  status: string;
  exitHref: string;
}) {
  const label = STATUS_LABELS[status] ?? status;
  return (
    <aside
      aria-label="Preview"
      className="flex flex-wrap items-center justify-between gap-2 bg-amber-300 px-4 py-2 text-sm text-black"
    >
      <p>
        <strong>{`Preview of ${label}:`}</strong> {title}
      </p>
      <a href={exitHref} className="font-semibold underline">
        Exit preview
      </a>
    </aside>
  );
}
