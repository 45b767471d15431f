// The administrators' page. Every value from the API is put on the page as text (textContent, text nodes),
// never as HTML: names and cells typed by village officials may contain anything, "<script>" included.
'use strict';

// Labels of uploads and lists; record statuses (labels, colours, meanings) come from the API (/api/config), one table for every page.
const STATUS = { processed: 'Selesai diolah', failed: 'Gagal', processing: 'Sedang diproses', draft: 'Draf', releasing: 'Sedang dirilis', released: 'Dirilis' };
const recordStatuses = () => (state.config && state.config.recordStatuses) || [];
// Roles in words with what each may do, from the API (/api/config): the sign-in, the header and the "Peran" tab never show the codes.
const roleNames = () => (state.config && state.config.roleNames) || [];
const roleLabel = (code) => (roleNames().find((r) => r.code === code) || {}).label || code;
const DECISIONS = { same: 'Orang yang sama', different: 'Orang berbeda', reject: 'Tolak data' };
const TOKEN_KEY = 'pipeline.token';

/** Loaders of tabs whose code lives in its own file (links.js: "Tautan desa"), registered by that file. */
const EXTRA_TABS = {};

const state = { me: null, config: null, reasons: [], regions: [], users: [], assignments: [], queuePage: 1, uploadNext: null, uploadKey: null, searchNext: null };

// ---- small helpers ----

// el(tag, attrs, ...children), $(selector) and time(iso) are in dom.js, shared with the village page.

function statusBadge(code) {
  const record = recordStatuses().find((s) => s.code === code);
  const badge = el('span', { class: 'status status-' + code, title: record ? record.meaning : null }, record ? record.label : (STATUS[code] || code));
  if (record) badge.style.background = record.colour; // CSSOM, allowed by the page's CSP (no inline style attribute)
  return badge;
}
/** Rupiah as officials write it (Rp 16.800); shared by the summary and the bills tab (bills.js). */
// A row of a list read from several sheets carries its sheet (Pipeline.Core.Model.SheetRows): "12 lembar ke-3".
const sheetSpan = 1048576;
const rowLabel = (n) => (n > sheetSpan ? `${((n - 1) % sheetSpan) + 1} lembar ke-${Math.floor((n - 1) / sheetSpan) + 1}` : String(n));
const rupiah = (n) => 'Rp ' + Math.round(Number(n) || 0).toLocaleString('id-ID');
const date = (iso) => (iso ? iso.split('-').reverse().join('-') : '');

function say(text, kind) {
  const box = $('#message');
  box.textContent = text || '';
  box.className = 'message ' + (kind || '');
}

class ApiError extends Error {
  constructor(status, detail) { super(detail); this.status = status; }
}

async function api(method, url, body, headers) {
  const token = sessionStorage.getItem(TOKEN_KEY);
  const response = await fetch(url, {
    method,
    headers: Object.assign({ Accept: 'application/json' }, token ? { Authorization: 'Bearer ' + token } : {}, body ? { 'Content-Type': 'application/json' } : {}, headers || {}),
    body: body ? JSON.stringify(body) : undefined,
  });
  if (response.status === 401 && token) {
    sessionStorage.removeItem(TOKEN_KEY);
    showSignIn('Sesi berakhir. Silakan masuk lagi.');
  }
  const text = await response.text();
  const data = text ? JSON.parse(text) : null;
  if (!response.ok) throw new ApiError(response.status, (data && data.detail) || ('Kesalahan ' + response.status));
  return data;
}

/** Posts a form with a file (multipart/form-data: the browser sets the boundary) with the token; the response and its JSON, or null. */
async function sendFile(url, body) {
  const response = await fetch(url, { method: 'POST', headers: { Accept: 'application/json', Authorization: 'Bearer ' + sessionStorage.getItem(TOKEN_KEY) }, body });
  return { response, data: await response.json().catch(() => null) };
}

/** Downloads a protected file: fetched with the token, handed to the browser as a file. */
async function download(url) {
  const response = await fetch(url, { headers: { Authorization: 'Bearer ' + sessionStorage.getItem(TOKEN_KEY) } });
  if (!response.ok) {
    const problem = await response.json().catch(() => null);
    throw new ApiError(response.status, (problem && problem.detail) || 'Unduhan gagal.');
  }
  const disposition = response.headers.get('Content-Disposition') || '';
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition);
  const name = match ? decodeURIComponent(match[1]) : 'unduhan';
  const link = el('a', { href: URL.createObjectURL(await response.blob()), download: name });
  document.body.append(link);
  link.click();
  setTimeout(() => { URL.revokeObjectURL(link.href); link.remove(); }, 1000);
}

/** Every cell carries its column's name (data-label): on a phone, where rows become cards (app.css), it is shown before the value. */
function labelCells(table) {
  const names = [...table.querySelectorAll('thead th')].map((th) => th.textContent.trim());
  table.querySelectorAll('tbody tr').forEach((tr) => [...tr.children].forEach((cell, i) => { if (names[i]) cell.dataset.label = names[i]; }));
}

const guard = (work) => async (event) => {
  if (event && event.preventDefault) event.preventDefault();
  try { await work(event); } catch (error) { say(error.message, 'error'); }
};

const hasRole = (...roles) => state.me && roles.some((r) => state.me.roles.includes(r));

// ---- sign-in ----

function showSignIn(text) {
  $('#who').hidden = true;
  $('#tabs').hidden = true;
  document.querySelectorAll('.tab').forEach((t) => { t.hidden = true; });
  $('#sign-in').hidden = false;
  $('#dev-sign-in').hidden = !state.config.developmentSignIn;
  const boxes = $('#role-boxes');
  if (!boxes.querySelector('input')) {
    boxes.append(...roleNames().map((r) => el('label', {}, el('input', { type: 'checkbox', name: 'roles', value: r.code, checked: r.code === 'reviewer' }),
      el('span', {}, el('strong', {}, r.label), el('span', { class: 'may' }, ': ' + r.may)))));
  }
  $('#entra-sign-in').hidden = !state.config.entra;
  $('#sign-in-message').textContent = text || '';
}

async function devSignIn(event) {
  const form = event.target;
  const roles = [...form.querySelectorAll('input[name=roles]:checked')].map((i) => i.value);
  const result = await api('POST', '/api/dev/signin', { name: form.name.value, roles });
  sessionStorage.setItem(TOKEN_KEY, result.token);
  await start();
}

function base64Url(bytes) {
  return btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Entra ID sign-in: authorization code with PKCE, no library (no CDN), the page is a registered SPA redirect URI. */
async function entraSignIn() {
  const entra = state.config.entra;
  const verifier = base64Url(crypto.getRandomValues(new Uint8Array(32)));
  const challenge = base64Url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  const stateValue = base64Url(crypto.getRandomValues(new Uint8Array(16)));
  sessionStorage.setItem('pipeline.pkce', JSON.stringify({ verifier, state: stateValue }));
  const query = new URLSearchParams({ client_id: entra.clientId, response_type: 'code', redirect_uri: location.origin + '/', scope: 'openid profile ' + entra.scope,
    code_challenge: challenge, code_challenge_method: 'S256', state: stateValue, response_mode: 'query' });
  location.assign(entra.authority + '/oauth2/v2.0/authorize?' + query);
}

async function completeEntraSignIn() {
  const params = new URLSearchParams(location.search);
  const saved = JSON.parse(sessionStorage.getItem('pipeline.pkce') || 'null');
  if (!params.get('code') || !saved || params.get('state') !== saved.state || !state.config.entra) return;
  history.replaceState(null, '', location.pathname);
  sessionStorage.removeItem('pipeline.pkce');
  const entra = state.config.entra;
  const response = await fetch(entra.authority + '/oauth2/v2.0/token', {
    method: 'POST',
    body: new URLSearchParams({ client_id: entra.clientId, grant_type: 'authorization_code', code: params.get('code'), redirect_uri: location.origin + '/',
      code_verifier: saved.verifier, scope: 'openid profile ' + entra.scope }),
  });
  const result = await response.json();
  if (result.access_token) sessionStorage.setItem(TOKEN_KEY, result.access_token);
}

// ---- tabs ----

function showTab(name) {
  document.querySelectorAll('.tabs button').forEach((b) => b.setAttribute('aria-selected', String(b.dataset.tab === name)));
  document.querySelectorAll('.tab').forEach((t) => { t.hidden = t.id !== 'tab-' + name; });
  say('');
  const loaders = Object.assign({ uploads: loadUploads, summary: loadKecamatanSummary, queue: loadQueue, exports: loadExports, roles: loadRoles, audit: loadAudit }, EXTRA_TABS);
  if (loaders[name]) guard(loaders[name])();
}

/** The kecamatan a filter may offer: a camat held to one kecamatan is offered that one only (the API would refuse the others). */
function fillKecamatan(select, withAll) {
  const own = state.me && state.me.scopedToKecamatan ? state.regions.filter((k) => k.code === state.me.kecamatanCode) : null;
  select.replaceChildren(...(withAll && !own ? [el('option', { value: '' }, 'Semua')] : []),
    ...(own || state.regions).map((k) => el('option', { value: k.code }, k.name)));
}

// ---- uploads ----

async function loadUploads() {
  const form = $('#upload-filter');
  const query = new URLSearchParams();
  if (form.kecamatan.value) query.set('kecamatan', form.kecamatan.value);
  if (form.status.value) query.set('status', form.status.value);
  $('#upload-table tbody').replaceChildren(); // a failed load must not leave another filter's rows on screen
  const data = await api('GET', '/api/uploads?' + query);
  const statuses = recordStatuses();
  $('#upload-totals').textContent = [`${data.total} berkas`, `${data.rows} baris`,
    ...statuses.map((s) => `${data.counts[s.code] || 0} ${s.label.toLowerCase()}`)].join(' · ');
  $('#upload-table thead tr').replaceChildren(...['Berkas', 'Kecamatan', 'Desa', 'Status', 'Baris'].map((h) => el('th', {}, h)),
    ...statuses.map((s) => el('th', { title: s.meaning }, s.label)), el('th', {}, 'Hasil'));
  $('#upload-table tbody').replaceChildren(...data.items.map((u) => el('tr', { class: 'clickable', onclick: guard(() => loadUploadRecords(u, true)) },
    el('td', {}, u.path), el('td', {}, u.kecamatanName || ''), el('td', {}, u.desaName || ''), el('td', {}, statusBadge(u.status), u.message ? el('div', { class: 'note' }, u.message) : null),
    el('td', {}, u.rows), ...statuses.map((s) => el('td', {}, u.counts[s.code] || 0)),
    el('td', {}, el('button', { type: 'button', onclick: guard(async (e) => { e.stopPropagation(); await download(u.resultUrl); }) }, 'Unduh')))));
}

function issueList(issues) {
  return el('ul', { class: 'issues' }, issues.map((i) => el('li', {}, i.message)));
}

async function loadUploadRecords(upload, fresh) {
  if (fresh) { state.uploadKey = upload.uploadKey; state.uploadNext = null; $('#upload-records tbody').replaceChildren(); }
  $('#upload-records').hidden = false;
  $('#upload-records-title').textContent = 'Data dalam ' + (upload.path || '');
  const query = new URLSearchParams({ pageSize: '100' });
  if (state.uploadNext) query.set('next', state.uploadNext);
  const data = await api('GET', `/api/uploads/${encodeURIComponent(state.uploadKey)}/records?` + query);
  $('#upload-records tbody').append(...data.items.map((r) => el('tr', {},
    el('td', {}, rowLabel(r.sourceRow)), el('td', {}, statusBadge(r.status)), el('td', {}, r.nik || ''), el('td', { class: 'name' }, r.name || ''),
    el('td', {}, date(r.birthDate)), el('td', {}, r.desaName || ''), el('td', {}, issueList(r.issues)))));
  state.uploadNext = data.next;
  $('#upload-records-more').hidden = !data.next;
  $('#upload-records-more').onclick = guard(() => loadUploadRecords(upload, false));
}

// ---- a kecamatan's weekly summary ----

/** One kecamatan's part of the week's summary: a camat's own (the API refuses others), or the one chosen by the regency's staff. */
async function loadKecamatanSummary() {
  const form = $('#summary-filter');
  const x = await api('GET', '/api/summaries/kecamatan?' + new URLSearchParams({ kecamatan: form.kecamatan.value }));
  const k = x.kecamatan;
  $('#ksum-title').textContent = `Kecamatan ${k.name} · ${x.weekLabel} · keadaan per ${x.asOfLabel}`;
  const card = (label, value, note) => el('div', { class: 'card' }, el('div', { class: 'card-label' }, label), el('div', { class: 'card-value' }, value), note ? el('div', { class: 'note' }, note) : null);
  $('#ksum-cards').replaceChildren(
    card('Daftar diterima minggu ini', k.listsThisWeek, `${k.lists} daftar seluruhnya`),
    card('Baris data', k.rows, `minggu lalu ${k.previousRows}`),
    card('Akan dibiayai', k.candidates, `minggu lalu ${k.previousCandidates}`),
    card('Ditolak', k.rejected, k.topRejectReason ? 'terbanyak: ' + k.topRejectReason : null),
    card('Desa belum mengirim', k.desa - k.desaWithData, `dari ${k.desa} desa`),
    card('Perkiraan iuran per bulan', rupiah(k.budgetMonthly), 'peserta yang akan dibiayai'));
  $('#ksum-desa tbody').replaceChildren(...x.desa.map((d) => el('tr', {},
    el('td', {}, d.name), el('td', {}, d.listsThisWeek), el('td', {}, d.lists), el('td', {}, d.rows), el('td', {}, d.candidates), el('td', {}, d.rejected),
    el('td', {}, d.topRejectReason || ''))));
  $('#ksum-missing').textContent = x.desaMissing.length ? x.desaMissing.join(', ') : 'Semua desa sudah mengirim daftar.';
  $('#ksum-contacts').replaceChildren(...(x.contacts.length ? x.contacts.map((c) => el('li', {}, el('strong', {}, c.desa), ': ', c.reason)) : [el('li', {}, 'Tidak ada.')]));
}

// ---- review queue ----

/** Fields compared across the members of an item, and those whose differences are marked character by character (digits). */
const COMPARED = ['NIK', 'Nama', 'Tgl lahir', 'JK', 'Tempat lahir', 'Desa', 'No HP'];
const BY_CHARACTER = ['NIK', 'Tgl lahir', 'No HP'];

function memberFields(m) {
  const r = m.record;
  const p = m.participant;
  if (r) {
    return [['Status', statusBadge(r.status)], ['NIK', r.nik], ['Nama', r.name], ['Tgl lahir', date(r.birthDate)], ['JK', r.sex],
      ['Tempat lahir', r.birthPlace], ['Desa', r.desaName], ['Kecamatan', r.kecamatanName], ['No HP', r.phone], ['Pekerjaan', r.occupationLabel || r.occupation],
      ['Berkas', `${r.uploadPath} baris ${rowLabel(r.sourceRow)}`]];
  }
  return p
    ? [['KPJ', p.kpj], ['NIK', p.nik], ['Nama', p.name], ['Tgl lahir', date(p.birthDate)], ['JK', p.sex], ['Kepesertaan', p.membershipStatus]]
    : [['', 'Data sudah tidak ada']];
}

/** A value with what differs from the reference marked: each differing digit when both are as long, else the whole value. */
function marked(value, reference) {
  if (!reference || value === reference) return value;
  if (value.length !== reference.length) return el('mark', {}, value);
  return [...value].map((c, i) => (c === reference[i] ? c : el('mark', {}, c)));
}

/**
 * One card per member of the item (every listing and register participant the open pairs connect), each with a box to
 * pick it. A field the members disagree on is highlighted on every card, and its differing digits marked against the first card.
 */
function members(item) {
  const fields = item.members.map(memberFields);
  const valueOf = (i, label) => (fields[i].find(([l]) => l === label) || [])[1];
  const differing = new Map();
  for (const label of COMPARED) {
    const values = fields.map((_, i) => valueOf(i, label)).filter((v) => v);
    if (new Set(values).size > 1) differing.set(label, values[0]);
  }
  return el('div', { class: 'pair' }, item.members.map((m, i) => {
    const title = m.kind === 'participant' ? 'Peserta BPJS' : m.underReview ? 'Data yang diperiksa' : 'Data pembanding';
    const pick = m.gone ? null : el('input', { type: 'checkbox', name: 'member', value: m.ref, checked: true, 'aria-label': 'Pilih ' + title, 'data-review': m.underReview ? 'yes' : null });
    return el('div', { class: 'side' }, el('h4', {}, pick || '', title),
      el('dl', {}, fields[i].flatMap(([label, value]) => {
        const differs = differing.has(label) && Boolean(value);
        const classes = [label === 'Nama' ? 'name' : '', differs ? 'differs' : ''].filter(Boolean).join(' ');
        const shown = value === null || value === undefined ? '' : differs && BY_CHARACTER.includes(label) ? marked(value, differing.get(label)) : value;
        return [el('dt', {}, label), el('dd', { class: classes || null, title: differs ? 'Berbeda antar data' : null }, shown)];
      })));
  }));
}

const FIELDS = { nik: 'NIK', name: 'Nama', birthDate: 'Tanggal lahir', sex: 'Jenis kelamin', birthPlace: 'Tempat lahir' };

/** For "Orang yang sama": the correct value of each field the members disagree on (one of theirs). */
function choices(item) {
  if (!item.differences.length) return null;
  return el('fieldset', { class: 'choices' }, el('legend', {}, 'Bila orang yang sama, data yang benar:'),
    item.differences.map((d) => el('div', { class: 'choice' }, el('span', {}, FIELDS[d.field] || d.field),
      d.values.map((v, i) => el('label', {}, el('input', { type: 'radio', name: `choice-${item.id}-${d.field}`, value: v, checked: i === 0, 'data-field': d.field }),
        ' ', d.field === 'birthDate' ? date(v) : v)))));
}

/**
 * The decision, answered where it was made: while the request runs the buttons are disabled and the pressed one reads
 * "Menyimpan…"; an error stays under the buttons; once saved, the item gives way at once to a line saying what was decided.
 */
function decisionForm(item, card) {
  const reason = el('select', { name: 'reason', 'aria-label': 'Alasan' }, el('option', { value: '' }, '— pilih alasan —'),
    Object.keys(DECISIONS).map((kind) => el('optgroup', { label: DECISIONS[kind] },
      state.reasons.filter((r) => r.decision === kind).map((r) => el('option', { value: r.code }, r.label)))));
  const note = el('input', { name: 'note', maxlength: '1000', placeholder: 'Catatan (wajib untuk "Lainnya")', 'aria-label': 'Catatan' });
  const message = el('p', { class: 'message item-message', role: 'alert' });
  const tell = (text, kind) => { message.textContent = text || ''; message.className = 'message item-message ' + (kind || ''); };
  const buttons = Object.keys(DECISIONS).map((kind) => el('button', { type: 'button', class: kind, 'data-decision': kind }, DECISIONS[kind]));
  const busy = (button, on) => {
    buttons.forEach((b) => { b.disabled = on; b.textContent = DECISIONS[b.dataset.decision]; });
    if (on) button.textContent = 'Menyimpan…';
    card.setAttribute('aria-busy', String(on));
  };
  const decide = async (kind, button) => {
    if (!state.reasons.some((r) => r.decision === kind && r.code === reason.value)) {
      tell(`Pilih alasan dari kelompok "${DECISIONS[kind]}" terlebih dahulu.`, 'error');
      reason.focus();
      return;
    }
    const picked = [...card.querySelectorAll('input[name=member]:checked')];
    const body = { decision: kind, reason: reason.value, note: note.value || null };
    if (kind === 'same') {
      body.members = picked.map((i) => i.value);
      body.chosen = Object.fromEntries([...card.querySelectorAll('input[type=radio]:checked')].map((i) => [i.dataset.field, i.value]));
    } else if (kind === 'reject') {
      body.members = picked.filter((i) => i.dataset.review).map((i) => i.value);
    }
    tell('');
    busy(button, true);
    let result;
    try {
      result = await api('POST', `/api/reviews/${item.id}/decision`, body, { 'If-Match': item.eTag });
    } catch (error) {
      busy(button, false);
      tell(error.message, 'error');
      return;
    }
    const subject = (result.records || []).find((r) => r.recordId === item.recordId);
    const who = () => (subject ? [el('span', { class: 'name' }, subject.name), ` (${subject.uploadPath} baris ${rowLabel(subject.sourceRow)}) → `, statusBadge(subject.status)] : []);
    $('#decided').prepend(el('li', {}, `${DECISIONS[kind]}: `, ...who()));
    const done = el('p', { class: 'message ok item-done', role: 'status' }, `Keputusan disimpan: ${DECISIONS[kind]}. `, ...who());
    const index = [...card.parentNode.children].indexOf(card);
    card.replaceWith(done);
    await loadQueue({ node: done, index });
  };
  buttons.forEach((b) => b.addEventListener('click', () => decide(b.dataset.decision, b).catch((error) => tell(error.message, 'error'))));
  return el('div', {}, el('div', { class: 'decide' }, el('label', {}, 'Alasan', reason), el('label', {}, 'Catatan', note), ...buttons), message);
}

const capitalised = (text) => (text ? text[0].toUpperCase() + text.slice(1) : '');

/** Loads a page of the queue; <kept> is the line of a decision just made, kept where its item was. */
async function loadQueue(kept) {
  const form = $('#queue-filter');
  const query = new URLSearchParams({ page: String(state.queuePage), pageSize: '10' });
  if (form.kecamatan.value) query.set('kecamatan', form.kecamatan.value);
  const data = await api('GET', '/api/reviews?' + query);
  $('#queue-count').textContent = data.total ? String(data.total) : '';
  $('#queue-total').textContent = data.total ? `${data.total} orang (${data.records} data) menunggu keputusan.` : 'Tidak ada item yang menunggu keputusan.';
  const pages = Math.max(1, Math.ceil(data.total / data.pageSize));
  $('#queue-page').textContent = `Halaman ${data.page} dari ${pages}`;
  $('#queue-prev').disabled = data.page <= 1;
  $('#queue-next').disabled = data.page >= pages;
  const list = $('#queue-items');
  list.replaceChildren(...data.items.map((item) => {
    const card = el('article', { class: 'item', 'data-item': item.id });
    const others = item.pairs.filter((p) => p.explanation !== item.explanation);
    card.append(el('p', { class: 'why' }, el('span', { class: 'score' }, capitalised(item.likeness)), ': ', item.explanation),
      others.length ? el('ul', { class: 'why-more' }, others.map((p) => el('li', {}, `${capitalised(p.likeness)}: ${p.explanation}`))) : '',
      members(item), choices(item) || '', decisionForm(item, card));
    return card;
  }));
  if (kept && kept.node) list.insertBefore(kept.node, list.children[kept.index] || null);
}

// ---- search ----

async function search(fresh) {
  const form = $('#search-form');
  const query = new URLSearchParams();
  for (const name of ['nik', 'name', 'desa', 'status']) if (form[name].value.trim()) query.set(name, form[name].value.trim());
  if (fresh) { state.searchNext = null; $('#search-table tbody').replaceChildren(); $('#person').hidden = true; say(''); }
  if (state.searchNext) query.set('next', state.searchNext);
  const data = await api('GET', '/api/records?' + query);
  $('#search-table tbody').append(...data.items.map((r) => el('tr', {},
    el('td', {}, statusBadge(r.status)), el('td', {}, r.nik || ''), el('td', { class: 'name' }, r.name || ''), el('td', {}, date(r.birthDate)), el('td', {}, r.desaName || ''),
    el('td', {}, `${r.uploadPath} baris ${rowLabel(r.sourceRow)}`),
    el('td', {}, r.personId ? el('button', { type: 'button', class: 'link', onclick: guard(() => showPerson(r.personId)) }, r.personId) : ''))));
  if (fresh && data.items.length === 0) say('Tidak ada data yang cocok.');
  state.searchNext = data.next;
  $('#search-more').hidden = !data.next;
}

async function showPerson(personId) {
  const data = await api('GET', '/api/persons/' + encodeURIComponent(personId));
  $('#person').hidden = false;
  $('#person-title').textContent = 'Semua data orang ' + personId;
  $('#person-listings').replaceChildren(...data.listings.map((r) => el('li', {}, statusBadge(r.status), ' ', r.name || '', ` — ${r.uploadPath} baris ${rowLabel(r.sourceRow)}`)));
}

// ---- exports ----

async function loadExports() {
  const list = await api('GET', '/api/exports');
  $('#export-table tbody').replaceChildren(...list.map((x) => el('tr', {},
    el('td', {}, time(x.preparedAt)), el('td', {}, x.preparedBy), el('td', {}, x.kind === 'stop' ? 'Daftar berhenti' : 'Pendaftaran'), el('td', {}, date(x.period)),
    el('td', {}, x.kind === 'stop' ? String(x.people) : `${x.people} (${x.reactivations} reaktivasi)`), el('td', {}, x.pendingReviewRecords),
    el('td', {}, statusBadge(x.status), x.releasedBy ? el('div', { class: 'note' }, `oleh ${x.releasedBy}, ${time(x.releasedAt)}`) : null,
      x.status === 'draft' && x.releaseRefusal ? el('div', { class: 'note' }, x.releaseRefusal) : null),
    el('td', {}, el('button', { type: 'button', onclick: guard(() => download(x.xlsxUrl)) }, '.xlsx')),
    el('td', {}, x.status === 'draft' && hasRole('approver')
      ? el('button', { type: 'button', class: 'primary', onclick: guard(() => release(x)) }, 'Rilis')
      : ''))));
  await loadFlagged();
}

/** Release after a confirmation that says how many people go out and how many records are still under review. */
async function release(x) {
  const open = await api('GET', '/api/reviews?pageSize=1').then((d) => d.records).catch(() => null);
  const who = x.kind === 'stop' ? `${x.people} orang yang berhenti dibiayai` : `${x.people} orang (${x.reactivations} di antaranya reaktivasi)`;
  const question = `Rilis daftar ${x.id} ke BPJS: ${who}?`
    + (x.kind !== 'stop' && open ? `\n\nMasih ada ${open} data yang sedang diperiksa; orangnya tidak ikut dalam daftar ini.` : '')
    + '\n\nSetelah dirilis, orang dalam daftar ini tidak akan diusulkan lagi.';
  if (!window.confirm(question)) return;
  await api('POST', `/api/exports/${encodeURIComponent(x.id)}/release`);
  say('Daftar dirilis untuk BPJS.', 'ok');
  await loadExports();
}

/** BPJS's confirmation of released lists (approver): uploaded as one file, answered with each outcome's count. */
async function uploadConfirmation(e) {
  const form = e.target;
  const body = new FormData();
  body.append('file', form.file.files[0]);
  const { response, data: x } = await sendFile('/api/cohort/confirmations', body);
  if (!response.ok && response.status !== 422) throw new ApiError(response.status, (x && x.detail) || ('Kesalahan ' + response.status));
  const result = $('#confirmation-result');
  if (x.status === 'failed') { result.replaceChildren(x.message || 'Berkas tidak dapat dipakai; tidak ada yang diubah.'); return; }
  const labels = { accepted: 'diterima', refused: 'ditolak', unchanged: 'tidak berubah', unmatched: 'tidak cocok', invalid: 'tidak valid', conflict: 'bertentangan' };
  const counts = Object.entries(x.counts || {}).filter(([, n]) => n > 0).map(([k, n]) => `${n} ${labels[k] || k}`).join(', ');
  result.replaceChildren(`Konfirmasi diterapkan: ${counts || 'tidak ada baris'}. `,
    x.resultUrl ? el('button', { type: 'button', onclick: guard(() => download(x.resultUrl)) }, 'Unduh hasil per baris') : '');
  form.reset();
  await loadFlagged();
}

/** The funded people flagged for an administrator, each kept or ended by an approver. */
async function loadFlagged() {
  if (!hasRole('approver')) return;
  const people = await api('GET', '/api/cohort/flagged');
  $('#flagged-table tbody').replaceChildren(...people.map((m) => el('tr', {},
    el('td', { class: 'name' }, m.name || m.personId), el('td', {}, m.desaName || ''), el('td', {}, m.kpj || ''), el('td', {}, m.fundedFrom || ''),
    el('td', {}, `${m.flagLabel || ''}${m.flagNote ? ': ' + m.flagNote : ''}`),
    el('td', {},
      el('button', { type: 'button', onclick: guard(() => keepFunded(m)) }, 'Tetap dibiayai'), ' ',
      el('button', { type: 'button', onclick: guard(() => endFunding(m)) }, 'Hentikan')))));
}

async function keepFunded(m) {
  await api('POST', `/api/cohort/${encodeURIComponent(m.personId)}/keep`, { note: null });
  say(`${m.name || m.personId} tetap dibiayai.`, 'ok');
  await loadFlagged();
}

async function endFunding(m) {
  const month = window.prompt(`Hentikan pembiayaan ${m.name || m.personId} mulai bulan (yyyy-MM):`, new Date().toISOString().slice(0, 7));
  if (!month) return;
  const reason = window.prompt('Alasan: meninggal, pindah, usia, skema-lain atau dihapus-desa', 'dihapus-desa');
  if (!reason) return;
  await api('POST', `/api/cohort/${encodeURIComponent(m.personId)}/end`, { month: month.trim(), reason: reason.trim(), note: null });
  say(`Pembiayaan ${m.name || m.personId} dihentikan mulai ${month.trim()}; orang ini masuk daftar berhenti berikutnya.`, 'ok');
  await loadFlagged();
}

/** "Make this week's summary now" (reviewer, admin): the figures as they stand, with the workbook and page to download. */
async function makeSummary() {
  const x = await api('POST', '/api/summaries/current');
  const result = $('#summary-result');
  result.replaceChildren(
    `${x.weekLabel}: ${x.lists} daftar, ${x.rows} baris, ${x.candidates} peserta yang akan dibiayai. `,
    x.funded === null || x.funded === undefined ? '' : `Peserta dibiayai Pemda: ${x.funded}; iuran bulan ini: ${rupiah(x.fundedThisMonth)}; ` +
      `menunggu konfirmasi BPJS: ${x.submitted}; belum diusulkan: ${x.cohortCandidates}; proyeksi ${x.projectionMonths} bulan: ${rupiah(x.projection)}` +
      (x.paguRemaining === null || x.paguRemaining === undefined ? '. ' : `; sisa pagu: ${rupiah(x.paguRemaining)} (${x.paguMoreFit} peserta lagi). `),
    ...x.unpaid.map((u) => el('p', { class: 'warning' }, u)),
    el('button', { type: 'button', onclick: guard(() => download(x.workbookUrl)) }, 'Unduh .xlsx'), ' ',
    el('button', { type: 'button', onclick: guard(() => download(x.pageUrl)) }, 'Unduh halaman'));
  say('Ringkasan minggu ini sudah dibuat.', 'ok');
}

// ---- roles and audit ----

/** The roles in words, the people who have signed in (to pick a camat from), and the kecamatan assigned to each camat. */
async function loadRoles() {
  $('#role-list').replaceChildren(...roleNames().flatMap((r) => [el('dt', {}, r.label), el('dd', {}, r.may)]));
  [state.assignments, state.users] = await Promise.all([api('GET', '/api/role-assignments'), api('GET', '/api/users')]);
  const assigned = new Map(state.assignments.map((a) => [a.userId, a]));
  const picker = $('#role-form').userId;
  picker.replaceChildren(el('option', { value: '' }, '— pilih orang —'), ...state.users.map((u) => el('option', { value: u.userId },
    `${u.displayName || 'Tanpa nama'} (${u.userId})` + (assigned.has(u.userId) ? ` · Kecamatan ${assigned.get(u.userId).kecamatanName}` : ''))));
  $('#role-table tbody').replaceChildren(...state.assignments.map((a) => el('tr', {},
    el('td', {}, a.displayName || 'Tanpa nama'), el('td', {}, a.kecamatanName || a.kecamatanCode), el('td', {}, a.assignedBy),
    el('td', { class: 'note' }, a.userId),
    el('td', {}, el('button', { type: 'button', class: 'revoke', onclick: guard(() => unassign(a)) }, 'Hapus')))));
}

async function assign(form) {
  const user = state.users.find((u) => u.userId === form.userId.value);
  if (!user) { say('Pilih orang dari daftar.', 'error'); return; }
  const name = user.displayName || user.userId;
  const kecamatan = form.kecamatan.selectedOptions[0].textContent;
  const before = state.assignments.find((a) => a.userId === user.userId);
  const question = `Tetapkan ${name} sebagai pemantau Kecamatan ${kecamatan}?`
    + (before ? ` Sekarang: Kecamatan ${before.kecamatanName}.` : '')
    + `\n\nIa akan dapat melihat unggahan dan data pekerja Kecamatan ${kecamatan} saja.`;
  if (!window.confirm(question)) return;
  await api('PUT', '/api/role-assignments/' + encodeURIComponent(user.userId), { kecamatan: form.kecamatan.value, displayName: user.displayName || null });
  form.reset();
  say(`${name} kini pemantau Kecamatan ${kecamatan}.`, 'ok');
  await loadRoles();
}

async function unassign(a) {
  const name = a.displayName || a.userId;
  if (!window.confirm(`Hapus penugasan ${name} sebagai pemantau Kecamatan ${a.kecamatanName}?\n\nIa tidak lagi dapat melihat data kecamatan itu.`)) return;
  await api('DELETE', '/api/role-assignments/' + encodeURIComponent(a.userId));
  say(`Penugasan ${name} dihapus.`, 'ok');
  await loadRoles();
}

/** The trail as sentences ("Rina memutuskan ... sama dengan ..."), names looked up by the API; the raw fields stay in the API. */
async function loadAudit() {
  const list = await api('GET', '/api/audit?take=200');
  $('#audit-table tbody').replaceChildren(...list.map((a) => el('tr', {}, el('td', {}, time(a.at)), el('td', {}, a.sentence))));
}

// ---- start ----

async function start() {
  state.config = state.config || await api('GET', '/api/config');
  await completeEntraSignIn().catch(() => say('Masuk dengan akun Microsoft gagal.', 'error'));
  if (!sessionStorage.getItem(TOKEN_KEY)) { showSignIn(); return; }
  try { state.me = await api('GET', '/api/me'); } catch { showSignIn(); return; }
  $('#sign-in').hidden = true;
  $('#who').hidden = false;
  $('#who-name').textContent = state.me.name || state.me.id;
  $('#who-name').title = 'Akun: ' + state.me.id;
  $('#who-roles').textContent = '(' + state.me.roles.map(roleLabel).join(', ') + (state.me.kecamatanName ? ' · Kecamatan ' + state.me.kecamatanName : '') + ')';
  $('#tabs').hidden = false;
  document.querySelectorAll('.tabs button').forEach((b) => { b.hidden = b.dataset.roles ? !hasRole(...b.dataset.roles.split(' ')) : false; });
  $('#search-form').status.replaceChildren(el('option', { value: '' }, 'Semua'), ...recordStatuses().map((s) => el('option', { value: s.code }, s.label)));
  state.regions = await api('GET', '/api/kecamatan');
  fillKecamatan($('#upload-filter').kecamatan, true);
  fillKecamatan($('#queue-filter').kecamatan, true);
  fillKecamatan($('#role-form').kecamatan, false);
  fillKecamatan($('#summary-filter').kecamatan, false);
  if (hasRole('reviewer', 'approver', 'admin')) {
    state.reasons = await api('GET', '/api/reasons');
    api('GET', '/api/reviews?pageSize=1').then((d) => { $('#queue-count').textContent = d.total ? String(d.total) : ''; }).catch(() => {});
  }
  $('#summary-panel').hidden = !hasRole('reviewer', 'admin');
  $('#cohort-panel').hidden = !hasRole('approver');
  showTab(location.hash === '#antrean' && hasRole('reviewer', 'approver', 'admin') ? 'queue' : 'uploads');
}

document.addEventListener('DOMContentLoaded', () => {
  document.querySelectorAll('table.data').forEach((table) => new MutationObserver(() => labelCells(table)).observe(table.tBodies[0], { childList: true }));
  document.querySelectorAll('.tabs button').forEach((b) => b.addEventListener('click', () => showTab(b.dataset.tab)));
  $('#dev-sign-in').addEventListener('submit', guard(devSignIn));
  $('#entra-button').addEventListener('click', guard(entraSignIn));
  $('#sign-out').addEventListener('click', () => { sessionStorage.removeItem(TOKEN_KEY); state.me = null; showSignIn('Anda sudah keluar.'); });
  $('#upload-filter').addEventListener('submit', guard(loadUploads));
  $('#summary-filter').addEventListener('submit', guard(loadKecamatanSummary));
  $('#queue-filter').addEventListener('submit', guard(() => { state.queuePage = 1; return loadQueue(); }));
  $('#queue-prev').addEventListener('click', guard(() => { state.queuePage = Math.max(1, state.queuePage - 1); return loadQueue(); }));
  $('#queue-next').addEventListener('click', guard(() => { state.queuePage += 1; return loadQueue(); }));
  $('#search-form').addEventListener('submit', guard(() => search(true)));
  $('#search-more').addEventListener('click', guard(() => search(false)));
  $('#export-prepare').addEventListener('click', guard(async () => { const x = await api('POST', '/api/exports'); say(`Daftar baru dibuat: ${x.people} orang.`, 'ok'); await loadExports(); }));
  $('#export-prepare-stop').addEventListener('click', guard(async () => { const x = await api('POST', '/api/exports', { kind: 'stop' }); say(`Daftar berhenti dibuat: ${x.people} orang.`, 'ok'); await loadExports(); }));
  $('#summary-make').addEventListener('click', guard(makeSummary));
  $('#confirmation-form').addEventListener('submit', guard(uploadConfirmation));
  $('#role-form').addEventListener('submit', guard((e) => assign(e.target)));
  guard(start)();
});
