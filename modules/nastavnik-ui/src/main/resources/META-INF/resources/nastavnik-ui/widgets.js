/**
 * Small building blocks shared by the elements: form groups wired for errors, selects, pagers,
 * badges. They return DOM nodes (see dom.js), never HTML strings.
 */

import {h, uid} from './dom.js';

/**
 * A form in a card: its heading names it for screen readers, submitting never reloads the page,
 * and it ends with the submit and cancel buttons.
 *
 * @param {{headingId: string, title: string, onsubmit: function(): void,
 *   oncancel: function(): void, submitLabel: string, submitDisabled: boolean,
 *   cancelLabel: string}} options
 * @param {...(Node|null)} fields the form's groups, between heading and buttons
 * @returns {HTMLFormElement} the form
 */
export function cardForm(
	{headingId, title, onsubmit, oncancel, submitLabel, submitDisabled, cancelLabel}, ...fields) {

	return h('form.card.mb-4', {
		'aria-labelledby': headingId,
		novalidate: true,
		onsubmit: event => {
			event.preventDefault();
			onsubmit();
		},
	},
	h('div.card-body', null,
		h('h3.h5.card-title', {id: headingId, tabindex: '-1'}, title),
		...fields,
		h('div.d-flex', null,
			h('button.btn.btn-primary.mr-2', {disabled: submitDisabled, type: 'submit'},
				submitLabel),
			h('button.btn.btn-outline-secondary', {onclick: oncancel, type: 'button'},
				cancelLabel))));
}

/**
 * A Bootstrap form group: label, control, optional help and error, wired with `for`,
 * `aria-describedby` and `aria-invalid` so screen readers read the error with the field.
 *
 * @param {{label: string, control: HTMLElement, error?: string|null, help?: string|null,
 *   inline?: boolean}} options
 * @returns {HTMLElement} the group
 */
export function formGroup({label, control, error = null, help = null, inline = false}) {
	if (!control.id) {
		control.id = uid('field');
	}

	const described = [];
	let helpNode = null;
	let errorNode = null;

	// The error first: it is what the person needs to hear when focus lands on the field.
	if (error) {
		errorNode = errorText(`${control.id}-error`, error);
		described.push(errorNode.id);
		markInvalid(control);
	}

	if (help) {
		helpNode = h('small.form-text.text-muted', {id: `${control.id}-help`}, help);
		described.push(helpNode.id);
	}

	if (described.length) {
		control.setAttribute('aria-describedby', described.join(' '));
	}

	return h(inline ? 'div.form-group.mr-3.mb-2' : 'div.form-group', null,
		h(inline ? 'label.mr-2' : 'label', {for: control.id}, label), control, errorNode, helpNode);
}

/**
 * A fieldset (for checkbox groups and repeated rows) with its error. The error marks the
 * fieldset's own controls invalid, because `aria-invalid` belongs on controls, not on groups.
 *
 * @param {{legend: string, children: any[], error?: string|null, name: string}} options
 * @returns {HTMLElement} the fieldset
 */
export function fieldGroup({legend, children, error = null, name}) {
	const id = uid(`fieldset-${name}`);
	const errorNode = error ? errorText(`${id}-error`, error) : null;
	const fieldset = h('fieldset.form-group', {
		'aria-describedby': errorNode ? errorNode.id : null,
		'data-invalid': Boolean(errorNode),
		dataset: {field: name},
		id,
	},
	h('legend.col-form-label.pt-0', null, legend), children, errorNode);

	if (errorNode) {
		for (const control of fieldset.querySelectorAll('input, select, textarea')) {
			markInvalid(control);
			control.setAttribute('aria-describedby', errorNode.id);
		}
	}

	return fieldset;
}

function errorText(id, message) {
	// d-block: Bootstrap shows .invalid-feedback only next to an .is-invalid sibling.
	return h('div.invalid-feedback.d-block', {id}, message);
}

function markInvalid(control) {
	control.classList.add('is-invalid');
	control.setAttribute('aria-invalid', 'true');
}

/**
 * Moves focus to the first invalid control of a container (after a failed save).
 *
 * @param {HTMLElement} container a form
 * @returns {boolean} whether one was found
 */
export function focusFirstInvalid(container) {
	const target = container.querySelector('[aria-invalid="true"]') ||
		container.querySelector('[data-invalid] button');

	if (target) {
		target.focus();

		return true;
	}

	return false;
}

/**
 * A `custom-select`.
 *
 * @param {{value: any, options: {value: any, text: string}[], onchange?: Function,
 *   attrs?: object}} options
 * @returns {HTMLSelectElement} the select
 */
export function select({value, options, onchange, attrs = {}}) {
	const el = h('select.custom-select', {...attrs, onchange},
		options.map(option => h('option', {
			selected: String(option.value) === String(value ?? ''),
			value: String(option.value),
		}, option.text)));

	return el;
}

/**
 * A custom checkbox with its label.
 *
 * @param {{label: string, checked: boolean, onchange: Function, value?: string,
 *   inline?: boolean}} options
 * @returns {HTMLElement} the wrapper
 */
export function checkbox({label, checked, onchange, value, inline = false}) {
	const input = h('input.custom-control-input', {
		id: uid('check'),
		onchange,
		props: {checked: Boolean(checked)},
		type: 'checkbox',
		value,
	});

	return h(inline ? 'div.custom-control.custom-checkbox.custom-control-inline' :
		'div.custom-control.custom-checkbox', null,
	input, h('label.custom-control-label', {for: input.id}, label));
}

/**
 * Previous/next paging with the position, as buttons (keyboard-usable, no fake links).
 *
 * @param {{t: Function, page: number, pageSize: number, total: number,
 *   onpage: (page: number) => void}} options
 * @returns {HTMLElement|null} the pager, or null when everything fits on one page
 */
export function pager({t, page, pageSize, total, onpage}) {
	const pages = Math.max(1, Math.ceil(total / pageSize));

	if (pages <= 1) {
		return null;
	}

	const item = (text, target, disabled, extra = {}) => h(
		disabled ? 'li.page-item.disabled' : 'li.page-item', null,
		h('button.page-link', {
			disabled,
			onclick: () => onpage(target),
			type: 'button',
			...extra,
		}, text));

	return h('nav', {'aria-label': t('pager.label')},
		h('ul.pagination.mb-0', null,
			item(t('pager.previous'), page - 1, page <= 1),
			h('li.page-item.active', {'aria-current': 'page'},
				h('span.page-link', null, t('pager.position', {page, pages}))),
			item(t('pager.next'), page + 1, page >= pages)));
}

/**
 * A badge whose visible text is short and whose spoken text says what it means.
 *
 * @param {string} classes Bootstrap badge classes, e.g. 'badge-success'
 * @param {string} visible what sighted people see
 * @param {string|null} spoken what screen readers say instead (null: the visible text)
 * @returns {HTMLElement} the badge
 */
export function badge(classes, visible, spoken = null) {
	if (!spoken) {
		return h(`span.badge.${classes}`, null, visible);
	}

	return h(`span.badge.${classes}`, null,
		h('span', {'aria-hidden': 'true'}, visible), h('span.sr-only', null, spoken));
}

/**
 * @param {any[]} items what to list
 * @param {string} empty the text when there is nothing
 * @param {(item: any) => any} toNode how to show one item
 * @returns {any} the nodes, or a muted dash
 */
export function listOr(items, empty, toNode) {
	if (!items || !items.length) {
		return h('span.text-muted', null, empty);
	}

	return h('ul.list-inline.mb-0', null,
		items.map(item => h('li.list-inline-item.mb-1', null, toNode(item))));
}

/** @returns {HTMLElement} a loading indicator for content areas */
export function loading(text) {
	return h('p.text-muted.nastavnik-loading', null, text);
}
