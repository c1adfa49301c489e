/**
 * <nastavnik-app> — the page shell of the embedded runtime (the portal has its own pages and
 * puts the other elements into portlets): who is signed in, language switch, sign-out, and tabs
 * for pairs, the mentor bank and the mentee registry.
 *
 * Attributes: rest-base (e.g. /api/v1), csrf-token (for writes and the sign-out form), locale
 * (ru or en; a choice made with the switch is remembered and wins), logout-url (default /logout).
 */

import {can, getMe} from './api.js';
import {NastavnikElement} from './base.js';
import {h, replace, uid} from './dom.js';
import {LANGUAGES, setLanguage, storedLanguage} from './i18n.js';

const TABS = [
	{element: 'nastavnik-pair-registry', key: 'app.tab.pairs', name: 'pairs'},
	{element: 'nastavnik-mentor-bank', key: 'app.tab.mentors', name: 'mentors'},
	{element: 'nastavnik-mentee-registry', key: 'app.tab.mentees', name: 'mentees'},
];

export class NastavnikApp extends NastavnikElement {

	constructor() {
		super();
		this.me = null;
		this.selected = null;
		this.ids = Object.fromEntries(TABS.map(tab => [tab.name, {panel: uid(`panel-${tab.name}`),
			tab: uid(`tab-${tab.name}`)}]));
	}

	connectedCallback() {
		if (!this.initialized) {
			// Before the first render: the remembered choice beats the page's default language.
			setLanguage(storedLanguage() || this.getAttribute('locale') || 'ru', {remember: false});
		}

		super.connectedCallback();
	}

	async refresh() {
		document.documentElement.lang = this.lang;

		if (!this.header) {
			this.header = h('header.nastavnik-header.d-flex.flex-wrap.justify-content-between.align-items-center.border-bottom.pb-2.mb-3');
			this.tabList = h('ul.nav.nav-tabs.mb-3', {role: 'tablist'});
			this.panels = h('div');
			this.render(this.header, this.tabList, this.panels);
		}

		this.renderHeader();

		await this.guarded(async () => {
			this.me = await getMe(this);
			this.renderHeader();
			this.renderTabs();
		});
	}

	// Header

	renderHeader() {
		// The header is rebuilt on a language change: keep focus on the language button pressed.
		const focusedLang = this.header.contains(document.activeElement) ?
			document.activeElement.dataset.lang : null;

		replace(this.header,
			h('div.mr-3', null,
				h('h1.h3.mb-0', null, this.t('app.title')),
				h('p.small.text-muted.mb-0', null, this.t('app.subtitle'))),
			h('div.d-flex.flex-wrap.align-items-center', null,
				this.me ? h('p.mb-0.mr-3', null,
					h('span.sr-only', null, this.t('app.signedInAs')), this.me.fullName) : null,
				this.renderLanguageSwitch(),
				this.renderSignOut()));

		if (focusedLang) {
			this.header.querySelector(`[data-lang="${focusedLang}"]`).focus();
		}
	}

	renderLanguageSwitch() {
		return h('div.btn-group.btn-group-sm.mr-3', {'aria-label': this.t('app.language'), role: 'group'},
			LANGUAGES.map(lang => h(
				`button.btn.${lang === this.lang ? 'btn-secondary' : 'btn-outline-secondary'}`, {
					'aria-pressed': String(lang === this.lang),
					'data-lang': lang,
					lang,
					onclick: () => this.switchLanguage(lang),
					type: 'button',
				}, this.t(`app.language.${lang}`))));
	}

	switchLanguage(lang) {
		if (lang === this.lang) {
			return;
		}

		// Every element, this one included, reloads on the event.
		setLanguage(lang, {remember: true});
		this.querySelector(`[data-lang="${lang}"]`)?.focus();
		this.announce(this.t('app.language.changed'));
	}

	renderSignOut() {
		// A real form POST: the server ends the session and redirects, no script needed.
		return h('form.mb-0', {action: this.getAttribute('logout-url') || '/logout', method: 'post'},
			h('input', {name: 'csrfToken', type: 'hidden', value: this.getAttribute('csrf-token') || ''}),
			h('button.btn.btn-sm.btn-outline-secondary', {type: 'submit'}, this.t('app.signOut')));
	}

	// Tabs

	get visibleTabs() {
		const me = this.me;

		// The registry of mentees is for those who manage pairs, and for mentees themselves.
		return TABS.filter(tab => tab.name !== 'mentees' || can(me, 'MANAGE_PAIRS') || (me && me.mentee));
	}

	renderTabs() {
		const tabs = this.visibleTabs;
		const fromHash = tabs.find(tab => `#${tab.name}` === window.location.hash);

		this.selected = (tabs.find(tab => tab.name === this.selected) || fromHash || tabs[0]).name;

		replace(this.tabList, tabs.map(tab => h('li.nav-item', {role: 'presentation'},
			h(`button.nav-link${tab.name === this.selected ? '.active' : ''}`, {
				'aria-controls': this.ids[tab.name].panel,
				'aria-selected': String(tab.name === this.selected),
				id: this.ids[tab.name].tab,
				onclick: () => this.select(tab.name),
				onkeydown: event => this.onTabKey(event, tab.name),
				role: 'tab',
				// Roving tabindex: Tab enters the tab list once, arrows move inside it.
				tabindex: tab.name === this.selected ? '0' : '-1',
				type: 'button',
			}, this.t(tab.key)))));

		this.showPanel(this.selected);
	}

	select(name, focus = false) {
		this.selected = name;
		this.renderTabs();
		window.history.replaceState(null, '', `#${name}`);

		if (focus) {
			document.getElementById(this.ids[name].tab).focus();
		}
	}

	onTabKey(event, name) {
		const names = this.visibleTabs.map(tab => tab.name);
		const index = names.indexOf(name);
		const moves = {
			ArrowLeft: (index - 1 + names.length) % names.length,
			ArrowRight: (index + 1) % names.length,
			End: names.length - 1,
			Home: 0,
		};

		if (event.key in moves) {
			event.preventDefault();
			this.select(names[moves[event.key]], true);
		}
	}

	/** Creates a panel's element on first show and keeps it, so its state survives tab changes. */
	showPanel(name) {
		for (const tab of TABS) {
			const id = this.ids[tab.name].panel;
			let panel = document.getElementById(id);

			if (!panel && tab.name === name) {
				panel = h('div', {'aria-labelledby': this.ids[tab.name].tab, id, role: 'tabpanel', tabindex: '0'},
					document.createElement(tab.element));
				this.panels.append(panel);
			}

			if (panel) {
				panel.hidden = tab.name !== name;
			}
		}
	}

}
