import Link from 'next/link';

import type { MenuLink } from '@/lib/wordpress';

interface MenuListProps {
  items: MenuLink[];
  variant: 'primary' | 'footer';
}

/** A WordPress menu as nested lists; submenus stay visible, so no script is needed. */
export function MenuList({ items, variant }: MenuListProps) {
  const listClass =
    variant === 'primary'
      ? 'flex flex-wrap gap-x-5 gap-y-2'
      : 'flex flex-wrap gap-x-4 gap-y-1 text-sm';
  return (
    <ul className={listClass}>
      {items.map((item) => (
        <li key={item.id} className="relative">
          <MenuAnchor item={item} />
          {item.children.length > 0 ? (
            <ul className="mt-1 space-y-1 border-l border-slate-200 pl-3 text-sm">
              {item.children.map((child) => (
                <li key={child.id}>
                  <MenuAnchor item={child} />
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function MenuAnchor({ item }: { item: MenuLink }) {
  const className = 'underline-offset-4 hover:underline';
  if (item.isExternal) {
    return (
      <a
        href={item.href}
        className={className}
        rel="noopener noreferrer"
        target={item.opensInNewTab ? '_blank' : undefined}
      >
        {item.label}
        {item.opensInNewTab ? <span className="sr-only"> (opens in a new tab)</span> : null}
      </a>
    );
  }
  return (
    <Link href={item.href} className={className} prefetch={false}>
      {item.label}
    </Link>
  );
}
