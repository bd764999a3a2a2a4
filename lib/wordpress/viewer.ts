/** Who asks WordPress: a visitor, or the site itself with editor rights (server-side only). */
export type Viewer = 'anonymous' | 'editor';
