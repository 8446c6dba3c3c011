// A tiny element builder for the clean view: text always goes in as text nodes, never as HTML.

export type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Record<string, string | number | boolean | null | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? parent.ownerDocument!.createTextNode(child) : child);
  }
}

/** A link that opens in the same tab and never carries a referrer to the outlet. */
export function link(doc: Document, href: string | null, text: string, attrs: Record<string, string> = {}): Node {
  if (!href) return doc.createTextNode(text);
  return h(doc, 'a', { href, rel: 'noreferrer', ...attrs }, text);
}
