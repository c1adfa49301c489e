/**
 * The REST client the elements share (contract: docs/rest-api.md).
 *
 * Nothing here knows which runtime serves the page: the REST base, the CSRF token, the
 * language and (in the portal) the site come from attributes on the element or its ancestors,
 * so the same code works under /api/v1 in the embedded runtime and /o/nastavnik/v1 in the portal.
 */

import {languageOf, t} from './i18n.js';

/** An error answer of the API, or a failure to reach it, with a message for people. */
export class ApiError extends Error {

	/**
	 * @param {string} message what to show (already localized)
	 * @param {{status?: number, field?: string|null, code?: string|null}} details
	 */
	constructor(message, {status = 0, field = null, code = null} = {}) {
		super(message);
		this.name = 'ApiError';
		this.detail = message;
		this.status = status;
		this.field = field;
		this.code = code;
	}

}

/**
 * @param {Element} el an element of the UI
 * @returns {string} the REST base from the nearest `rest-base` attribute, without a trailing slash
 */
export function restBase(el) {
	const host = el.closest('[rest-base]');
	const base = host ? host.getAttribute('rest-base') : '/api/v1';

	return base.replace(/\/+$/, '');
}

/**
 * The CSRF token for writes: the nearest `csrf-token` attribute (embedded runtime), else the
 * portal's `Liferay.authToken` — the portal keeps the token out of markup on purpose.
 *
 * @param {Element} el an element of the UI
 * @returns {string|null} the token
 */
export function csrfToken(el) {
	const host = el.closest('[csrf-token]');

	if (host) {
		return host.getAttribute('csrf-token');
	}

	return (window.Liferay && window.Liferay.authToken) || null;
}

/**
 * The site the element works in: the nearest `group-id` attribute, which the portal's widgets
 * render (the page's scope group). The embedded runtime has no sites and renders none.
 *
 * @param {Element} el an element of the UI
 * @returns {string|null} the site's ID, or null when there is none
 */
export function groupId(el) {
	const host = el.closest('[group-id]');
	const id = host ? host.getAttribute('group-id').trim() : '';

	return id || null;
}

/**
 * Calls the API.
 *
 * @param {Element} el the element calling (for base, token, language and site)
 * @param {string} method GET, POST, PUT…
 * @param {string} path the path below the base, e.g. '/programs/3/pairs'
 * @param {{query?: object, body?: any}} options query parameters (empty values left out), JSON body
 * @returns {Promise<any>} the parsed JSON answer, or null when there is none
 * @throws {ApiError} on any failure, with a message in the UI language
 */
export async function request(el, method, path, {query, body} = {}) {
	const lang = languageOf(el);
	const headers = {Accept: 'application/json', 'Accept-Language': lang};
	const group = groupId(el);

	// The portal's REST layer scopes the request to this site; without it, to the global site.
	if (group) {
		headers['X-Nastavnik-Group-Id'] = group;
	}

	if (method !== 'GET' && method !== 'HEAD') {
		const token = csrfToken(el);

		if (token) {
			headers['X-CSRF-Token'] = token;
		}
	}

	if (body !== undefined) {
		headers['Content-Type'] = 'application/json';
	}

	let response;

	try {
		response = await fetch(restBase(el) + path + queryString(query), {
			body: body === undefined ? undefined : JSON.stringify(body),
			credentials: 'same-origin',
			headers,
			method,
		});
	}
	catch (cause) {
		throw new ApiError(t(lang, 'error.network'));
	}

	if (!response.ok) {
		throw await toError(response, lang);
	}

	if (response.status === 204) {
		return null;
	}

	const text = await response.text();

	return text ? JSON.parse(text) : null;
}

function queryString(query) {
	const params = new URLSearchParams();

	for (const [key, value] of Object.entries(query || {})) {
		if (value !== undefined && value !== null && value !== '' && value !== false) {
			params.append(key, String(value));
		}
	}

	const text = params.toString();

	return text ? `?${text}` : '';
}

async function toError(response, lang) {
	const status = response.status;

	// A session that ended is the common case behind 401; the server's text would not say what to do.
	if (status === 401) {
		return new ApiError(t(lang, 'error.session'), {status});
	}

	const type = response.headers.get('Content-Type') || '';

	if (type.includes('json')) {
		try {
			const problem = await response.json();

			if (problem && problem.detail) {
				return new ApiError(problem.detail, {
					code: problem.code || null,
					field: problem.field || null,
					status,
				});
			}
		}
		catch (ignored) {
			// Not JSON after all: fall through to the generic message.
		}
	}

	return new ApiError(t(lang, `error.status.${genericStatus(status)}`), {status});
}

function genericStatus(status) {
	return [400, 403, 404, 409, 422].includes(status) ? status : 'other';
}

/**
 * @param {any} result a list answer: an array, or a page `{items, total, page, pageSize}`
 * @returns {any[]} its items
 */
export function itemsOf(result) {
	if (Array.isArray(result)) {
		return result;
	}

	return (result && result.items) || [];
}

/**
 * @param {any} result a list answer
 * @param {number} page the page asked for
 * @param {number} pageSize the page size asked for
 * @returns {{items: any[], total: number, page: number, pageSize: number}} a page, also for arrays
 */
export function pageOf(result, page, pageSize) {
	const items = itemsOf(result);

	if (Array.isArray(result)) {
		return {items, page: 1, pageSize: Math.max(items.length, 1), total: items.length};
	}

	return {
		items,
		page: result.page || page,
		pageSize: result.pageSize || pageSize,
		total: result.total ?? items.length,
	};
}

const meByBase = new Map();

/**
 * The signed-in person, asked once per REST base and site: every element needs the permissions,
 * which depend on the site, and the answer does not change while the page lives (a new sign-in
 * loads a new page).
 *
 * @param {Element} el an element of the UI
 * @returns {Promise<object>} the Me object
 */
export function getMe(el) {
	const key = `${restBase(el)} ${groupId(el) || ''}`;

	if (!meByBase.has(key)) {
		const promise = request(el, 'GET', '/me');

		// A failed answer (e.g. 401) must not stick: the next attempt asks again.
		promise.catch(() => meByBase.delete(key));
		meByBase.set(key, promise);
	}

	return meByBase.get(key);
}

/**
 * @param {object} me the Me object
 * @param {string} action an action name, e.g. 'MANAGE_PAIRS'
 * @returns {boolean} whether the person may do it
 */
export function can(me, action) {
	return Boolean(me && Array.isArray(me.permissions) && me.permissions.includes(action));
}
