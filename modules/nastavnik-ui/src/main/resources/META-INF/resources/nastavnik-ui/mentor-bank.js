/**
 * <nastavnik-mentor-bank> — the bank of mentors: who is strong in what, how many places they
 * have free, how they meet. Mentors edit their own entry; managers (MANAGE_MENTOR_BANK) edit any.
 *
 * Attributes (all optional, usually inherited from an ancestor): rest-base, csrf-token, locale.
 */

import {ApiError, can, getMe, itemsOf, pageOf} from './api.js';
import {NastavnikElement, messageOf} from './base.js';
import {h, uid} from './dom.js';
import {mentorForm, toDraft, toInput, validate} from './mentor-form.js';
import {badge, checkbox, focusFirstInvalid, formGroup, listOr, loading, pager, select} from './widgets.js';

const PAGE_SIZE = 20;

export class MentorBank extends NastavnikElement {

	constructor() {
		super();
		this.state = {
			busy: false,
			competencies: [],
			competencyId: '',
			editing: null,
			me: null,
			onlyFree: false,
			page: 1,
			result: null,
		};
		this.headingId = uid('mentor-bank');
	}

	async refresh() {
		if (!this.state.result) {
			this.render(loading(this.t('common.loading')));
		}

		await this.guarded(async () => {
			const [me, competencies] = await Promise.all([
				getMe(this), this.api('GET', '/competencies', {query: {pageSize: 200}})]);

			this.state.me = me;
			this.state.competencies = itemsOf(competencies).map(c => ({
				...c, displayName: (c.names && c.names[this.lang]) || c.name,
			}));
			await this.loadMentors();
		});
	}

	async loadMentors() {
		const {competencyId, onlyFree, page} = this.state;
		const seq = (this.seq = (this.seq || 0) + 1);
		const result = await this.api('GET', '/mentors', {
			query: {available: onlyFree ? 'true' : '', competencyId, page, pageSize: PAGE_SIZE},
		});

		// A slower answer to an older filter must not overwrite the newer one.
		if (seq !== this.seq) {
			return;
		}

		this.state.result = pageOf(result, page, PAGE_SIZE);
		this.renderAll();
	}

	async applyFilter(change) {
		Object.assign(this.state, change, {page: 1});
		await this.guarded(() => this.loadMentors());
		this.announce(this.t('mentors.found', {count: this.state.result.total}));
	}

	renderAll() {
		const {me, editing} = this.state;
		const isMentor = Boolean(me && me.mentor);

		this.render(
			h('div.d-flex.flex-wrap.justify-content-between.align-items-center.mb-3', null,
				h('h2.h4.mb-2', {id: this.headingId}, this.t('mentors.title')),
				isMentor && !editing ? h('button.btn.btn-outline-primary.mb-2', {
					'data-edit-own': '',
					onclick: () => this.edit(me.userId, true),
					type: 'button',
				}, this.t('mentors.editMine')) : null),
			editing ? this.renderForm() : null,
			this.renderFilters(),
			this.renderTable(),
			this.renderPager());
	}

	renderFilters() {
		const competency = select({
			onchange: event => this.applyFilter({competencyId: event.target.value}),
			options: [
				{text: this.t('mentors.filter.anyCompetency'), value: ''},
				...this.state.competencies.map(c => ({text: c.displayName, value: c.id})),
			],
			value: this.state.competencyId,
		});

		return h('form.form-inline.mb-2.align-items-end', {
			'aria-label': this.t('mentors.filter.label'),
			onsubmit: event => event.preventDefault(),
			role: 'search',
		},
		formGroup({control: competency, inline: true, label: this.t('mentors.filter.competency')}),
		h('div.form-group.mb-2.mr-3', null, checkbox({
			checked: this.state.onlyFree,
			label: this.t('mentors.filter.onlyFree'),
			onchange: event => this.applyFilter({onlyFree: event.target.checked}),
		})));
	}

	renderTable() {
		const {result, me} = this.state;
		const manager = can(me, 'MANAGE_MENTOR_BANK');

		if (!result) {
			return null;
		}

		const headers = [
			this.t('mentors.col.name'), this.t('mentors.col.jobTitle'),
			this.t('mentors.col.organization'), this.t('mentors.col.strengths'),
			this.t('mentors.col.places'), this.t('mentors.col.formats'),
			manager ? this.t('common.actions') : null,
		].filter(Boolean);

		return h('div.table-responsive', null,
			h('table.table.table-sm.table-hover', null,
				h('caption', null, this.t('mentors.caption', {count: result.total})),
				h('thead', null, h('tr', null, headers.map(text => h('th', {scope: 'col'}, text)))),
				h('tbody', null, result.items.length ?
					result.items.map(mentor => this.renderRow(mentor, manager)) :
					h('tr', null, h('td', {colspan: headers.length}, this.t('mentors.empty'))))));
	}

	renderRow(mentor, manager) {
		return h('tr', null,
			h('th', {scope: 'row'}, mentor.fullName),
			h('td', null, mentor.jobTitle || ''),
			h('td', null, (mentor.organizations || []).map(o => o.name).join('; ')),
			h('td', null, listOr(mentor.strengths, '—', s => badge('badge-light.border',
				`${s.name} · ${s.level}`, this.t('mentors.strength.spoken', {level: s.level, name: s.name})))),
			h('td.text-nowrap', null, this.places(mentor)),
			h('td', null, (mentor.formats || []).map(f => this.label('format', f)).join(', ')),
			manager ? h('td', null, h('button.btn.btn-sm.btn-outline-secondary', {
				'aria-label': this.t('mentors.editOf', {name: mentor.fullName}),
				'data-edit-user': String(mentor.userId),
				onclick: () => this.edit(mentor.userId, false),
				type: 'button',
			}, this.t('action.edit'))) : null);
	}

	places(mentor) {
		const text = this.t('mentors.places', {capacity: mentor.capacity, free: mentor.freeSlots});

		return mentor.freeSlots > 0 ? text : h('span.text-muted', null, text);
	}

	renderPager() {
		const {result} = this.state;

		if (!result) {
			return null;
		}

		return pager({
			onpage: page => {
				this.state.page = page;
				this.guarded(() => this.loadMentors());
			},
			page: result.page, pageSize: result.pageSize, t: this.t.bind(this), total: result.total,
		});
	}

	/**
	 * Opens the form with the entry as the server has it now (the table may be older).
	 *
	 * @param {number} userId whose entry
	 * @param {boolean} own whether it is the signed-in person's
	 */
	async edit(userId, own) {
		await this.guarded(async () => {
			let mentor = null;

			try {
				mentor = await this.api('GET', `/mentors/${userId}`);
			}
			catch (error) {
				// A mentor without an entry yet creates one (PUT without version).
				if (!(error instanceof ApiError && error.status === 404 && own)) {
					throw error;
				}
			}

			this.state.editing = {draft: toDraft(mentor), errors: {}, fullName: mentor && mentor.fullName,
				own, userId};
			this.renderAll();
			this.querySelector('form.card h3').focus();
		});
	}

	renderForm() {
		const {editing, competencies, busy} = this.state;
		const title = editing.own ? this.t('mentors.form.mine') :
			this.t('mentors.form.of', {name: editing.fullName || ''});

		return mentorForm({
			busy,
			competencies,
			draft: editing.draft,
			errors: editing.errors,
			label: this.label.bind(this),
			oncancel: () => this.closeForm(),
			onsubmit: () => this.save(),
			t: this.t.bind(this),
			title,
		});
	}

	closeForm() {
		const {editing} = this.state;

		this.state.editing = null;
		this.renderAll();
		this.focusOpener(editing);
	}

	/** Returns focus to the button that opened the form. */
	focusOpener(editing) {
		const opener = editing.own ? this.querySelector('[data-edit-own]') :
			this.querySelector(`[data-edit-user="${editing.userId}"]`);

		if (opener) {
			opener.focus();
		}
	}

	async save() {
		const {editing} = this.state;
		const errors = validate(editing.draft, this.t.bind(this));

		if (Object.keys(errors).length) {
			this.showFormErrors(errors);

			return;
		}

		this.state.busy = true;
		this.renderAll();

		try {
			await this.api('PUT', `/mentors/${editing.userId}`, {body: toInput(editing.draft)});
			this.state.busy = false;
			this.state.editing = null;
			this.clearError();
			await this.guarded(() => this.loadMentors());
			this.focusOpener(editing);
			this.announce(this.t('mentors.saved'));
		}
		catch (error) {
			this.state.busy = false;
			await this.saveFailed(error);
		}
	}

	async saveFailed(error) {
		const {editing} = this.state;
		const field = error instanceof ApiError && error.field ? fieldOf(error.field) : null;

		if (field) {
			this.showFormErrors({[field]: error.detail});

			return;
		}

		this.showError(messageOf(this.lang, error));

		if (error instanceof ApiError && error.status === 409) {
			// Someone else saved first: show their version rather than overwrite it.
			const mentor = await this.api('GET', `/mentors/${editing.userId}`).catch(() => null);

			if (mentor) {
				editing.draft = toDraft(mentor);
			}
		}

		editing.errors = {};
		this.renderAll();
	}

	showFormErrors(errors) {
		this.state.editing.errors = errors;
		this.clearError();
		this.renderAll();
		focusFirstInvalid(this.querySelector('form.card'));
	}

}

/**
 * @param {string} field the problem's field, e.g. 'strengths[1].level'
 * @returns {string|null} the form field that shows it
 */
function fieldOf(field) {
	const name = field.split(/[.[]/)[0];

	return ['strengths', 'capacity', 'formats', 'bio'].includes(name) ? name : null;
}
