/*
 * The personal link's page: the questionnaire filled in on the device, sent exactly once.
 *
 * - Every answer typed is kept in IndexedDB at once, with the server's copy it started from (base).
 * - A send (draft or submission) is queued with an idempotency key and the base's version, and sent
 *   until the server answers: at once, on load, when the browser is back online or the page visible
 *   again, and after a growing pause. A retry keeps its key, so a send the server took but whose
 *   answer was lost is not saved twice (the server gives back its receipt).
 * - 412 (the focal point saved the reply meanwhile): the server's copy is merged question by
 *   question; only the questions both changed are put to the participant.
 * - 404/410 (the link ended meanwhile): the page says why and offers the answers as a file.
 * The status line always says where the answers are. Without IndexedDB or a service worker the page
 * still works online.
 */
(function () {
  'use strict';

  const form = document.getElementById('answers');
  if (!form) {
    return;
  }
  const body = document.body;
  const token = new URLSearchParams(location.search).get('token') || '';
  const lang = document.documentElement.lang || 'en';
  const where = document.getElementById('where');
  const problems = document.getElementById('problems');
  const FIELDS = ['sharedMaterials', 'colleaguesShared', 'submittedReport', 'recommendations', 'inHouseWorkshop',
    'manuals', 'others', 'othersText', 'colleaguesLearned', 'lessonsUsed', 'directEffects', 'directEffectsText',
    'efficiency', 'efficiencyText', 'modernization', 'modernizationText'];
  const FIRST_RETRY_MS = 2000;
  const LAST_RETRY_MS = 60000;
  const DRAFT_AFTER_MS = 5000;

  /* ---------- words ---------- */

  function text(key, value) {
    const element = document.querySelector('#texts [data-key="' + key + '"]');
    const words = element ? element.textContent : key;
    return value === undefined ? words : words.replace('{0}', value);
  }

  function when(instant) {
    return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(instant));
  }

  /* ---------- the device's copy (IndexedDB, or memory without it) ---------- */

  let database = null;
  const memory = {};

  function openDatabase() {
    return new Promise((resolve) => {
      if (!('indexedDB' in window)) {
        resolve(null);
        return;
      }
      const request = indexedDB.open('rocb-answers', 1);
      request.onupgradeneeded = () => request.result.createObjectStore('links');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => resolve(null);
    });
  }

  function load() {
    if (!database) {
      return Promise.resolve(memory[token] || null);
    }
    return new Promise((resolve) => {
      const request = database.transaction('links').objectStore('links').get(token);
      request.onsuccess = () => resolve(request.result || null);
      request.onerror = () => resolve(null);
    });
  }

  function store() {
    if (!database) {
      memory[token] = JSON.parse(JSON.stringify(record));
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const transaction = database.transaction('links', 'readwrite');
      transaction.objectStore('links').put(JSON.parse(JSON.stringify(record)), token);
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => resolve();
    });
  }

  /*
   * record: answers and inHouseWorkshops (as typed), base (the server's copy they start from:
   * version, answers, inHouseWorkshops, status), pending (the queued send: key, submit, and once
   * tried the exact body and version it went with), sentAt, meta (what the server said of the link).
   */
  let record = null;

  /* ---------- the form ---------- */

  function field(name) {
    return form.elements.namedItem(name);
  }

  function emptyAnswers() {
    const answers = {};
    FIELDS.forEach((name) => {
      const input = field(name);
      answers[name] = input && input.type === 'checkbox' ? false : null;
    });
    return answers;
  }

  function readForm() {
    const answers = {};
    FIELDS.forEach((name) => {
      const input = field(name);
      if (input instanceof RadioNodeList) {
        answers[name] = input.value === '' ? null : input.value;
      } else if (input.type === 'checkbox') {
        answers[name] = input.checked;
      } else if (input.dataset.number) {
        const value = input.value.trim();
        answers[name] = value === '' ? null : (/^\d{1,9}$/.test(value) ? Number(value) : value);
      } else {
        answers[name] = input.value.trim() === '' ? null : input.value;
      }
    });
    return answers;
  }

  function readLinks() {
    return Array.from(form.querySelectorAll('#inHouseChoices input:checked')).map((box) => Number(box.value)).sort();
  }

  function fill(answers, links) {
    FIELDS.forEach((name) => {
      const input = field(name);
      const value = answers[name];
      if (input instanceof RadioNodeList) {
        input.value = value || '';
      } else if (input.type === 'checkbox') {
        input.checked = Boolean(value);
      } else {
        input.value = value === null || value === undefined ? '' : String(value);
      }
    });
    form.querySelectorAll('#inHouseChoices input').forEach((box) => {
      box.checked = (links || []).includes(Number(box.value));
    });
    showInHouse();
  }

  function showInHouse() {
    document.getElementById('inHouseSection').hidden = !field('inHouseWorkshop').checked;
  }

  function showMeta(meta) {
    const choices = document.getElementById('inHouseChoices');
    choices.textContent = '';
    (meta.inHouseWorkshops || []).forEach((workshop) => {
      const row = document.createElement('div');
      row.className = 'check-row';
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.id = 'inHouse-' + workshop.id;
      box.value = workshop.id;
      const label = document.createElement('label');
      label.htmlFor = box.id;
      label.textContent = workshop.heldOn + ' - ' + workshop.title
        + (workshop.attendees === null || workshop.attendees === undefined ? '' : ' (' + workshop.attendees + ')');
      row.append(box, label);
      choices.append(row);
    });
    document.getElementById('noInHouse').hidden = (meta.inHouseWorkshops || []).length > 0;
    const projects = document.getElementById('projects');
    const open = document.getElementById('projects-open');
    projects.hidden = !meta.openProjects;
    open.textContent = open.dataset.template.replace('{0}', meta.openProjects);
    const full = form.dataset.full + '?token=' + encodeURIComponent(token) + '&lang=' + lang;
    document.querySelectorAll('a.full-link').forEach((link) => { link.href = full; });
  }

  function lock(locked) {
    form.querySelectorAll('input, textarea, button').forEach((element) => { element.disabled = locked; });
  }

  /* ---------- saying where the answers are ---------- */

  function say(words, queued) {
    where.textContent = words;
    where.classList.toggle('queued', Boolean(queued));
  }

  function sayWhere() {
    if (!record) {
      return;
    }
    if (record.base && record.base.status === 'SUBMITTED' && !record.pending) {
      say(text('submitted', when(record.sentAt)));
    } else if (record.pending) {
      say(text(record.pending.submit ? 'submitQueued' : 'queued'), true);
    } else if (changedSinceBase()) {
      say(text('local'));
    } else if (record.sentAt) {
      say(text('sent', when(record.sentAt)));
    } else {
      say('');
    }
  }

  function changedSinceBase() {
    const base = record.base || { answers: emptyAnswers(), inHouseWorkshops: [] };
    return !same(base.answers, record.answers) || !same(base.inHouseWorkshops, record.inHouseWorkshops);
  }

  function same(a, b) {
    return JSON.stringify(a === undefined ? null : a) === JSON.stringify(b === undefined ? null : b);
  }

  function showProblems(list) {
    problems.textContent = '';
    form.querySelectorAll('[aria-invalid]').forEach((element) => element.removeAttribute('aria-invalid'));
    if (!list.length) {
      problems.hidden = true;
      return;
    }
    const items = document.createElement('ul');
    list.forEach((problem) => {
      const item = document.createElement('li');
      const name = (problem.pointer || '').replace(/^\/(answers\/)?/, '');
      const input = name && FIELDS.includes(name) ? field(name) : null;
      const target = input instanceof RadioNodeList ? input[0] : input;
      if (target) {
        target.setAttribute('aria-invalid', 'true');
        const link = document.createElement('a');
        link.href = '#' + target.id;
        link.textContent = problem.detail;
        item.append(link);
      } else {
        item.textContent = problem.detail;
      }
      items.append(item);
    });
    problems.append(items);
    problems.hidden = false;
    problems.focus();
  }

  /* ---------- sending ---------- */

  let retryIn = FIRST_RETRY_MS;
  let retryTimer = null;
  let draftTimer = null;
  let sending = false;

  /* A connection that neither answers nor fails (a dropped mobile link) counts as none after this. */
  const GIVE_UP_MS = 45000;

  function request(method, sent, headers) {
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), GIVE_UP_MS);
    return fetch(body.dataset.api, {
      method,
      headers: Object.assign({ 'Reply-Link': token, Accept: 'application/json', 'Accept-Language': lang }, headers),
      body: sent === undefined ? undefined : JSON.stringify(sent),
      cache: 'no-store',
      credentials: 'omit',
      signal: abort.signal,
    }).finally(() => clearTimeout(timer));
  }

  function uuid() {
    if (crypto.randomUUID) {
      return crypto.randomUUID();
    }
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  }

  function queue(submit) {
    clearTimeout(draftTimer);
    if (record.pending && record.pending.body) {
      // Tried already: it may have reached the server. It is resolved first; what was typed since
      // follows as a send of its own.
      record.pending.then = record.pending.then || submit;
    } else {
      record.pending = { key: uuid(), submit: submit || Boolean(record.pending && record.pending.submit) };
    }
    store().then(() => {
      sayWhere();
      lock(Boolean(record.pending && record.pending.submit));
      flush();
    });
  }

  function retryLater() {
    clearTimeout(retryTimer);
    retryTimer = setTimeout(flush, retryIn);
    retryIn = Math.min(retryIn * 2, LAST_RETRY_MS);
  }

  async function flush() {
    if (sending || !record || !record.pending) {
      return;
    }
    sending = true;
    clearTimeout(retryTimer);
    const pending = record.pending;
    if (!pending.body) {
      pending.body = { submit: pending.submit, answers: record.answers, inHouseWorkshops: record.inHouseWorkshops };
      pending.version = record.base ? record.base.version : null;
      await store();
    }
    say(text('sending'), true);
    let response;
    try {
      const headers = { 'Content-Type': 'application/json', 'Idempotency-Key': pending.key };
      if (pending.version !== null) {
        headers['If-Match'] = '"' + pending.version + '"';
      }
      response = await request('PUT', pending.body, headers);
    } catch (offline) {
      sending = false;
      sayWhere();
      retryLater();
      return;
    }
    sending = false;
    if (response.ok) {
      retryIn = FIRST_RETRY_MS;
      const receipt = await response.json();
      record.base = {
        version: receipt.version,
        status: receipt.status,
        answers: pending.body.answers,
        inHouseWorkshops: pending.body.inHouseWorkshops,
      };
      record.sentAt = receipt.receivedAt;
      const next = pending.then;
      record.pending = null;
      if (receipt.status !== 'SUBMITTED' && (next === true || changedSinceBase())) {
        record.pending = { key: uuid(), submit: Boolean(next) };
      }
      await store();
      showProblems([]);
      if (receipt.status === 'SUBMITTED') {
        lock(true);
      }
      sayWhere();
      flush();
    } else if (response.status === 412) {
      const stale = await response.json();
      record.pending = null;
      await store();
      merge(stale.current, pending.submit);
    } else if (response.status === 404 || response.status === 410) {
      const refused = await response.json();
      ended(refused.reason);
    } else if (response.status === 400 || response.status === 422) {
      const problem = await response.json();
      record.pending = null;
      await store();
      lock(false);
      say(text('rejected'), true);
      showProblems(problem.errors && problem.errors.length ? problem.errors : [{ pointer: '', detail: problem.detail }]);
    } else {
      sayWhere();
      retryLater();
    }
  }

  /* ---------- merging with what the focal point saved meanwhile ---------- */

  let merging = null;

  function merge(current, submit) {
    const base = record.base || { answers: emptyAnswers(), inHouseWorkshops: [] };
    const theirs = current ? current.answers : emptyAnswers();
    const merged = {};
    const conflicts = [];
    FIELDS.forEach((name) => {
      const mine = record.answers[name];
      if (same(mine, theirs[name]) || same(theirs[name], base.answers[name])) {
        merged[name] = mine;
      } else if (same(mine, base.answers[name])) {
        merged[name] = theirs[name];
      } else {
        merged[name] = mine;
        conflicts.push({ name, mine, theirs: theirs[name] });
      }
    });
    const theirLinks = current ? current.inHouseWorkshops : [];
    let links = record.inHouseWorkshops;
    if (!same(links, theirLinks) && same(links, base.inHouseWorkshops)) {
      links = theirLinks;
    } else if (!same(links, theirLinks) && !same(theirLinks, base.inHouseWorkshops)) {
      conflicts.push({ name: 'inHouseWorkshops', mine: links, theirs: theirLinks });
    }
    record.base = current
      ? { version: current.version, status: current.status, answers: current.answers,
        inHouseWorkshops: current.inHouseWorkshops }
      : null;
    record.answers = merged;
    record.inHouseWorkshops = links;
    fill(merged, links);
    if (!conflicts.length) {
      queue(submit);
      return;
    }
    merging = { conflicts, submit };
    store();
    askAbout(conflicts);
  }

  function label(name) {
    if (name === 'inHouseWorkshops') {
      return document.getElementById('inHouseWorkshops').dataset.question;
    }
    const input = field(name);
    const element = input instanceof RadioNodeList
      ? document.querySelector('#q-' + name + ' legend')
      : document.querySelector('label[for="' + name + '"]');
    return element ? element.textContent.trim() : name;
  }

  function shown(name, value) {
    if (value === null || value === undefined || value === '' || (Array.isArray(value) && !value.length)) {
      return text('empty');
    }
    if (value === true || value === 'YES') {
      return text('yes');
    }
    if (value === false || value === 'NO') {
      return text('no');
    }
    if (Array.isArray(value)) {
      return value.map((id) => {
        const box = document.querySelector('label[for="inHouse-' + id + '"]');
        return box ? box.textContent : String(id);
      }).join('; ');
    }
    return String(value);
  }

  function askAbout(conflicts) {
    const section = document.getElementById('merge');
    const list = document.getElementById('merge-questions');
    list.textContent = '';
    conflicts.forEach((conflict, index) => {
      const group = document.createElement('fieldset');
      const legend = document.createElement('legend');
      legend.textContent = label(conflict.name);
      group.append(legend);
      [['mine', 'yours'], ['theirs', 'theirs']].forEach(([side, words]) => {
        const row = document.createElement('div');
        row.className = 'check-row';
        const choice = document.createElement('input');
        choice.type = 'radio';
        choice.name = 'merge-' + index;
        choice.id = 'merge-' + index + '-' + side;
        choice.value = side;
        const choiceLabel = document.createElement('label');
        choiceLabel.htmlFor = choice.id;
        choiceLabel.textContent = text(words, shown(conflict.name, conflict[side]));
        row.append(choice, choiceLabel);
        group.append(row);
      });
      list.append(group);
    });
    form.hidden = true;
    section.hidden = false;
    say(text('merging'), true);
    section.focus();
  }

  document.getElementById('merge-apply').addEventListener('click', () => {
    const chosen = merging.conflicts.map((conflict, index) => {
      const picked = document.querySelector('input[name="merge-' + index + '"]:checked');
      return picked ? conflict[picked.value] : undefined;
    });
    if (chosen.includes(undefined)) {
      showProblems([{ pointer: '', detail: text('choose') }]);
      return;
    }
    merging.conflicts.forEach((conflict, index) => {
      if (conflict.name === 'inHouseWorkshops') {
        record.inHouseWorkshops = chosen[index];
      } else {
        record.answers[conflict.name] = chosen[index];
      }
    });
    const submit = merging.submit;
    merging = null;
    showProblems([]);
    fill(record.answers, record.inHouseWorkshops);
    document.getElementById('merge').hidden = true;
    form.hidden = false;
    queue(submit);
  });

  /* ---------- a link that ended ---------- */

  function ended(reason) {
    clearTimeout(retryTimer);
    clearTimeout(draftTimer);
    form.hidden = true;
    document.getElementById('merge').hidden = true;
    const refused = document.getElementById('link-refused');
    document.getElementById('refused-reason').textContent = text('refused.' + reason);
    refused.classList.remove('is-hidden');
    const unsent = record && (record.pending || changedSinceBase());
    document.getElementById('kept-answers').hidden = !unsent;
    say('');
  }

  function answersAsText() {
    const meta = (record && record.meta) || {};
    const lines = [text('fileTitle'), ''];
    if (meta.workshopCode) {
      lines.push(text('workshop') + ': ' + meta.workshopCode + ' - ' + meta.workshopTitle);
      lines.push(text('responder') + ': ' + meta.participantName);
      lines.push('');
    }
    FIELDS.forEach((name) => lines.push(label(name) + ': ' + shown(name, record.answers[name])));
    lines.push(label('inHouseWorkshops') + ': ' + shown('inHouseWorkshops', record.inHouseWorkshops));
    return lines.join('\r\n') + '\r\n';
  }

  document.getElementById('download-answers').addEventListener('click', () => {
    const file = new Blob([answersAsText()], { type: 'text/plain;charset=utf-8' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(file);
    link.download = 'answers-' + ((record.meta && record.meta.workshopCode) || 'questionnaire') + '.txt';
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10000);
  });

  /* ---------- typing ---------- */

  function typed() {
    const answers = readForm();
    record.answers = answers;
    record.inHouseWorkshops = readLinks();
    showInHouse();
    store().then(sayWhere);
    clearTimeout(draftTimer);
    if (!record.pending && navigator.onLine && !wrongNumbers().length) {
      draftTimer = setTimeout(() => queue(false), DRAFT_AFTER_MS);
    }
  }

  function wrongNumbers() {
    return FIELDS.filter((name) => field(name).dataset && field(name).dataset.number
      && typeof record.answers[name] === 'string');
  }

  function wholeNumbersOk() {
    const wrong = wrongNumbers();
    if (wrong.length) {
      showProblems(wrong.map((name) => ({ pointer: '/answers/' + name, detail: text('number') })));
    }
    return !wrong.length;
  }

  form.addEventListener('input', typed);
  form.addEventListener('change', typed);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    typed();
    if (wholeNumbersOk()) {
      queue(true);
    }
  });
  document.getElementById('saveDraft').addEventListener('click', () => {
    typed();
    if (wholeNumbersOk()) {
      queue(false);
    }
  });

  /* ---------- opening ---------- */

  function fromServer(data) {
    const reply = data.reply;
    const base = reply
      ? { version: reply.version, status: reply.status, answers: reply.answers, inHouseWorkshops: reply.inHouseWorkshops }
      : null;
    const meta = Object.assign({}, data);
    delete meta.reply;
    if (!record) {
      record = { answers: base ? base.answers : emptyAnswers(), inHouseWorkshops: base ? base.inHouseWorkshops : [],
        base, pending: null, sentAt: null, meta };
      return Promise.resolve(false);
    }
    record.meta = meta;
    const ours = record.base ? record.base.version : null;
    const theirs = base ? base.version : null;
    if (ours === theirs) {
      return Promise.resolve(false);
    }
    if (!changedSinceBase() && !record.pending) {
      record.base = base;
      record.answers = base ? base.answers : emptyAnswers();
      record.inHouseWorkshops = base ? base.inHouseWorkshops : [];
      return Promise.resolve(false);
    }
    return Promise.resolve(true);
  }

  async function open() {
    database = await openDatabase();
    record = await load();
    if (record && record.pending) {
      // A send from an earlier visit first: its answer may tell that the reply is in.
      await flush();
    }
    if (body.dataset.refused) {
      if (!(record && record.base && record.base.status === 'SUBMITTED' && !record.pending)) {
        ended(body.dataset.refused);
        return;
      }
    }
    let response = null;
    try {
      response = await request('GET');
    } catch (offline) {
      response = null;
    }
    if (response && (response.status === 404 || response.status === 410)) {
      const refused = await response.json();
      if (record && record.base && record.base.status === 'SUBMITTED' && !record.pending) {
        showSubmitted();
      } else {
        ended(refused.reason);
      }
      return;
    }
    let diverged = false;
    let server = null;
    if (response && response.ok) {
      server = await response.json();
      diverged = await fromServer(server);
      await store();
    } else if (!record) {
      say(text('nothing'), true);
      setTimeout(open, LAST_RETRY_MS);
      return;
    }
    showMeta(record.meta);
    fill(record.answers, record.inHouseWorkshops);
    form.hidden = false;
    if (record.base && record.base.status === 'SUBMITTED' && !record.pending) {
      showSubmitted();
      return;
    }
    lock(Boolean(record.pending && record.pending.submit));
    if (diverged && !record.pending) {
      merge(server.reply, false);
      return;
    }
    if (!response || !response.ok) {
      say(text(record.pending ? (record.pending.submit ? 'submitQueued' : 'queued') : 'offline'), true);
    } else {
      sayWhere();
    }
    flush();
  }

  function showSubmitted() {
    fill(record.answers, record.inHouseWorkshops);
    form.hidden = false;
    lock(true);
    sayWhere();
  }

  window.addEventListener('online', () => {
    retryIn = FIRST_RETRY_MS;
    flush();
  });
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') {
      flush();
    }
  });

  /* ---------- keeping the page for offline use ---------- */

  function keepForOffline() {
    if (!('serviceWorker' in navigator) || !body.dataset.worker) {
      return;
    }
    navigator.serviceWorker.addEventListener('message', (event) => {
      if (event.data && event.data.kept) {
        document.documentElement.dataset.offlineReady = 'true';
      }
    });
    navigator.serviceWorker.register(body.dataset.worker, { scope: body.dataset.scope })
      .then(() => navigator.serviceWorker.ready)
      .then((registration) => {
        const urls = [location.href].concat(
          Array.from(document.querySelectorAll('link[rel=stylesheet], script[src]'), (e) => e.href || e.src));
        registration.active.postMessage({ keep: urls });
      })
      .catch(() => undefined);
    if (navigator.storage && navigator.storage.persist) {
      // Asks the browser not to clear the answers kept here under storage pressure (Safari: after 7 days).
      navigator.storage.persist().catch(() => undefined);
    }
  }

  open();
  keepForOffline();
}());
