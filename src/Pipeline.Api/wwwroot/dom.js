// The one way pages of this app put data on screen: elements built with text nodes, never HTML, because names and
// cells typed by village officials may contain anything, "<script>" included. Used by the admin page and the village page,
// with the other helpers both need: a page must declare a top-level name once, or its second script stops.
'use strict';

const $ = (selector) => document.querySelector(selector);

/** A moment as officials read it ("6 Des 2026 22.15"); empty when there is none. */
const time = (iso) => (iso ? new Date(iso).toLocaleString('id-ID', { dateStyle: 'medium', timeStyle: 'short' }) : '');

/** Builds an element; string children become text nodes, so nothing is ever parsed as HTML. */
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}
