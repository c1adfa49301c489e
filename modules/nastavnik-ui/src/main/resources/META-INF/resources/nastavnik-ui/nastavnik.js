/**
 * Entry module of the Nastavnik UI: defines the custom elements and adds the small style sheet.
 *
 *   <script type="module" src="/nastavnik-ui/nastavnik.js"></script>      (embedded runtime)
 *   <script type="module" src="/o/nastavnik-ui/nastavnik.js"></script>    (portal)
 *
 * Elements render into light DOM so that the portal theme's Clay/Bootstrap 4 styles apply.
 */

import {NastavnikApp} from './app.js';
import {MenteeRegistry} from './mentee-registry.js';
import {MentorBank} from './mentor-bank.js';
import {PairRegistry} from './pair-registry.js';

const ELEMENTS = {
	'nastavnik-app': NastavnikApp,
	'nastavnik-mentee-registry': MenteeRegistry,
	'nastavnik-mentor-bank': MentorBank,
	'nastavnik-pair-registry': PairRegistry,
};

addStyleSheet();

for (const [name, type] of Object.entries(ELEMENTS)) {
	// The portal may load the module twice (two portlets on a page): define only once.
	if (!customElements.get(name)) {
		customElements.define(name, type);
	}
}

function addStyleSheet() {
	const href = new URL('./nastavnik.css', import.meta.url).href;

	if (!document.querySelector(`link[href="${href}"]`)) {
		const link = document.createElement('link');

		link.rel = 'stylesheet';
		link.href = href;
		document.head.append(link);
	}
}
