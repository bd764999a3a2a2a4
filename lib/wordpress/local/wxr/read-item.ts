import { phpUnserialize, type PhpArray } from './php-unserialize';
import type { WxrAttachmentMetadata, WxrComment, WxrItem, WxrMeta } from './types';
import { attribute, childInt, childText, children, textOf, type XmlNode } from './xml-node';

/** Maps one `<item>` element to the domain item. */
export function readItem(node: XmlNode): WxrItem {
  const meta = children(node, 'wp:postmeta').map((entry): WxrMeta => ({
    key: childText(entry, 'wp:meta_key'),
    value: childText(entry, 'wp:meta_value'),
  }));
  const item: WxrItem = {
    id: childInt(node, 'wp:post_id'),
    type: childText(node, 'wp:post_type') || 'post',
    title: childText(node, 'title'),
    link: childText(node, 'link'),
    guid: childText(node, 'guid'),
    slug: childText(node, 'wp:post_name'),
    status: childText(node, 'wp:status') || 'publish',
    date: childText(node, 'wp:post_date'),
    dateGmt: childText(node, 'wp:post_date_gmt'),
    modified: childText(node, 'wp:post_modified'),
    modifiedGmt: childText(node, 'wp:post_modified_gmt'),
    authorLogin: childText(node, 'dc:creator'),
    parentId: childInt(node, 'wp:post_parent'),
    menuOrder: childInt(node, 'wp:menu_order'),
    password: childText(node, 'wp:post_password'),
    isSticky: childText(node, 'wp:is_sticky') === '1',
    commentStatus: childText(node, 'wp:comment_status'),
    content: childText(node, 'content:encoded'),
    excerpt: childText(node, 'excerpt:encoded'),
    terms: children(node, 'category')
      .filter((entry) => attribute(entry, 'domain') !== '')
      .map((entry) => ({
        taxonomy: attribute(entry, 'domain'),
        slug: attribute(entry, 'nicename'),
        name: textOf(entry),
      })),
    meta,
    comments: children(node, 'wp:comment').map(readComment),
  };
  const attachmentUrl = childText(node, 'wp:attachment_url');
  if (attachmentUrl) item.attachmentUrl = attachmentUrl;
  const metadata = meta.find((entry) => entry.key === '_wp_attachment_metadata');
  if (metadata) item.attachmentMetadata = readAttachmentMetadata(metadata.value);
  return item;
}

function readComment(node: XmlNode): WxrComment {
  return {
    id: childInt(node, 'wp:comment_id'),
    parentId: childInt(node, 'wp:comment_parent'),
    approved: childText(node, 'wp:comment_approved'),
    type: childText(node, 'wp:comment_type'),
    authorName: childText(node, 'wp:comment_author'),
    date: childText(node, 'wp:comment_date'),
    dateGmt: childText(node, 'wp:comment_date_gmt'),
    content: childText(node, 'wp:comment_content'),
  };
}

function readAttachmentMetadata(serialized: string): WxrAttachmentMetadata | undefined {
  const value = phpUnserialize(serialized);
  if (!isPhpArray(value)) return undefined;
  const sizes: WxrAttachmentMetadata['sizes'] = {};
  const rawSizes = value.sizes;
  if (isPhpArray(rawSizes)) {
    for (const [name, size] of Object.entries(rawSizes)) {
      if (!isPhpArray(size) || typeof size.file !== 'string') continue;
      sizes[name] = {
        file: size.file,
        width: toNumber(size.width),
        height: toNumber(size.height),
        mimeType: typeof size['mime-type'] === 'string' ? size['mime-type'] : undefined,
      };
    }
  }
  return {
    width: toNumber(value.width),
    height: toNumber(value.height),
    file: typeof value.file === 'string' ? value.file : undefined,
    sizes,
  };
}

function isPhpArray(value: unknown): value is PhpArray {
  return typeof value === 'object' && value !== null;
}

function toNumber(value: unknown): number | undefined {
  const number = typeof value === 'number' ? value : Number(value);
  return typeof value !== 'boolean' && value !== null && Number.isFinite(number)
    ? number
    : undefined;
}
