/**
 * "Propose a pair": a mentor with free places and one or more mentees (a group when several).
 * Used by <nastavnik-pair-registry> for curators and people with MANAGE_PAIRS.
 */

import {h, uid} from './dom.js';
import {cardForm, checkbox, fieldGroup, formGroup, select} from './widgets.js';

/**
 * @param {object} draft {mentorUserId: string, menteeUserIds: number[]}
 * @param {Function} t the translation function
 * @returns {object} errors by field, empty when fine
 */
export function validateProposal(draft, t) {
	const errors = {};

	if (!draft.mentorUserId) {
		errors.mentorUserId = t('propose.error.mentor');
	}

	if (!draft.menteeUserIds.length) {
		errors.menteeUserIds = t('propose.error.mentees');
	}
	else if (draft.menteeUserIds.includes(Number(draft.mentorUserId))) {
		errors.menteeUserIds = t('propose.error.self');
	}

	return errors;
}

/**
 * @param {{t: Function, label: Function, draft: object, errors: object, mentors: object[],
 *   mentees: object[], busy: boolean, onsubmit: Function, oncancel: Function}} options
 * @returns {HTMLFormElement} the form
 */
export function proposeForm({t, label, draft, errors, mentors, mentees, busy, onsubmit, oncancel}) {
	const headingId = uid('propose');
	const mentor = select({
		onchange: event => {
			draft.mentorUserId = event.target.value;
		},
		options: [
			{text: t('propose.mentor.choose'), value: ''},
			...mentors.map(m => ({
				text: t('propose.mentor.option', {
					capacity: m.capacity, free: m.freeSlots, name: m.fullName,
				}),
				value: m.userId,
			})),
		],
		value: draft.mentorUserId,
	});

	const menteeBoxes = mentees.map(mentee => checkbox({
		checked: draft.menteeUserIds.includes(mentee.userId),
		label: menteeLabel(label, mentee),
		onchange: event => {
			draft.menteeUserIds = event.target.checked ?
				[...draft.menteeUserIds, mentee.userId] :
				draft.menteeUserIds.filter(id => id !== mentee.userId);
		},
		value: String(mentee.userId),
	}));

	return cardForm({
		cancelLabel: t('action.cancel'),
		headingId,
		oncancel,
		onsubmit,
		submitDisabled: busy || !mentors.length,
		submitLabel: busy ? t('action.sending') : t('propose.submit'),
		title: t('propose.title'),
	},
		mentors.length ?
			formGroup({control: mentor, error: errors.mentorUserId, help: t('propose.mentor.help'),
				label: t('propose.mentor')}) :
			h('p.text-muted', null, t('propose.mentor.none')),
		fieldGroup({
			children: menteeBoxes.length ?
				h('div.nastavnik-scroll-list.border.rounded.p-2', null, menteeBoxes) :
				h('p.text-muted', null, t('propose.mentees.none')),
			error: errors.menteeUserIds,
			legend: t('propose.mentees'),
			name: 'menteeUserIds',
		}));
}

function menteeLabel(label, mentee) {
	const details = [label('category', mentee.category),
		mentee.organization ? mentee.organization.name : null].filter(Boolean).join(', ');

	return [mentee.fullName, details ? h('span.text-muted.small', null, ` — ${details}`) : null];
}
