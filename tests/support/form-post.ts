/**
 * Posting a server-action form as a browser without JavaScript does: the form's own hidden
 * fields ($ACTION_… and the fill-time seal) read from the page, then the visitor's fields, as
 * multipart/form-data to the page's URL.
 * @module
 */
import { decode } from 'html-entities';

/** The markup of the form in `html` that has a field named `marker`. */
export function findForm(html: string, marker: string): string {
  const form = [...html.matchAll(/<form\b[\s\S]*?<\/form>/g)]
    .map((match) => match[0])
    .find((candidate) => candidate.includes(`name="${marker}"`));
  if (!form) throw new Error(`no form with a field named ${marker}`);
  return form;
}

/** The hidden fields of a form's markup. */
export function readHiddenFields(form: string): Array<[string, string]> {
  const fields: Array<[string, string]> = [];
  for (const input of form.matchAll(/<input\b[^>]*>/g)) {
    const tag = input[0];
    if (!/\btype="hidden"/.test(tag)) continue;
    const name = /\bname="([^"]*)"/.exec(tag)?.[1];
    if (name) fields.push([decode(name), decode(/\bvalue="([^"]*)"/.exec(tag)?.[1] ?? '')]);
  }
  return fields;
}

/** Loads `pageUrl` and answers the hidden fields of its form that has a field named `marker`. */
export async function fetchHiddenFields(
  pageUrl: string,
  marker: string,
): Promise<Array<[string, string]>> {
  return readHiddenFields(findForm(await (await fetch(pageUrl)).text(), marker));
}

/** A form post's body: the hidden fields, then `fields` (a later value replaces a hidden one). */
export function buildFormBody(
  hidden: Array<[string, string]>,
  fields: Record<string, string | Blob>,
): FormData {
  const body = new FormData();
  for (const [name, value] of hidden) body.append(name, value);
  for (const [name, value] of Object.entries(fields)) body.set(name, value);
  return body;
}

/** The text of the element with `role` (alert or status) in a form's markup, tags stripped. */
export function regionText(html: string, role: 'alert' | 'status'): string {
  const region = new RegExp(`<div[^>]*role="${role}"[^>]*>([\\s\\S]*?)</div>`).exec(html)?.[1];
  // React separates adjacent text with empty comments; they are not spaces.
  const text = (region ?? '').replace(/<!--[\s\S]*?-->/g, '').replace(/<[^>]+>/g, ' ');
  return decode(text).replace(/\s+/g, ' ').trim();
}
