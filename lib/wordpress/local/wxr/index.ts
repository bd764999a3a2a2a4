/**
 * The WordPress export (WXR) reader of the embedded WordPress.
 * @module
 */
export { loadWxrFile, parseWxr } from './parse-wxr';
export { phpUnserialize, type PhpArray, type PhpValue } from './php-unserialize';
export { DEFAULT_SETTINGS, PORTICO_NAMESPACE } from './read-portico-settings';
export type * from './types';
export { WxrParseError, type WxrPosition } from './wxr-parse-error';
