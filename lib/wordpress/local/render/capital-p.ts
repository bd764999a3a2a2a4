/**
 * WordPress's capital_P_dangit for content: "Wordpress" after a space, quote, `>` or `(`
 * becomes "WordPress".
 * @module
 */
import { replaceAll } from './html-split';

const PAIRS: [string, string][] = [
  [' Wordpress', ' WordPress'],
  ['&#8216;Wordpress', '&#8216;WordPress'],
  ['&#8220;Wordpress', '&#8220;WordPress'],
  ['>Wordpress', '>WordPress'],
  ['(Wordpress', '(WordPress'],
];

/** Port of capital_P_dangit as it runs on the_content. */
export function capitalPDangit(text: string): string {
  return replaceAll(text, PAIRS);
}
