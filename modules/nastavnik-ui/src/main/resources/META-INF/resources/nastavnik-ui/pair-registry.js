/**
 * <nastavnik-pair-registry> — mentoring pairs and groups of a program, and "my pairs" where the
 * signed-in person answers proposals. Curators (and MANAGE_PAIRS) propose, complete and cancel
 * pairs; ADD_PROGRAM holders create programs.
 *
 * Attributes: program-id (optional: fixes the program, no select), rest-base, csrf-token,
 * locale (all three usually inherited from an ancestor).
 *
 * The buttons of a pair come only from `pair.actions`: the server decides what the caller may do,
 * the UI never guesses from roles. Every action sends the pair's `version`; a 409 means someone
 * else changed the pair first, so the UI shows why and reloads it.
 */

import {ApiError, can, getMe, itemsOf, pageOf} from './api.js';
import {NastavnikElement, messageOf} from './base.js';
import {h, uid} from './dom.js';
import {ACTIONS_WITH_FORM, pairCard} from './pair-card.js';
import {emptyProgram, programForm, validateProgram} from './program-form.js';
import {proposeForm, validateProposal} from './propose-form.js';
import {focusFirstInvalid, formGroup, loading, pager, select} from './widgets.js';

const PAGE_SIZE = 20;
const STATUSES = ['PROPOSED', 'ACTIVE', 'COMPLETED', 'CANCELLED', 'DECLINED'];

export class PairRegistry extends NastavnikElement {

	static get observedAttributes() {
		return ['program-id'];
	}

	constructor() {
		super();
		this.state = {
			me: null,
			myPairs: null,
			newProgram: null,
			page: 1,
			pairs: null,
			programId: null,
			programs: [],
			propose: null,
			status: '',
			view: null,
		};
		// Per-card state (open inline form, typed text, message) survives re-rendering the list.
		this.cardUi = new Map();
		this.headingId = uid('pairs');
	}

	attributeChangedCallback(name, oldValue, newValue) {
		if (this.initialized && oldValue !== newValue) {
			this.state.programId = null;
			this.refresh();
		}
	}

	get fixedProgramId() {
		const value = this.getAttribute('program-id');

		return value ? Number(value) : null;
	}

	get program() {
		return this.state.programs.find(p => p.id === this.state.programId) || null;
	}

	/** @returns {boolean} whether the person may propose and manage pairs of the current program */
	get managesProgram() {
		const {me} = this.state;
		const program = this.program;

		return can(me, 'MANAGE_PAIRS') ||
			Boolean(program && me && (program.curators || []).some(c => c.userId === me.userId));
	}

	async refresh() {
		if (!this.state.view) {
			this.render(loading(this.t('common.loading')));
		}

		await this.guarded(async () => {
			const [me, programs] = await Promise.all([getMe(this), this.loadPrograms()]);

			this.state.me = me;
			this.state.programs = programs;
			this.state.programId = this.fixedProgramId || this.state.programId ||
				(programs[0] && programs[0].id) || null;

			if (!this.state.view) {
				this.state.view = this.defaultView();
			}

			await this.loadView();
		});
	}

	async loadPrograms() {
		const fixed = this.fixedProgramId;

		if (fixed) {
			return [await this.api('GET', `/programs/${fixed}`)];
		}

		return itemsOf(await this.api('GET', '/programs', {query: {pageSize: 200}}));
	}

	/** People who only take part in pairs start with their own; curators with the program's. */
	defaultView() {
		const {me, programs} = this.state;
		const curates = programs.some(p => (p.curators || []).some(c => me && c.userId === me.userId));

		return can(me, 'MANAGE_PAIRS') || curates ? 'program' : 'mine';
	}

	async loadView() {
		if (this.state.view === 'mine') {
			await this.loadMyPairs();
		}
		else {
			await this.loadProgramPairs();
		}
	}

	async loadProgramPairs() {
		const {programId, status, page} = this.state;

		if (!programId) {
			this.state.pairs = pageOf([], 1, PAGE_SIZE);
			this.renderAll();

			return;
		}

		const seq = (this.seq = (this.seq || 0) + 1);
		const result = await this.api('GET', `/programs/${programId}/pairs`,
			{query: {page, pageSize: PAGE_SIZE, status}});

		// A slower answer to an older choice must not overwrite the newer one.
		if (seq === this.seq) {
			this.state.pairs = pageOf(result, page, PAGE_SIZE);
			this.renderAll();
		}
	}

	async loadMyPairs() {
		const seq = (this.seq = (this.seq || 0) + 1);
		const fixed = this.fixedProgramId;
		let pairs = itemsOf(await this.api('GET', '/me/pairs', {query: {pageSize: 200}}));

		if (fixed) {
			pairs = pairs.filter(p => p.programId === fixed);
		}

		if (seq === this.seq) {
			this.state.myPairs = pairs;
			this.renderAll();
		}
	}

	// Rendering

	renderAll() {
		const {view, propose, newProgram} = this.state;

		this.render(
			h('div.d-flex.flex-wrap.justify-content-between.align-items-center.mb-2', null,
				h('h2.h4.mb-2', {id: this.headingId}, this.t('pairs.title')),
				this.renderNewProgramButton()),
			newProgram ? this.renderProgramForm() : null,
			this.renderViewSwitch(),
			// "My pairs" spans all programs, so the program choice belongs to the program view only.
			view === 'program' ? [
				this.renderProgramChoice(),
				propose ? this.renderProposeForm() : null,
				this.renderProgramToolbar(),
				this.renderList(this.state.pairs ? this.state.pairs.items : null, false),
				this.renderPager(),
			] : this.renderList(this.state.myPairs, true));
	}

	renderNewProgramButton() {
		if (!can(this.state.me, 'ADD_PROGRAM') || this.fixedProgramId || this.state.newProgram) {
			return null;
		}

		return h('button.btn.btn-outline-primary.mb-2', {
			'data-new-program': '',
			onclick: () => this.openProgramForm(),
			type: 'button',
		}, this.t('program.new'));
	}

	renderProgramChoice() {
		const program = this.program;
		let choice;

		if (this.fixedProgramId || this.state.programs.length <= 1) {
			choice = program ? h('p.h5.mb-1', null, program.title) : null;
		}
		else {
			const control = select({
				onchange: event => this.chooseProgram(Number(event.target.value)),
				options: this.state.programs.map(p => ({text: p.title, value: p.id})),
				value: this.state.programId,
			});

			choice = formGroup({control, label: this.t('pairs.program')});
		}

		if (!program) {
			return h('p.text-muted', null, this.t('pairs.noPrograms'));
		}

		return h('section.mb-3', {'aria-label': this.t('pairs.programInfo')},
			choice,
			h('p.small.text-muted.mb-0', null,
				this.t('pairs.period', {end: this.date(program.endDate), start: this.date(program.startDate)}),
				(program.curators || []).length ?
					` · ${this.t('pairs.curators')}: ${program.curators.map(c => c.fullName).join(', ')}` : ''),
			program.description ? h('p.small.mb-0.mt-1', null, program.description) : null);
	}

	renderViewSwitch() {
		const button = (view, key) => h(
			`button.btn.btn-sm.${this.state.view === view ? 'btn-secondary' : 'btn-outline-secondary'}`, {
				'aria-pressed': String(this.state.view === view),
				onclick: () => this.switchView(view),
				type: 'button',
			}, this.t(key));

		return h('div.btn-group.mb-3', {'aria-label': this.t('pairs.view.label'), role: 'group'},
			button('program', 'pairs.view.program'), button('mine', 'pairs.view.mine'));
	}

	renderProgramToolbar() {
		const status = select({
			onchange: event => this.applyStatus(event.target.value),
			options: [
				{text: this.t('pairs.filter.anyStatus'), value: ''},
				...STATUSES.map(value => ({text: this.label('status', value), value})),
			],
			value: this.state.status,
		});

		return h('div.d-flex.flex-wrap.align-items-end.justify-content-between', null,
			h('form.form-inline', {onsubmit: event => event.preventDefault(), role: 'search',
				'aria-label': this.t('pairs.filter.label')},
			formGroup({control: status, inline: true, label: this.t('pairs.filter.status')})),
			this.managesProgram && !this.state.propose && this.program ?
				h('button.btn.btn-primary.mb-3', {
					'data-propose': '',
					onclick: () => this.openProposeForm(),
					type: 'button',
				}, this.t('propose.open')) : null);
	}

	renderList(pairs, mine) {
		if (!pairs) {
			return loading(this.t('common.loading'));
		}

		const captionId = uid('pairs-list');
		const count = mine ? pairs.length : this.state.pairs.total;

		return h('section', {'aria-labelledby': captionId},
			h('h3.h6.text-muted', {id: captionId},
				this.t(mine ? 'pairs.list.mine' : 'pairs.list.program', {count})),
			pairs.length ?
				h('ul.list-unstyled.nastavnik-pair-list', null, pairs.map(pair => this.renderCard(pair, mine))) :
				h('p.text-muted', null, this.t(mine ? 'pairs.empty.mine' : 'pairs.empty.program')));
	}

	renderCard(pair, mine) {
		const program = mine ? this.state.programs.find(p => p.id === pair.programId) : null;

		return pairCard({
			ctx: this,
			me: this.state.me,
			onclose: (p, action) => this.closeAction(p, action),
			onopen: (p, action) => this.openAction(p, action),
			onsubmit: (p, action) => this.runAction(p, action),
			pair,
			programTitle: program ? program.title : null,
			ui: this.uiOf(pair.id),
		});
	}

	renderPager() {
		const {pairs} = this.state;

		if (!pairs) {
			return null;
		}

		return pager({
			onpage: page => {
				this.state.page = page;
				this.guarded(() => this.loadProgramPairs());
			},
			page: pairs.page, pageSize: pairs.pageSize, t: this.t.bind(this), total: pairs.total,
		});
	}

	// Choosing what to show

	async chooseProgram(programId) {
		Object.assign(this.state, {page: 1, programId, propose: null});
		await this.guarded(() => this.loadProgramPairs());
		this.announce(this.t('pairs.list.program', {count: this.state.pairs.total}));
	}

	async applyStatus(status) {
		Object.assign(this.state, {page: 1, status});
		await this.guarded(() => this.loadProgramPairs());
		this.announce(this.t('pairs.list.program', {count: this.state.pairs.total}));
	}

	async switchView(view) {
		if (view === this.state.view) {
			return;
		}

		this.state.view = view;
		this.renderAll();
		await this.guarded(() => this.loadView());

		// Re-rendering replaced the button: keep focus on the one just pressed.
		const pressed = this.querySelector('[aria-pressed="true"]');

		if (pressed) {
			pressed.focus();
		}
	}

	// Pair actions

	uiOf(pairId) {
		if (!this.cardUi.has(pairId)) {
			this.cardUi.set(pairId, {busy: false, fieldError: null, form: null, message: null, text: ''});
		}

		return this.cardUi.get(pairId);
	}

	openAction(pair, action) {
		if (!ACTIONS_WITH_FORM.includes(action)) {
			this.runAction(pair, action);

			return;
		}

		Object.assign(this.uiOf(pair.id), {fieldError: null, form: action, message: null, text: ''});
		this.rerenderCard(pair);
		this.focusInCard(pair.id, 'textarea, [data-confirm]');
	}

	closeAction(pair, action) {
		Object.assign(this.uiOf(pair.id), {fieldError: null, form: null});
		this.rerenderCard(pair);
		this.focusInCard(pair.id, `[data-action="${action}"]`);
	}

	async runAction(pair, action) {
		const ui = this.uiOf(pair.id);

		if (action === 'CANCEL' && !ui.text.trim()) {
			ui.fieldError = this.t('pairs.error.reason');
			this.rerenderCard(pair);
			this.focusInCard(pair.id, 'textarea');

			return;
		}

		Object.assign(ui, {busy: true, message: null});
		this.rerenderCard(pair);

		try {
			const updated = await this.api('POST', `/pairs/${pair.id}/${action.toLowerCase()}`,
				{body: actionBody(pair, action, ui.text)});

			this.cardUi.delete(pair.id);
			this.replacePair(updated);
			this.focusInCard(updated.id, 'h3');
			this.announce(this.t(`pairs.done.${action}`, {id: pair.id}));
		}
		catch (error) {
			await this.actionFailed(pair, action, error);
		}
	}

	async actionFailed(pair, action, error) {
		const ui = this.uiOf(pair.id);
		const field = error instanceof ApiError && ['reason', 'summary'].includes(error.field);

		ui.busy = false;

		if (field) {
			ui.fieldError = error.detail;
			this.rerenderCard(pair);
			this.focusInCard(pair.id, 'textarea');

			return;
		}

		Object.assign(ui, {fieldError: null, form: null, message: messageOf(this.lang, error)});

		// 409/422: the pair changed under us (someone answered, cancelled…); show it as it is now.
		if (error instanceof ApiError && [409, 422].includes(error.status)) {
			try {
				this.replacePair(await this.api('GET', `/pairs/${pair.id}`));
				this.focusInCard(pair.id, 'h3');

				return;
			}
			catch (ignored) {
				// Keep the old card with the message.
			}
		}

		this.rerenderCard(pair);
		this.focusInCard(pair.id, 'h3');
	}

	/** Puts a changed pair into both lists and re-renders its card. */
	replacePair(pair) {
		const swap = list => list && list.map(p => (p.id === pair.id ? pair : p));

		if (this.state.pairs) {
			this.state.pairs.items = swap(this.state.pairs.items);
		}

		this.state.myPairs = swap(this.state.myPairs);
		this.rerenderCard(pair);
	}

	rerenderCard(pair) {
		const old = this.content.querySelector(`[data-pair-id="${pair.id}"]`);

		if (old) {
			old.replaceWith(this.renderCard(pair, this.state.view === 'mine'));
		}
	}

	focusInCard(pairId, selector) {
		const card = this.content.querySelector(`[data-pair-id="${pairId}"]`);
		const target = card && card.querySelector(selector);

		if (target) {
			target.focus();
		}
	}

	// Proposing a pair

	async openProposeForm() {
		await this.guarded(async () => {
			const [mentors, mentees] = await Promise.all([
				this.api('GET', '/mentors', {query: {available: 'true', pageSize: 200}}),
				this.api('GET', '/mentees', {query: {pageSize: 200}}),
			]);

			this.state.propose = {
				busy: false,
				draft: {menteeUserIds: [], mentorUserId: ''},
				errors: {},
				mentees: itemsOf(mentees),
				mentors: itemsOf(mentors),
			};
			this.renderAll();
			this.querySelector('form.card h3').focus();
		});
	}

	renderProposeForm() {
		const {propose} = this.state;

		return proposeForm({
			...propose,
			label: this.label.bind(this),
			oncancel: () => this.closeProposeForm(),
			onsubmit: () => this.propose(),
			t: this.t.bind(this),
		});
	}

	closeProposeForm() {
		this.state.propose = null;
		this.renderAll();
		this.querySelector('[data-propose]')?.focus();
	}

	async propose() {
		const {propose, programId} = this.state;
		const errors = validateProposal(propose.draft, this.t.bind(this));

		if (Object.keys(errors).length) {
			this.showProposeErrors(errors);

			return;
		}

		propose.busy = true;
		this.renderAll();

		try {
			const pair = await this.api('POST', `/programs/${programId}/pairs`, {body: {
				menteeUserIds: propose.draft.menteeUserIds,
				mentorUserId: Number(propose.draft.mentorUserId),
			}});

			this.state.propose = null;
			this.clearError();
			await this.guarded(() => this.loadProgramPairs());
			this.announce(this.t('propose.done', {id: pair.id}));
			this.focusInCard(pair.id, 'h3');
		}
		catch (error) {
			propose.busy = false;

			if (error instanceof ApiError && ['mentorUserId', 'menteeUserIds'].includes(error.field)) {
				this.showProposeErrors({[error.field]: error.detail});
			}
			else {
				propose.errors = {};
				this.renderAll();
				this.showError(error);
			}
		}
	}

	showProposeErrors(errors) {
		this.state.propose.errors = errors;
		this.clearError();
		this.renderAll();
		focusFirstInvalid(this.querySelector('form.card'));
	}

	// Creating a program

	openProgramForm() {
		this.state.newProgram = {busy: false, draft: emptyProgram(), errors: {}};
		this.renderAll();
		this.querySelector('form.card h3').focus();
	}

	renderProgramForm() {
		return programForm({
			...this.state.newProgram,
			oncancel: () => this.closeProgramForm(),
			onsubmit: () => this.createProgram(),
			t: this.t.bind(this),
		});
	}

	closeProgramForm() {
		this.state.newProgram = null;
		this.renderAll();
		this.querySelector('[data-new-program]')?.focus();
	}

	async createProgram() {
		const form = this.state.newProgram;
		const errors = validateProgram(form.draft, this.t.bind(this));

		if (Object.keys(errors).length) {
			this.showProgramErrors(errors);

			return;
		}

		form.busy = true;
		this.renderAll();

		try {
			const program = await this.api('POST', '/programs', {body: {
				...form.draft, curatorUserIds: [this.state.me.userId],
			}});

			this.state.newProgram = null;
			this.state.programs = [...this.state.programs, program];
			this.state.view = 'program';
			await this.chooseProgram(program.id);
			this.announce(this.t('program.created', {title: program.title}));
		}
		catch (error) {
			form.busy = false;

			if (error instanceof ApiError && error.field) {
				this.showProgramErrors({[error.field]: error.detail});
			}
			else {
				this.renderAll();
				this.showError(error);
			}
		}
	}

	showProgramErrors(errors) {
		const known = ['title', 'description', 'startDate', 'endDate'];
		const shown = Object.fromEntries(Object.entries(errors).filter(([field]) => known.includes(field)));

		// A field the form does not have (e.g. curatorUserIds) still needs to be seen.
		if (Object.keys(shown).length < Object.keys(errors).length) {
			this.showError(Object.values(errors).join(' '));
		}
		else {
			this.clearError();
		}

		this.state.newProgram.errors = shown;
		this.renderAll();
		focusFirstInvalid(this.querySelector('form.card'));
	}

}

/**
 * @returns {object} the body of an action: always the version the caller saw, plus the text
 */
function actionBody(pair, action, text) {
	const body = {version: pair.version};
	const trimmed = (text || '').trim();

	if (action === 'COMPLETE' && trimmed) {
		body.summary = trimmed;
	}

	if (action === 'CANCEL') {
		body.reason = trimmed;
	}

	return body;
}
