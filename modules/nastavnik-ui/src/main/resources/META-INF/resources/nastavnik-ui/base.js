/**
 * What every Nastavnik element has in common: a live region for status messages, an alert area
 * for errors, a content area it re-renders, and a reload when the UI language changes (names of
 * competencies and error texts come from the server in the request language).
 */

import {ApiError, request} from './api.js';
import {h, replace} from './dom.js';
import {LANGUAGE_EVENT, formatDate, formatInstant, label, languageOf, t} from './i18n.js';

export class NastavnikElement extends HTMLElement {

	constructor() {
		super();
		this.onLanguageChange = () => this.refresh();
	}

	connectedCallback() {
		document.addEventListener(LANGUAGE_EVENT, this.onLanguageChange);

		if (this.initialized) {
			return;
		}

		this.initialized = true;
		this.classList.add('nastavnik');

		// The live region and the alert area are created once and never re-rendered: a screen
		// reader only announces changes to regions that already existed.
		this.liveRegion = h('div.sr-only', {'aria-live': 'polite', role: 'status'});
		this.alertArea = h('div.nastavnik-alerts', {role: 'alert'});
		this.content = h('div');
		this.append(this.liveRegion, this.alertArea, this.content);

		this.refresh();
	}

	disconnectedCallback() {
		document.removeEventListener(LANGUAGE_EVENT, this.onLanguageChange);
	}

	/** Loads what the element shows and renders it; subclasses override. */
	async refresh() {
	}

	/** @returns {string} the UI language, 'ru' or 'en' */
	get lang() {
		return languageOf(this);
	}

	/**
	 * @param {string} key a message key of i18n.js
	 * @param {object} params values for {placeholders}
	 * @returns {string} the message in the UI language
	 */
	t(key, params) {
		return t(this.lang, key, params);
	}

	/** @returns {string} the translated label of an enum value, e.g. label('status', 'ACTIVE') */
	label(kind, value) {
		return label(this.lang, kind, value);
	}

	/** @returns {string} a `YYYY-MM-DD` date in the UI language */
	date(value) {
		return formatDate(this.lang, value);
	}

	/** @returns {string} an instant (or a date) in the UI language */
	instant(value) {
		return formatInstant(this.lang, value);
	}

	/** Calls the API with this element's base, token and language. */
	api(method, path, options) {
		return request(this, method, path, options);
	}

	/**
	 * Says something to screen readers without moving focus.
	 *
	 * @param {string} message the text
	 */
	announce(message) {
		// Emptying first makes a repeated message count as a change.
		this.liveRegion.textContent = '';
		window.setTimeout(() => {
			this.liveRegion.textContent = message;
		}, 50);
	}

	/**
	 * Shows an error above the content (role=alert announces it).
	 *
	 * @param {Error|string} error an ApiError, another error, or a message
	 */
	showError(error) {
		const message = typeof error === 'string' ? error : messageOf(this.lang, error);

		replace(
			this.alertArea,
			h('div.alert.alert-danger.d-flex.justify-content-between.align-items-start', null,
				h('span', null, message),
				h('button.close', {
					'aria-label': this.t('action.dismiss'),
					onclick: () => this.clearError(),
					type: 'button',
				}, h('span', {'aria-hidden': 'true'}, '×'))));
	}

	clearError() {
		this.alertArea.replaceChildren();
	}

	/**
	 * Renders the content area, keeping nothing of the old content.
	 *
	 * @param {...any} children the new content
	 */
	render(...children) {
		replace(this.content, ...children);
	}

	/**
	 * Runs a load and shows its failure instead of the content.
	 *
	 * @param {() => Promise<void>} load what to run
	 */
	async guarded(load) {
		try {
			this.clearError();
			await load();
		}
		catch (error) {
			this.showError(error);

			if (!(error instanceof ApiError)) {
				// A bug, not a server answer: keep it visible to developers.
				console.error(error);
			}
		}
	}

}

/**
 * @param {string} lang the UI language
 * @param {Error} error any error
 * @returns {string} what to tell people about it
 */
export function messageOf(lang, error) {
	return error instanceof ApiError ? error.detail : t(lang, 'error.unexpected');
}
