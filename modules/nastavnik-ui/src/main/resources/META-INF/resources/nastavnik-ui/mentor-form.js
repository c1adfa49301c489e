/**
 * The mentor-bank entry form: strengths (competency + level), capacity, formats, bio.
 * Used by <nastavnik-mentor-bank> for "my profile" and for a manager editing someone's entry.
 */

import {h, replace, uid} from './dom.js';
import {cardForm, checkbox, fieldGroup, formGroup, select} from './widgets.js';

export const FORMATS = ['IN_PERSON', 'ONLINE'];
export const LEVELS = [1, 2, 3, 4, 5];

/**
 * @param {object} mentor a Mentor, or null for a new entry
 * @returns {object} the editable copy the form works on
 */
export function toDraft(mentor) {
	return {
		bio: (mentor && mentor.bio) || '',
		capacity: mentor ? mentor.capacity : 1,
		formats: mentor ? [...(mentor.formats || [])] : ['IN_PERSON'],
		strengths: mentor ?
			(mentor.strengths || []).map(s => ({competencyId: String(s.competencyId), level: s.level})) :
			[],
		version: mentor ? mentor.version : undefined,
	};
}

/**
 * @param {object} draft the form's copy
 * @returns {object} the MentorInput body
 */
export function toInput(draft) {
	return {
		bio: draft.bio,
		capacity: Number(draft.capacity),
		formats: draft.formats,
		strengths: draft.strengths.map(s => ({
			competencyId: Number(s.competencyId),
			level: Number(s.level),
		})),
		version: draft.version,
	};
}

/**
 * Checks what the browser can check, with the server's wording, so that an obvious slip does
 * not need a round trip; the server checks everything again.
 *
 * @param {object} draft the form's copy
 * @param {Function} t the translation function
 * @returns {object} errors by field, empty when fine
 */
export function validate(draft, t) {
	const errors = {};
	const capacity = Number(draft.capacity);

	if (!Number.isInteger(capacity) || capacity < 1 || capacity > 10) {
		errors.capacity = t('mentor.error.capacity');
	}

	if (!draft.formats.length) {
		errors.formats = t('mentor.error.formats');
	}

	if (draft.strengths.some(s => !s.competencyId)) {
		errors.strengths = t('mentor.error.competency');
	}
	else {
		const ids = draft.strengths.map(s => s.competencyId);

		if (new Set(ids).size !== ids.length) {
			errors.strengths = t('mentor.error.duplicate');
		}
	}

	return errors;
}

/**
 * Builds the form.
 *
 * @param {{t: Function, label: Function, title: string, draft: object, errors: object,
 *   competencies: object[], busy: boolean, onsubmit: Function, oncancel: Function}} options
 *   errors holds messages by field ('strengths', 'capacity', 'formats', 'bio') and '' for others
 * @returns {HTMLFormElement} the form
 */
export function mentorForm({t, label, title, draft, errors, competencies, busy, onsubmit, oncancel}) {
	const headingId = uid('mentor-form');
	const strengthsArea = h('div');

	const renderStrengths = () => replace(strengthsArea,
		strengthsFieldset({
			area: strengthsArea, competencies, draft, error: errors.strengths, rerender: renderStrengths, t,
		}));

	renderStrengths();

	const capacity = h('input.form-control', {
		max: 10,
		min: 1,
		oninput: event => {
			draft.capacity = event.target.value;
		},
		props: {value: String(draft.capacity ?? '')},
		required: true,
		style: 'max-width: 8rem',
		type: 'number',
	});

	const bio = h('textarea.form-control', {
		maxlength: 4000,
		oninput: event => {
			draft.bio = event.target.value;
		},
		props: {value: draft.bio},
		rows: 4,
	});

	return cardForm({
		cancelLabel: t('action.cancel'),
		headingId,
		oncancel,
		onsubmit,
		submitDisabled: busy,
		submitLabel: busy ? t('action.saving') : t('action.save'),
		title: title,
	},
		strengthsArea,
		formGroup({control: capacity, error: errors.capacity, help: t('mentor.capacity.help'),
			label: t('mentor.capacity')}),
		fieldGroup({
			children: FORMATS.map(format => checkbox({
				checked: draft.formats.includes(format),
				inline: true,
				label: label('format', format),
				onchange: event => {
					draft.formats = event.target.checked ?
						[...draft.formats, format] : draft.formats.filter(f => f !== format);
				},
				value: format,
			})),
			error: errors.formats,
			legend: t('mentor.formats'),
			name: 'formats',
		}),
		formGroup({control: bio, error: errors.bio, label: t('mentor.bio')}));
}

function strengthsFieldset({t, area, competencies, draft, error, rerender}) {
	const rows = draft.strengths.map((strength, index) => strengthRow({
		competencies, index, onremove: () => {
			draft.strengths.splice(index, 1);
			rerender();
			// The removed row's button is gone: keep the keyboard user in the list.
			focusRow(area, index);
		}, strength, t,
	}));

	return fieldGroup({
		children: [
			rows.length ? h('ul.list-unstyled.mb-2', null, rows) :
				h('p.text-muted.small', null, t('mentor.strengths.none')),
			h('button.btn.btn-sm.btn-outline-primary', {
				onclick: () => {
					draft.strengths.push({competencyId: '', level: 3});
					rerender();
					// Keyboard users continue in the new row.
					focusRow(area, draft.strengths.length - 1);
				},
				type: 'button',
			}, t('mentor.strengths.add')),
		],
		error,
		legend: t('mentor.strengths'),
		name: 'strengths',
	});
}

function focusRow(area, index) {
	const selects = area.querySelectorAll('[data-strength-competency]');
	const target = selects[Math.min(index, selects.length - 1)];

	if (target) {
		target.focus();
	}
}

function strengthRow({t, competencies, strength, index, onremove}) {
	const number = index + 1;
	const competency = select({
		attrs: {'data-strength-competency': '', id: uid('strength')},
		onchange: event => {
			strength.competencyId = event.target.value;
		},
		options: [
			{text: t('mentor.strength.choose'), value: ''},
			...competencies.map(c => ({text: c.displayName, value: c.id})),
		],
		value: strength.competencyId,
	});
	const level = select({
		attrs: {id: uid('level'), style: 'max-width: 6rem'},
		onchange: event => {
			strength.level = Number(event.target.value);
		},
		options: LEVELS.map(value => ({text: String(value), value})),
		value: strength.level,
	});

	// Labels are visually hidden: the row reads as "competency — level", but each field still
	// has its own label for screen readers and voice control.
	return h('li.d-flex.align-items-center.mb-2', null,
		h('label.sr-only', {for: competency.id}, t('mentor.strength.competency', {number})),
		h('div.flex-grow-1.mr-2', null, competency),
		h('label.mr-2.mb-0.text-muted.small', {for: level.id}, t('mentor.strength.levelShort')),
		h('div.mr-2', null, level),
		h('button.btn.btn-sm.btn-outline-danger', {
			'aria-label': t('mentor.strength.remove', {number}),
			onclick: onremove,
			type: 'button',
		}, t('action.remove')));
}
