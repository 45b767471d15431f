// "Tautan desa" (admin): village upload links. Uses app.js's helpers (el, api, guard, say, state). A link's address
// exists only in the answer to its creation (the server keeps its hash), so the copy and the printed sheet are
// offered right then, from that answer, and never again.
'use strict';

const LINK_STATES = { active: 'Aktif', expired: 'Berakhir', revoked: 'Dicabut' };

function isoDay(date) {
  return [date.getFullYear(), String(date.getMonth() + 1).padStart(2, '0'), String(date.getDate()).padStart(2, '0')].join('-');
}

/** Copies text; falls back to a selected text area where the clipboard API is not allowed. */
async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    const area = el('textarea', { class: 'copy-buffer', readonly: true }, text);
    document.body.append(area);
    area.select();
    document.execCommand('copy');
    area.remove();
  }
}

function fillLinkDesa() {
  const form = $('#link-form');
  const kecamatan = state.regions.find((k) => k.code === form.kecamatan.value);
  form.desa.replaceChildren(...(kecamatan
    ? [el('option', { value: '' }, `Semua desa (${kecamatan.desa.length})`), ...kecamatan.desa.map((d) => el('option', { value: d.code }, d.name))]
    : [el('option', { value: '' }, '—')]));
  form.desa.disabled = !kecamatan;
}

function prepareLinkForm() {
  const form = $('#link-form');
  if (form.kecamatan.options.length) return;
  const total = state.regions.reduce((n, k) => n + k.desa.length, 0);
  form.kecamatan.replaceChildren(el('option', { value: '' }, `Semua kecamatan (${total} desa)`), ...state.regions.map((k) => el('option', { value: k.code }, k.name)));
  fillLinkDesa();
  const until = new Date();
  until.setDate(until.getDate() + 30);
  form.expires.value = isoDay(until);
  form.expires.min = isoDay(new Date());
}

async function loadLinks() {
  prepareLinkForm();
  const list = await api('GET', '/api/upload-links');
  $('#link-table tbody').replaceChildren(...list.map((l) => el('tr', {},
    el('td', {}, l.desaName || l.desaCode), el('td', {}, l.kecamatanName || l.kecamatanCode), el('td', {}, date(l.lastDay)),
    el('td', {}, el('span', { class: 'link-state link-' + l.state }, LINK_STATES[l.state] || l.state),
      l.revokedBy ? el('div', { class: 'note' }, `oleh ${l.revokedBy}, ${time(l.revokedAt)}`) : null),
    el('td', {}, `${time(l.createdAt)} · ${l.createdBy}`),
    el('td', {}, l.state === 'active'
      ? el('button', { type: 'button', class: 'revoke', onclick: guard(() => revokeLink(l)) }, 'Cabut')
      : ''))));
}

async function revokeLink(link) {
  await api('DELETE', '/api/upload-links/' + encodeURIComponent(link.id));
  say(`Tautan desa ${link.desaName} dicabut: tidak dapat dipakai lagi.`, 'ok');
  await loadLinks();
}

/** The printable sheet: one block per desa with its QR code, its address and its last day. */
function buildSheet(made) {
  $('#link-sheet').replaceChildren(
    el('h1', {}, 'Tautan unggah daftar pekerja rentan'),
    el('p', {}, `Disnaker Kabupaten Labuhanbatu Utara · berlaku sampai ${made.lastDayText}. Pindai kode QR dengan kamera HP, atau ketik alamatnya. Setiap tautan khusus untuk satu desa.`),
    el('div', { class: 'sheet-blocks' }, made.links.map((l) => el('div', { class: 'sheet-block' },
      el('img', { src: l.qr, alt: 'Kode QR tautan desa ' + l.desaName, width: 160, height: 160 }),
      el('div', { class: 'sheet-text' },
        el('strong', {}, 'Desa ' + l.desaName), el('div', {}, 'Kecamatan ' + l.kecamatanName),
        el('div', { class: 'sheet-url' }, l.url), el('div', { class: 'note' }, 'Berlaku sampai ' + made.lastDayText))))));
}

async function createLinks(event) {
  const form = event.target;
  const made = await api('POST', '/api/upload-links', { kecamatan: form.kecamatan.value || null, desa: form.desa.value || null, expires: form.expires.value });
  $('#link-new').hidden = false;
  $('#link-new-title').textContent = `${made.links.length} tautan baru, berlaku sampai ${made.lastDayText}`;
  $('#link-new-table tbody').replaceChildren(...made.links.map((l) => el('tr', { 'data-desa': l.desaName },
    el('td', {}, l.desaName), el('td', {}, l.kecamatanName),
    el('td', {}, el('a', { href: l.url, class: 'link-url', target: '_blank', rel: 'noopener' }, l.url)),
    el('td', {}, el('button', { type: 'button', class: 'copy', onclick: guard(async () => { await copyText(l.whatsApp); say(`Pesan untuk desa ${l.desaName} disalin.`, 'ok'); }) }, 'Salin pesan'),
      ' ', el('a', { href: 'https://wa.me/?text=' + encodeURIComponent(l.whatsApp), target: '_blank', rel: 'noopener noreferrer' }, 'Buka WhatsApp')),
    el('td', {}, el('img', { src: l.qr, alt: 'Kode QR', width: 72, height: 72, class: 'qr' })))));
  buildSheet(made);
  $('#link-print').onclick = () => window.print();
  $('#link-copy-all').onclick = guard(async () => { await copyText(made.links.map((l) => l.whatsApp).join('\n\n')); say('Semua pesan disalin.', 'ok'); });
  say(`${made.links.length} tautan dibuat. Salin pesannya atau cetak lembarnya sekarang.`, 'ok');
  await loadLinks();
}

EXTRA_TABS.links = loadLinks;

document.addEventListener('DOMContentLoaded', () => {
  $('#link-form').addEventListener('submit', guard(createLinks));
  $('#link-form').kecamatan.addEventListener('change', fillLinkDesa);
});
