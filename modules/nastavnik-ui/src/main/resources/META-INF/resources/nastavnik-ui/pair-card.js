/**
 * One pair (or group) as a card: status, mentor and mentees with their answers, dates, the
 * reason or summary, and the buttons the server allows (`pair.actions`). Declining, completing
 * and cancelling open a small inline form first, because they cannot be undone.
 */

import {h, uid} from './dom.js';
import {badge, formGroup} from './widgets.js';

export const STATUS_BADGE = {
	ACTIVE: 'badge-success',
	CANCELLED: 'badge-secondary',
	COMPLETED: 'badge-info',
	DECLINED: 'badge-danger',
	PROPOSED: 'badge-warning',
};

const RESPONSE_BADGE = {
	ACCEPTED: 'badge-success',
	DECLINED: 'badge-danger',
	PENDING: 'badge-light.border',
};

const ACTION_BUTTON = {
	ACCEPT: 'btn-success',
	CANCEL: 'btn-outline-danger',
	COMPLETE: 'btn-primary',
	DECLINE: 'btn-outline-danger',
};

/** Actions that need a confirmation or a text before they are sent. */
export const ACTIONS_WITH_FORM = ['DECLINE', 'COMPLETE', 'CANCEL'];

/**
 * @param {{ctx: object, pair: object, ui: object, me: object, programTitle?: string|null,
 *   onopen: Function, onclose: Function, onsubmit: Function}} options
 *   ctx is the element (t, label, instant); ui is this card's state:
 *   {form: action|null, text: string, fieldError: string|null, message: string|null, busy: boolean}
 * @returns {HTMLElement} the card as a list item
 */
export function pairCard({ctx, pair, ui, me, programTitle = null, onopen, onclose, onsubmit}) {
	const headingId = uid('pair');
	const group = (pair.mentees || []).length > 1;

	return h('li.card.mb-3', {'aria-labelledby': headingId, dataset: {pairId: String(pair.id)}},
		h('div.card-body', null,
			h('div.d-flex.flex-wrap.justify-content-between.align-items-start', null,
				h('h3.h5.card-title.mb-1', {id: headingId, tabindex: '-1'},
					ctx.t(group ? 'pairs.card.group' : 'pairs.card.pair', {id: pair.id})),
				badge(`${STATUS_BADGE[pair.status] || 'badge-secondary'}.nastavnik-status`,
					ctx.label('status', pair.status),
					ctx.t('pairs.card.statusSpoken', {status: ctx.label('status', pair.status)}))),
			programTitle ? h('p.small.text-muted.mb-2', null, programTitle) : null,
			h('dl.row.mb-0.nastavnik-pair-facts', null, facts(ctx, pair, me)),
			ui.message ? h('div.alert.alert-warning.mt-2.mb-2', {role: 'alert'}, ui.message) : null,
			ui.form ? actionForm(ctx, pair, ui, onclose, onsubmit) : actionButtons(ctx, pair, ui, onopen)));
}

function facts(ctx, pair, me) {
	const rows = [
		[ctx.t('pairs.card.mentor'), person(ctx, pair.mentor, me)],
		[ctx.t(pair.mentees && pair.mentees.length > 1 ? 'pairs.card.mentees' : 'pairs.card.mentee'),
			h('ul.list-unstyled.mb-0', null, (pair.mentees || []).map(m => h('li', null, person(ctx, m, me))))],
		[ctx.t('pairs.card.proposed'), ctx.instant(pair.createDate)],
	];

	if (pair.statusDate && pair.status !== 'PROPOSED') {
		rows.push([ctx.t('pairs.card.statusDate'), ctx.instant(pair.statusDate)]);
	}

	if (pair.statusNote) {
		rows.push([ctx.t(pair.status === 'CANCELLED' ? 'pairs.card.reason' : 'pairs.card.summary'),
			h('span.nastavnik-note', null, pair.statusNote)]);
	}

	return rows.map(([term, value]) => [
		h('dt.col-sm-3.col-lg-2.font-weight-normal.text-muted', null, term),
		h('dd.col-sm-9.col-lg-10.mb-1', null, value),
	]);
}

function person(ctx, ref, me) {
	if (!ref) {
		return '—';
	}

	const mine = me && ref.userId === me.userId;

	return [
		h('span.mr-2', null, ref.fullName, mine ? ` ${ctx.t('pairs.card.you')}` : ''),
		ref.response ? badge(RESPONSE_BADGE[ref.response] || 'badge-light', ctx.label('response', ref.response),
			ctx.t('pairs.card.responseSpoken', {response: ctx.label('response', ref.response)})) : null,
	];
}

function actionButtons(ctx, pair, ui, onopen) {
	const actions = pair.actions || [];

	if (!actions.length) {
		return null;
	}

	return h('div.mt-2', {'aria-label': ctx.t('common.actions'), role: 'group'},
		actions.map(action => h(`button.btn.btn-sm.mr-2.mb-1.${ACTION_BUTTON[action] || 'btn-secondary'}`, {
			'data-action': action,
			disabled: ui.busy,
			onclick: () => onopen(pair, action),
			type: 'button',
		}, ctx.t(`pairs.action.${action}`))));
}

function actionForm(ctx, pair, ui, onclose, onsubmit) {
	const action = ui.form;
	const headingId = uid('pair-form');
	let field = null;

	if (action !== 'DECLINE') {
		const control = h('textarea.form-control', {
			maxlength: 4000,
			oninput: event => {
				ui.text = event.target.value;
			},
			props: {value: ui.text || ''},
			required: action === 'CANCEL',
			rows: 3,
		});

		field = formGroup({control, error: ui.fieldError,
			label: ctx.t(action === 'CANCEL' ? 'pairs.form.reason' : 'pairs.form.summary')});
	}

	return h('form.border-top.pt-3.mt-2', {
		'aria-labelledby': headingId,
		novalidate: true,
		onsubmit: event => {
			event.preventDefault();
			onsubmit(pair, action);
		},
	},
	h('p.font-weight-bold.mb-2', {id: headingId}, ctx.t(`pairs.form.title.${action}`)),
	field,
	h('div', null,
		h(`button.btn.btn-sm.mr-2.${action === 'COMPLETE' ? 'btn-primary' : 'btn-danger'}`,
			{'data-confirm': '', disabled: ui.busy, type: 'submit'},
			ui.busy ? ctx.t('action.sending') : ctx.t(`pairs.form.confirm.${action}`)),
		h('button.btn.btn-sm.btn-outline-secondary', {
			disabled: ui.busy,
			onclick: () => onclose(pair, action),
			type: 'button',
		}, ctx.t(`pairs.form.back.${action}`))));
}
