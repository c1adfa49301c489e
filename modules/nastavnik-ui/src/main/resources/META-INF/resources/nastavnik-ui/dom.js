/**
 * DOM building without HTML strings.
 *
 * Everything the server sends (names, titles, reasons) is user-supplied text, so the UI never
 * parses markup: `h()` creates elements and puts every string into a text node, which the
 * browser cannot interpret as HTML.
 */

let idCounter = 0;

/**
 * @param {string} prefix a readable prefix
 * @returns {string} an ID unique on the page, for label/aria wiring
 */
export function uid(prefix = 'nv') {
	idCounter += 1;
	return `${prefix}-${idCounter}`;
}

/**
 * Creates an element.
 *
 * @param {string} tag the tag name, optionally with classes: 'button.btn.btn-primary'
 * @param {object|null} attrs attributes; `on*` functions become listeners, `true` sets a boolean
 *   attribute, `false`/`null`/`undefined` leave it out, `dataset` and `props` set properties
 * @param {...any} children strings, numbers, nodes, arrays of them; null/false are skipped
 * @returns {HTMLElement} the element
 */
export function h(tag, attrs, ...children) {
	const [name, ...classes] = tag.split('.');
	const el = document.createElement(name);

	if (classes.length) {
		el.className = classes.join(' ');
	}

	for (const [key, value] of Object.entries(attrs || {})) {
		setAttr(el, key, value);
	}

	append(el, children);

	return el;
}

function setAttr(el, key, value) {
	if (value === false || value === null || value === undefined) {
		return;
	}

	if (key.startsWith('on') && typeof value === 'function') {
		el.addEventListener(key.slice(2).toLowerCase(), value);
	}
	else if (key === 'class') {
		el.className = [el.className, value].filter(Boolean).join(' ');
	}
	else if (key === 'props') {
		// Live properties (value, checked) differ from attributes once the user has typed.
		Object.assign(el, value);
	}
	else if (key === 'dataset') {
		Object.assign(el.dataset, value);
	}
	else {
		el.setAttribute(key, value === true ? '' : String(value));
	}
}

/**
 * Appends children to a node: strings become text nodes, arrays are flattened.
 *
 * @param {Node} parent the node
 * @param {any[]} children what to add
 * @returns {Node} the parent
 */
export function append(parent, children) {
	for (const child of [children].flat(Infinity)) {
		if (child === null || child === undefined || child === false) {
			continue;
		}

		parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
	}

	return parent;
}

/**
 * Replaces all children of a node.
 *
 * @param {Node} parent the node
 * @param {...any} children the new content, as for {@link h}
 * @returns {Node} the parent
 */
export function replace(parent, ...children) {
	parent.replaceChildren();

	return append(parent, children);
}
