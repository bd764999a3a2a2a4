import type { WxrAuthor, WxrSite, WxrTerm } from './types';
import { childInt, childText, children, type XmlNode } from './xml-node';

/** The site facts of the `<channel>`. */
export function readSite(channel: XmlNode): WxrSite {
  return {
    title: childText(channel, 'title'),
    link: childText(channel, 'link'),
    description: childText(channel, 'description'),
    language: childText(channel, 'language'),
    baseSiteUrl: childText(channel, 'wp:base_site_url'),
    baseBlogUrl: childText(channel, 'wp:base_blog_url'),
  };
}

/** The `<wp:author>` entries. */
export function readAuthors(channel: XmlNode): WxrAuthor[] {
  return children(channel, 'wp:author').map((node) => {
    const author: WxrAuthor = {
      login: childText(node, 'wp:author_login'),
      email: childText(node, 'wp:author_email'),
      displayName: childText(node, 'wp:author_display_name'),
      firstName: childText(node, 'wp:author_first_name'),
      lastName: childText(node, 'wp:author_last_name'),
    };
    const id = childInt(node, 'wp:author_id');
    if (id > 0) author.id = id;
    return author;
  });
}

/** The `<wp:category>` entries. */
export function readCategories(channel: XmlNode): WxrTerm[] {
  return children(channel, 'wp:category').map((node) => ({
    termId: childInt(node, 'wp:term_id'),
    taxonomy: 'category',
    slug: childText(node, 'wp:category_nicename'),
    parentSlug: childText(node, 'wp:category_parent'),
    name: childText(node, 'wp:cat_name'),
    description: childText(node, 'wp:category_description'),
  }));
}

/** The `<wp:tag>` entries. */
export function readTags(channel: XmlNode): WxrTerm[] {
  return children(channel, 'wp:tag').map((node) => ({
    termId: childInt(node, 'wp:term_id'),
    taxonomy: 'post_tag',
    slug: childText(node, 'wp:tag_slug'),
    parentSlug: '',
    name: childText(node, 'wp:tag_name'),
    description: childText(node, 'wp:tag_description'),
  }));
}

/** The generic `<wp:term>` entries (nav menus, post formats, custom taxonomies). */
export function readTerms(channel: XmlNode): WxrTerm[] {
  return children(channel, 'wp:term').map((node) => ({
    termId: childInt(node, 'wp:term_id'),
    taxonomy: childText(node, 'wp:term_taxonomy'),
    slug: childText(node, 'wp:term_slug'),
    parentSlug: childText(node, 'wp:term_parent'),
    name: childText(node, 'wp:term_name'),
    description: childText(node, 'wp:term_description'),
  }));
}
