/** Where in a file a parse went wrong (1-based). */
export interface WxrPosition {
  line: number;
  column: number;
}

/**
 * A WordPress export that cannot be read: not XML, truncated, or not a WXR file. The message
 * names the file and, when known, the line and column.
 */
export class WxrParseError extends Error {
  readonly fileName: string;
  readonly position?: WxrPosition;

  constructor(fileName: string, reason: string, position?: WxrPosition, options?: ErrorOptions) {
    const where = position ? `:${position.line}:${position.column}` : '';
    super(`${fileName}${where}: ${reason}`, options);
    this.name = 'WxrParseError';
    this.fileName = fileName;
    this.position = position;
  }
}
