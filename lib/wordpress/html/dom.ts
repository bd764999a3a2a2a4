/**
 * The small DOM toolkit the content pipeline shares: parse, serialise, walk without
 * recursion, and a few tree edits. Built on htmlparser2 and domhandler.
 * @module
 */
import render from 'dom-serializer';
import type { ChildNode, Document, ParentNode } from 'domhandler';
import { Element, Text, hasChildren, isTag, isText } from 'domhandler';
import { appendChild, removeElement, replaceElement } from 'domutils';
import { parseDocument } from 'htmlparser2';

/** Parses an HTML fragment, entities decoded. */
export function parseHtml(html: string): Document {
  return parseDocument(html, { decodeEntities: true });
}

/** Serialises a tree back to HTML, escaping only what HTML requires. */
export function serializeHtml(root: Document): string {
  return render(root, { encodeEntities: 'utf8' });
}

/**
 * Every node under `root` in document order, as a snapshot: edits during a loop over it do
 * not disturb the loop. Iterative, so hostile nesting cannot overflow the call stack.
 */
export function descendants(root: ParentNode): ChildNode[] {
  const result: ChildNode[] = [];
  const stack: ChildNode[] = [...root.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as ChildNode;
    result.push(node);
    if (hasChildren(node)) {
      for (let index = node.children.length - 1; index >= 0; index -= 1) {
        stack.push(node.children[index] as ChildNode);
      }
    }
  }
  return result;
}

/** The elements under `root` named `name` (lower case), in document order. */
export function elementsNamed(root: ParentNode, ...names: string[]): Element[] {
  return descendants(root).filter(
    (node): node is Element => isTag(node) && names.includes(node.name),
  );
}

/** Whether `node` sits inside an element named one of `names`. */
export function hasAncestor(node: ChildNode, names: ReadonlySet<string>): boolean {
  for (let parent = node.parent; parent; parent = parent.parent) {
    if (isTag(parent) && names.has(parent.name)) return true;
  }
  return false;
}

/** Makes an element with attributes and children. */
export function createElement(
  name: string,
  attribs: Record<string, string>,
  children: (ChildNode | string)[] = [],
): Element {
  const element = new Element(name, attribs);
  for (const child of children) {
    appendChild(element, typeof child === 'string' ? new Text(child) : child);
  }
  return element;
}

/** Replaces an element by its own children. */
export function unwrap(element: Element): void {
  replaceWithNodes(element, [...element.children]);
}

/** Replaces `node` by several nodes (strings become text nodes); an empty list removes it. */
export function replaceWithNodes(node: ChildNode, replacements: (ChildNode | string)[]): void {
  const parent = node.parent;
  if (!parent) return;
  const nodes = replacements
    .filter((part) => part !== '')
    .map((part) => (typeof part === 'string' ? new Text(part) : part));
  const index = parent.children.indexOf(node);
  for (const child of nodes) child.parent = parent;
  parent.children.splice(index, 1, ...nodes);
  node.parent = null;
  relink(parent);
}

/** Replaces `node` by `replacement`. */
export function replaceNode(node: ChildNode, replacement: ChildNode): void {
  replaceElement(node, replacement);
}

/** Removes `node` from its parent. */
export function removeNode(node: ChildNode): void {
  removeElement(node);
}

/** Whether an element holds nothing but whitespace. */
export function isBlank(element: ParentNode): boolean {
  return element.children.every((child) => isText(child) && child.data.trim() === '');
}

function relink(parent: ParentNode): void {
  parent.children.forEach((child, index) => {
    child.prev = parent.children[index - 1] ?? null;
    child.next = parent.children[index + 1] ?? null;
  });
}

/**
 * Unwraps elements nested deeper than `maxDepth`, keeping their content, so that serialising
 * (which recurses) cannot overflow the call stack on hostile input.
 */
export function limitNesting(root: Document, maxDepth: number): void {
  for (const node of descendants(root)) {
    if (!isTag(node)) continue;
    let depth = 0;
    for (let parent = node.parent; parent && parent !== root; parent = parent.parent) depth += 1;
    if (depth >= maxDepth) unwrap(node);
  }
}
