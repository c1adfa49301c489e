/**
 * Russian and English texts of the UI, the current language, and date formatting.
 *
 * The language comes from the `locale` attribute of the element or an ancestor (the portal
 * passes the page's locale), unless the app shell's switch chose one: that choice is global for
 * the page and remembered in localStorage. Every visible string is in both dictionaries; a test
 * (I18nKeysTest) checks that the keys used by the modules exist in both.
 */

export const LANGUAGES = ['ru', 'en'];

/** Fired on document when the language changes; elements reload and re-render. */
export const LANGUAGE_EVENT = 'nastavnik:language';

const STORAGE_KEY = 'nastavnik.locale';

const MESSAGES = {
	ru: {
		'action.cancel': 'Отмена',
		'action.dismiss': 'Закрыть сообщение',
		'action.edit': 'Изменить',
		'action.remove': 'Удалить',
		'action.save': 'Сохранить',
		'action.saving': 'Сохранение…',
		'action.sending': 'Отправка…',

		'app.language': 'Язык интерфейса',
		'app.language.changed': 'Язык интерфейса: русский',
		'app.language.en': 'English',
		'app.language.ru': 'Русский',
		'app.signOut': 'Выйти',
		'app.signedInAs': 'Вы вошли как',
		'app.subtitle': 'Муниципальное методическое облако',
		'app.tab.mentees': 'Наставляемые',
		'app.tab.mentors': 'Банк наставников',
		'app.tab.pairs': 'Пары наставничества',
		'app.title': 'Наставничество',

		'category.NEW_DEPUTY_HEAD': 'вновь назначенный заместитель руководителя',
		'category.OTHER': 'другое (запрос на поддержку)',
		'category.YOUNG_SPECIALIST': 'молодой специалист',

		'common.actions': 'Действия',
		'common.loading': 'Загрузка…',

		'error.network': 'Сервер недоступен. Проверьте подключение и повторите.',
		'error.session': 'Сеанс завершён. Войдите в систему снова.',
		'error.status.400': 'Проверьте введённые данные.',
		'error.status.403': 'У вас нет права на это действие.',
		'error.status.404': 'Запись не найдена: возможно, её удалили.',
		'error.status.409': 'Запись уже изменил кто-то другой. Обновите страницу и повторите.',
		'error.status.422': 'Это действие сейчас невозможно.',
		'error.status.other': 'Не удалось выполнить запрос. Повторите позже.',
		'error.unexpected': 'Произошла непредвиденная ошибка. Обновите страницу.',

		'format.IN_PERSON': 'очно',
		'format.ONLINE': 'дистанционно',

		'mentees.caption': 'Наставляемых: {count}',
		'mentees.col.category': 'Категория',
		'mentees.col.experience': 'Стаж, лет',
		'mentees.col.name': 'ФИО',
		'mentees.col.needs': 'Запросы на поддержку',
		'mentees.col.organization': 'Организация',
		'mentees.empty': 'Никого не найдено.',
		'mentees.filter.anyCategory': 'Все категории',
		'mentees.filter.anyOrganization': 'Все организации',
		'mentees.filter.category': 'Категория',
		'mentees.filter.label': 'Отбор наставляемых',
		'mentees.filter.organization': 'Организация',
		'mentees.found': 'Найдено наставляемых: {count}',
		'mentees.title': 'Реестр наставляемых',

		'mentor.bio': 'О себе: опыт, чем готовы помочь',
		'mentor.capacity': 'Сколько наставляемых можете вести',
		'mentor.capacity.help': 'От 1 до 10 одновременно.',
		'mentor.error.capacity': 'Число наставляемых должно быть от 1 до 10.',
		'mentor.error.competency': 'Выберите компетенцию в каждой строке или удалите строку.',
		'mentor.error.duplicate': 'Каждую компетенцию можно указать среди сильных сторон только один раз.',
		'mentor.error.formats': 'Выберите хотя бы один формат встреч.',
		'mentor.formats': 'Форматы встреч',
		'mentor.strength.choose': '— выберите компетенцию —',
		'mentor.strength.competency': 'Компетенция {number}',
		'mentor.strength.levelShort': 'Уровень',
		'mentor.strength.remove': 'Удалить компетенцию {number}',
		'mentor.strengths': 'Сильные стороны (уровень от 1 до 5)',
		'mentor.strengths.add': 'Добавить компетенцию',
		'mentor.strengths.none': 'Сильные стороны пока не указаны.',

		'mentors.caption': 'Наставников: {count}',
		'mentors.col.formats': 'Форматы',
		'mentors.col.jobTitle': 'Должность',
		'mentors.col.name': 'ФИО',
		'mentors.col.organization': 'Организация',
		'mentors.col.places': 'Места',
		'mentors.col.strengths': 'Сильные стороны',
		'mentors.editMine': 'Изменить мою анкету наставника',
		'mentors.editOf': 'Изменить анкету: {name}',
		'mentors.empty': 'Никого не найдено.',
		'mentors.filter.anyCompetency': 'Все компетенции',
		'mentors.filter.competency': 'Компетенция',
		'mentors.filter.label': 'Отбор наставников',
		'mentors.filter.onlyFree': 'Только со свободными местами',
		'mentors.form.mine': 'Моя анкета наставника',
		'mentors.form.of': 'Анкета наставника: {name}',
		'mentors.found': 'Найдено наставников: {count}',
		'mentors.places': 'свободно {free} из {capacity}',
		'mentors.saved': 'Анкета наставника сохранена.',
		'mentors.strength.spoken': '{name}, уровень {level} из 5',
		'mentors.title': 'Банк наставников',

		'pager.label': 'Страницы',
		'pager.next': 'Следующая',
		'pager.position': 'Страница {page} из {pages}',
		'pager.previous': 'Предыдущая',

		'pairs.action.ACCEPT': 'Принять',
		'pairs.action.CANCEL': 'Отменить пару',
		'pairs.action.COMPLETE': 'Завершить',
		'pairs.action.DECLINE': 'Отклонить',
		'pairs.card.group': 'Группа № {id}',
		'pairs.card.mentee': 'Наставляемый',
		'pairs.card.mentees': 'Наставляемые',
		'pairs.card.mentor': 'Наставник',
		'pairs.card.pair': 'Пара № {id}',
		'pairs.card.proposed': 'Предложена',
		'pairs.card.reason': 'Причина отмены',
		'pairs.card.responseSpoken': 'ответ: {response}',
		'pairs.card.statusDate': 'Статус изменён',
		'pairs.card.statusSpoken': 'Статус: {status}',
		'pairs.card.summary': 'Итоги',
		'pairs.card.you': '(вы)',
		'pairs.curators': 'Кураторы',
		'pairs.done.ACCEPT': 'Вы приняли предложение (пара № {id}).',
		'pairs.done.CANCEL': 'Пара № {id} отменена.',
		'pairs.done.COMPLETE': 'Пара № {id} завершена.',
		'pairs.done.DECLINE': 'Вы отклонили предложение (пара № {id}).',
		'pairs.empty.mine': 'Вы пока не участвуете ни в одной паре.',
		'pairs.empty.program': 'В программе пока нет пар.',
		'pairs.error.reason': 'Укажите причину отмены пары.',
		'pairs.filter.anyStatus': 'Все статусы',
		'pairs.filter.label': 'Отбор пар',
		'pairs.filter.status': 'Статус',
		'pairs.form.back.CANCEL': 'Не отменять',
		'pairs.form.back.COMPLETE': 'Не завершать',
		'pairs.form.back.DECLINE': 'Не отклонять',
		'pairs.form.confirm.CANCEL': 'Отменить пару',
		'pairs.form.confirm.COMPLETE': 'Завершить пару',
		'pairs.form.confirm.DECLINE': 'Отклонить предложение',
		'pairs.form.reason': 'Причина отмены (обязательно)',
		'pairs.form.summary': 'Итоги работы (необязательно)',
		'pairs.form.title.CANCEL': 'Отмена пары',
		'pairs.form.title.COMPLETE': 'Завершение пары',
		'pairs.form.title.DECLINE': 'Отклонить предложение? Изменить ответ потом будет нельзя.',
		'pairs.list.mine': 'Мои пары: {count}',
		'pairs.list.program': 'Пар в программе: {count}',
		'pairs.noPrograms': 'Программ наставничества пока нет.',
		'pairs.period': 'Сроки: {start} — {end}',
		'pairs.program': 'Программа наставничества',
		'pairs.programInfo': 'Программа',
		'pairs.title': 'Пары и группы наставничества',
		'pairs.view.label': 'Какие пары показать',
		'pairs.view.mine': 'Мои пары',
		'pairs.view.program': 'Все пары программы',

		'program.create': 'Создать программу',
		'program.created': 'Программа «{title}» создана.',
		'program.curatorNote': 'Куратором программы станете вы.',
		'program.description': 'Описание',
		'program.endDate': 'Дата окончания',
		'program.error.dates': 'Укажите даты начала и окончания программы.',
		'program.error.order': 'Программа не может закончиться раньше, чем начнётся.',
		'program.error.title': 'Введите название программы.',
		'program.new': 'Новая программа',
		'program.startDate': 'Дата начала',
		'program.title': 'Название',

		'propose.done': 'Пара № {id} предложена. Участники получат приглашение.',
		'propose.error.mentees': 'Выберите хотя бы одного наставляемого.',
		'propose.error.mentor': 'Выберите наставника.',
		'propose.error.self': 'Наставник не может быть наставляемым в той же паре.',
		'propose.mentees': 'Наставляемые (несколько — группа)',
		'propose.mentees.none': 'В реестре наставляемых никого нет.',
		'propose.mentor': 'Наставник',
		'propose.mentor.choose': '— выберите наставника —',
		'propose.mentor.help': 'Показаны только наставники со свободными местами.',
		'propose.mentor.none': 'Свободных наставников нет.',
		'propose.mentor.option': '{name} — свободно {free} из {capacity}',
		'propose.open': 'Предложить пару',
		'propose.submit': 'Предложить',
		'propose.title': 'Новая пара или группа',

		'response.ACCEPTED': 'согласие',
		'response.DECLINED': 'отказ',
		'response.PENDING': 'ждём ответа',

		'status.ACTIVE': 'Активна',
		'status.CANCELLED': 'Отменена',
		'status.COMPLETED': 'Завершена',
		'status.DECLINED': 'Отклонена',
		'status.PROPOSED': 'Предложена',
	},
	en: {
		'action.cancel': 'Cancel',
		'action.dismiss': 'Dismiss message',
		'action.edit': 'Edit',
		'action.remove': 'Remove',
		'action.save': 'Save',
		'action.saving': 'Saving…',
		'action.sending': 'Sending…',

		'app.language': 'Interface language',
		'app.language.changed': 'Interface language: English',
		'app.language.en': 'English',
		'app.language.ru': 'Русский',
		'app.signOut': 'Sign out',
		'app.signedInAs': 'Signed in as',
		'app.subtitle': 'Municipal methodological cloud',
		'app.tab.mentees': 'Mentees',
		'app.tab.mentors': 'Mentor bank',
		'app.tab.pairs': 'Mentoring pairs',
		'app.title': 'Mentoring',

		'category.NEW_DEPUTY_HEAD': 'newly appointed deputy head',
		'category.OTHER': 'other (asked for support)',
		'category.YOUNG_SPECIALIST': 'young specialist',

		'common.actions': 'Actions',
		'common.loading': 'Loading…',

		'error.network': 'The server cannot be reached. Check your connection and try again.',
		'error.session': 'Your session has ended. Please sign in again.',
		'error.status.400': 'Please check what you entered.',
		'error.status.403': 'You are not allowed to do this.',
		'error.status.404': 'Not found: it may have been deleted.',
		'error.status.409': 'Someone else has changed this record. Reload the page and try again.',
		'error.status.422': 'This cannot be done now.',
		'error.status.other': 'The request failed. Please try again later.',
		'error.unexpected': 'Something unexpected went wrong. Please reload the page.',

		'format.IN_PERSON': 'in person',
		'format.ONLINE': 'online',

		'mentees.caption': 'Mentees: {count}',
		'mentees.col.category': 'Category',
		'mentees.col.experience': 'Experience, years',
		'mentees.col.name': 'Name',
		'mentees.col.needs': 'Support needs',
		'mentees.col.organization': 'Organization',
		'mentees.empty': 'Nobody found.',
		'mentees.filter.anyCategory': 'All categories',
		'mentees.filter.anyOrganization': 'All organizations',
		'mentees.filter.category': 'Category',
		'mentees.filter.label': 'Filter mentees',
		'mentees.filter.organization': 'Organization',
		'mentees.found': 'Mentees found: {count}',
		'mentees.title': 'Mentee registry',

		'mentor.bio': 'About me: experience, how I can help',
		'mentor.capacity': 'How many mentees you can take',
		'mentor.capacity.help': 'From 1 to 10 at a time.',
		'mentor.error.capacity': 'The number of mentees must be from 1 to 10.',
		'mentor.error.competency': 'Choose a competency in every row or remove the row.',
		'mentor.error.duplicate': 'Each competency can be listed among strengths only once.',
		'mentor.error.formats': 'Choose at least one meeting format.',
		'mentor.formats': 'Meeting formats',
		'mentor.strength.choose': '— choose a competency —',
		'mentor.strength.competency': 'Competency {number}',
		'mentor.strength.levelShort': 'Level',
		'mentor.strength.remove': 'Remove competency {number}',
		'mentor.strengths': 'Strengths (level 1 to 5)',
		'mentor.strengths.add': 'Add a competency',
		'mentor.strengths.none': 'No strengths listed yet.',

		'mentors.caption': 'Mentors: {count}',
		'mentors.col.formats': 'Formats',
		'mentors.col.jobTitle': 'Job title',
		'mentors.col.name': 'Name',
		'mentors.col.organization': 'Organization',
		'mentors.col.places': 'Places',
		'mentors.col.strengths': 'Strengths',
		'mentors.editMine': 'Edit my mentor profile',
		'mentors.editOf': 'Edit profile: {name}',
		'mentors.empty': 'Nobody found.',
		'mentors.filter.anyCompetency': 'All competencies',
		'mentors.filter.competency': 'Competency',
		'mentors.filter.label': 'Filter mentors',
		'mentors.filter.onlyFree': 'Only with free places',
		'mentors.form.mine': 'My mentor profile',
		'mentors.form.of': 'Mentor profile: {name}',
		'mentors.found': 'Mentors found: {count}',
		'mentors.places': '{free} of {capacity} places free',
		'mentors.saved': 'Mentor profile saved.',
		'mentors.strength.spoken': '{name}, level {level} of 5',
		'mentors.title': 'Mentor bank',

		'pager.label': 'Pages',
		'pager.next': 'Next',
		'pager.position': 'Page {page} of {pages}',
		'pager.previous': 'Previous',

		'pairs.action.ACCEPT': 'Accept',
		'pairs.action.CANCEL': 'Cancel pair',
		'pairs.action.COMPLETE': 'Complete',
		'pairs.action.DECLINE': 'Decline',
		'pairs.card.group': 'Group no. {id}',
		'pairs.card.mentee': 'Mentee',
		'pairs.card.mentees': 'Mentees',
		'pairs.card.mentor': 'Mentor',
		'pairs.card.pair': 'Pair no. {id}',
		'pairs.card.proposed': 'Proposed',
		'pairs.card.reason': 'Reason for cancelling',
		'pairs.card.responseSpoken': 'answer: {response}',
		'pairs.card.statusDate': 'Status changed',
		'pairs.card.statusSpoken': 'Status: {status}',
		'pairs.card.summary': 'Summary',
		'pairs.card.you': '(you)',
		'pairs.curators': 'Curators',
		'pairs.done.ACCEPT': 'You accepted the proposal (pair no. {id}).',
		'pairs.done.CANCEL': 'Pair no. {id} cancelled.',
		'pairs.done.COMPLETE': 'Pair no. {id} completed.',
		'pairs.done.DECLINE': 'You declined the proposal (pair no. {id}).',
		'pairs.empty.mine': 'You are not in any pair yet.',
		'pairs.empty.program': 'The program has no pairs yet.',
		'pairs.error.reason': 'Give the reason for cancelling the pair.',
		'pairs.filter.anyStatus': 'All statuses',
		'pairs.filter.label': 'Filter pairs',
		'pairs.filter.status': 'Status',
		'pairs.form.back.CANCEL': 'Keep the pair',
		'pairs.form.back.COMPLETE': 'Not now',
		'pairs.form.back.DECLINE': 'Do not decline',
		'pairs.form.confirm.CANCEL': 'Cancel pair',
		'pairs.form.confirm.COMPLETE': 'Complete pair',
		'pairs.form.confirm.DECLINE': 'Decline proposal',
		'pairs.form.reason': 'Reason for cancelling (required)',
		'pairs.form.summary': 'Summary of the work (optional)',
		'pairs.form.title.CANCEL': 'Cancel the pair',
		'pairs.form.title.COMPLETE': 'Complete the pair',
		'pairs.form.title.DECLINE': 'Decline the proposal? You cannot change your answer later.',
		'pairs.list.mine': 'My pairs: {count}',
		'pairs.list.program': 'Pairs in the program: {count}',
		'pairs.noPrograms': 'There are no mentoring programs yet.',
		'pairs.period': 'Period: {start} — {end}',
		'pairs.program': 'Mentoring program',
		'pairs.programInfo': 'Program',
		'pairs.title': 'Mentoring pairs and groups',
		'pairs.view.label': 'Which pairs to show',
		'pairs.view.mine': 'My pairs',
		'pairs.view.program': 'All pairs of the program',

		'program.create': 'Create program',
		'program.created': 'Program “{title}” created.',
		'program.curatorNote': 'You will be the curator of the program.',
		'program.description': 'Description',
		'program.endDate': 'End date',
		'program.error.dates': 'Enter the start and end dates of the program.',
		'program.error.order': 'A program cannot end before it starts.',
		'program.error.title': 'Enter the title of the program.',
		'program.new': 'New program',
		'program.startDate': 'Start date',
		'program.title': 'Title',

		'propose.done': 'Pair no. {id} proposed. The participants will be invited.',
		'propose.error.mentees': 'Choose at least one mentee.',
		'propose.error.mentor': 'Choose a mentor.',
		'propose.error.self': 'A mentor cannot be a mentee of the same pair.',
		'propose.mentees': 'Mentees (several make a group)',
		'propose.mentees.none': 'The mentee registry is empty.',
		'propose.mentor': 'Mentor',
		'propose.mentor.choose': '— choose a mentor —',
		'propose.mentor.help': 'Only mentors with free places are listed.',
		'propose.mentor.none': 'No mentor has free places.',
		'propose.mentor.option': '{name} — {free} of {capacity} places free',
		'propose.open': 'Propose a pair',
		'propose.submit': 'Propose',
		'propose.title': 'New pair or group',

		'response.ACCEPTED': 'accepted',
		'response.DECLINED': 'declined',
		'response.PENDING': 'awaiting answer',

		'status.ACTIVE': 'Active',
		'status.CANCELLED': 'Cancelled',
		'status.COMPLETED': 'Completed',
		'status.DECLINED': 'Declined',
		'status.PROPOSED': 'Proposed',
	},
};

let chosen = null;

/**
 * @param {string|null} value a language or locale: 'ru', 'en-US', 'ru_RU'
 * @returns {string|null} a supported language, or null
 */
export function normalize(value) {
	const lang = (value || '').toLowerCase().split(/[-_]/)[0];

	return LANGUAGES.includes(lang) ? lang : null;
}

/**
 * @param {Element} el an element of the UI
 * @returns {string} its language: the switch's choice, else the nearest `locale` attribute,
 *   else the page's `lang`, else Russian
 */
export function languageOf(el) {
	if (chosen) {
		return chosen;
	}

	const host = el && el.closest('[locale]');

	return normalize(host && host.getAttribute('locale')) ||
		normalize(document.documentElement.lang) || 'ru';
}

/** @returns {string|null} the language remembered from an earlier visit */
export function storedLanguage() {
	try {
		return normalize(window.localStorage.getItem(STORAGE_KEY));
	}
	catch (ignored) {
		// Storage can be disabled (privacy settings): then nothing is remembered.
		return null;
	}
}

/**
 * Chooses the language for all elements of the page and tells them.
 *
 * @param {string} value the language
 * @param {{remember?: boolean}} options remember: store the choice for later visits
 */
export function setLanguage(value, {remember = false} = {}) {
	const lang = normalize(value) || 'ru';
	const changed = lang !== chosen;

	chosen = lang;

	if (remember) {
		try {
			window.localStorage.setItem(STORAGE_KEY, lang);
		}
		catch (ignored) {
			// See storedLanguage().
		}
	}

	if (changed) {
		document.dispatchEvent(new CustomEvent(LANGUAGE_EVENT, {detail: {lang}}));
	}
}

/**
 * @param {string} lang the language
 * @param {string} key a message key
 * @param {object} params values for {placeholders}
 * @returns {string} the message; Russian when the key lacks a translation, the key when unknown
 */
export function t(lang, key, params = {}) {
	const text = (MESSAGES[lang] && MESSAGES[lang][key]) ?? MESSAGES.ru[key] ?? key;

	return text.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}

/**
 * @param {string} lang the language
 * @param {string} kind 'status', 'response', 'category' or 'format'
 * @param {string} value the enum value, e.g. 'PROPOSED'
 * @returns {string} its label; the value itself when unknown (a newer server)
 */
export function label(lang, kind, value) {
	const key = `${kind}.${value}`;

	return key in MESSAGES.ru ? t(lang, key) : String(value ?? '');
}

/**
 * @param {string} lang the language
 * @param {string} value a date `YYYY-MM-DD`
 * @returns {string} e.g. «1 сентября 2026 г.» / “September 1, 2026”
 */
export function formatDate(lang, value) {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value || '');

	if (!match) {
		return value ? formatInstant(lang, value) : '—';
	}

	// A calendar date has no time zone: build it in local time so it never shifts a day.
	const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));

	return new Intl.DateTimeFormat(lang, {dateStyle: 'long'}).format(date);
}

/**
 * @param {string} lang the language
 * @param {string} value an ISO-8601 instant (or a date)
 * @returns {string} the date in the viewer's time zone
 */
export function formatInstant(lang, value) {
	if (!value) {
		return '—';
	}

	if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
		return formatDate(lang, value);
	}

	const date = new Date(value);

	return Number.isNaN(date.getTime()) ? String(value) :
		new Intl.DateTimeFormat(lang, {dateStyle: 'long'}).format(date);
}
