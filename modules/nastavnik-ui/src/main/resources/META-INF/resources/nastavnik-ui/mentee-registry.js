/**
 * <nastavnik-mentee-registry> — the registry of mentees: young specialists, newly appointed
 * deputy heads and others who asked for support, with what they need help in.
 *
 * Attributes (all optional, usually inherited from an ancestor): rest-base, csrf-token, locale.
 */

import {itemsOf, pageOf} from './api.js';
import {NastavnikElement} from './base.js';
import {h} from './dom.js';
import {badge, formGroup, listOr, loading, pager, select} from './widgets.js';

const PAGE_SIZE = 20;

export const CATEGORIES = ['YOUNG_SPECIALIST', 'NEW_DEPUTY_HEAD', 'OTHER'];

export class MenteeRegistry extends NastavnikElement {

	constructor() {
		super();
		this.state = {category: '', organizationId: '', organizations: [], page: 1, result: null};
	}

	async refresh() {
		if (!this.state.result) {
			this.render(loading(this.t('common.loading')));
		}

		await this.guarded(async () => {
			this.state.organizations = itemsOf(
				await this.api('GET', '/organizations', {query: {pageSize: 200}}));
			await this.loadMentees();
		});
	}

	async loadMentees() {
		const {category, organizationId, page} = this.state;
		const seq = (this.seq = (this.seq || 0) + 1);
		const result = await this.api('GET', '/mentees', {
			query: {category, organizationId, page, pageSize: PAGE_SIZE},
		});

		// A slower answer to an older filter must not overwrite the newer one.
		if (seq === this.seq) {
			this.state.result = pageOf(result, page, PAGE_SIZE);
			this.renderAll();
		}
	}

	async applyFilter(change) {
		Object.assign(this.state, change, {page: 1});
		await this.guarded(() => this.loadMentees());
		this.announce(this.t('mentees.found', {count: this.state.result.total}));
	}

	renderAll() {
		this.render(
			h('h2.h4.mb-3', null, this.t('mentees.title')),
			this.renderFilters(),
			this.renderTable(),
			this.renderPager());
	}

	renderFilters() {
		const category = select({
			onchange: event => this.applyFilter({category: event.target.value}),
			options: [
				{text: this.t('mentees.filter.anyCategory'), value: ''},
				...CATEGORIES.map(value => ({text: this.label('category', value), value})),
			],
			value: this.state.category,
		});
		const organization = select({
			onchange: event => this.applyFilter({organizationId: event.target.value}),
			options: [
				{text: this.t('mentees.filter.anyOrganization'), value: ''},
				...this.state.organizations.map(o => ({text: o.name, value: o.id})),
			],
			value: this.state.organizationId,
		});

		return h('form.form-inline.mb-2', {
			'aria-label': this.t('mentees.filter.label'),
			onsubmit: event => event.preventDefault(),
			role: 'search',
		},
		formGroup({control: category, inline: true, label: this.t('mentees.filter.category')}),
		formGroup({control: organization, inline: true, label: this.t('mentees.filter.organization')}));
	}

	renderTable() {
		const {result} = this.state;

		if (!result) {
			return null;
		}

		const headers = ['mentees.col.name', 'mentees.col.category', 'mentees.col.experience',
			'mentees.col.organization', 'mentees.col.needs'];

		return h('div.table-responsive', null,
			h('table.table.table-sm.table-hover', null,
				h('caption', null, this.t('mentees.caption', {count: result.total})),
				h('thead', null, h('tr', null, headers.map(key => h('th', {scope: 'col'}, this.t(key))))),
				h('tbody', null, result.items.length ?
					result.items.map(mentee => this.renderRow(mentee)) :
					h('tr', null, h('td', {colspan: headers.length}, this.t('mentees.empty'))))));
	}

	renderRow(mentee) {
		return h('tr', null,
			h('th', {scope: 'row'}, mentee.fullName,
				mentee.jobTitle ? h('div.small.text-muted.font-weight-normal', null, mentee.jobTitle) : null),
			h('td', null, this.label('category', mentee.category)),
			h('td', null, String(mentee.yearsOfExperience ?? '—')),
			h('td', null, mentee.organization ? mentee.organization.name : '—'),
			h('td', null, listOr(mentee.supportNeeds, '—', need => badge('badge-info', need.name))));
	}

	renderPager() {
		const {result} = this.state;

		if (!result) {
			return null;
		}

		return pager({
			onpage: page => {
				this.state.page = page;
				this.guarded(() => this.loadMentees());
			},
			page: result.page, pageSize: result.pageSize, t: this.t.bind(this), total: result.total,
		});
	}

}
