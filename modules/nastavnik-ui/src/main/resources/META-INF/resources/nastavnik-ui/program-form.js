/**
 * "New program": title, description and period of a mentoring program. The person creating it
 * becomes its curator (the UI has no people directory to pick others from yet).
 * Used by <nastavnik-pair-registry> for holders of ADD_PROGRAM.
 */

import {h, uid} from './dom.js';
import {cardForm, formGroup} from './widgets.js';

/** @returns {object} an empty draft */
export function emptyProgram() {
	return {description: '', endDate: '', startDate: '', title: ''};
}

/**
 * @param {object} draft the form's copy
 * @param {Function} t the translation function
 * @returns {object} errors by field, empty when fine
 */
export function validateProgram(draft, t) {
	const errors = {};

	if (!draft.title.trim()) {
		errors.title = t('program.error.title');
	}

	if (!draft.startDate) {
		errors.startDate = t('program.error.dates');
	}

	if (!draft.endDate) {
		errors.endDate = t('program.error.dates');
	}
	else if (draft.startDate && draft.endDate < draft.startDate) {
		// ISO dates compare correctly as strings.
		errors.endDate = t('program.error.order');
	}

	return errors;
}

/**
 * @param {{t: Function, draft: object, errors: object, busy: boolean, onsubmit: Function,
 *   oncancel: Function}} options
 * @returns {HTMLFormElement} the form
 */
export function programForm({t, draft, errors, busy, onsubmit, oncancel}) {
	const headingId = uid('program');
	const bind = name => event => {
		draft[name] = event.target.value;
	};

	const title = h('input.form-control', {maxlength: 200, oninput: bind('title'),
		props: {value: draft.title}, required: true, type: 'text'});
	const description = h('textarea.form-control', {maxlength: 4000, oninput: bind('description'),
		props: {value: draft.description}, rows: 3});
	const startDate = h('input.form-control', {oninput: bind('startDate'), props: {value: draft.startDate},
		required: true, type: 'date'});
	const endDate = h('input.form-control', {oninput: bind('endDate'), props: {value: draft.endDate},
		required: true, type: 'date'});

	return cardForm({
		cancelLabel: t('action.cancel'),
		headingId,
		oncancel,
		onsubmit,
		submitDisabled: busy,
		submitLabel: busy ? t('action.saving') : t('program.create'),
		title: t('program.new'),
	},
		formGroup({control: title, error: errors.title, label: t('program.title')}),
		formGroup({control: description, error: errors.description, label: t('program.description')}),
		h('div.form-row', null,
			h('div.col-sm-6.col-md-4', null,
				formGroup({control: startDate, error: errors.startDate, label: t('program.startDate')})),
			h('div.col-sm-6.col-md-4', null,
				formGroup({control: endDate, error: errors.endDate, label: t('program.endDate')}))),
		h('p.small.text-muted', null, t('program.curatorNote')));
}
