// The village page (/desa/<token>): no sign-in, the token in the address is the key. Everything shown comes from
// /api/desa/<token>, which answers for that one desa only, and is put on the page as text (el(), $() and time() in dom.js).
'use strict';

const TOKEN = location.pathname.split('/').filter(Boolean)[1] || '';
const BASE = '/api/desa/' + encodeURIComponent(TOKEN);
const POLL_MS = 2000;

const page = { info: null, pending: null, polling: null };
const megabytes = (bytes) => (bytes / (1024 * 1024)).toLocaleString('id-ID', { maximumFractionDigits: 1 }) + ' MB';

class DoorError extends Error {
  constructor(status, detail) { super(detail); this.status = status; }
}

async function getJson(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  const text = await response.text();
  let data = null;
  try { data = text ? JSON.parse(text) : null; } catch { data = null; }
  if (!response.ok) throw new DoorError(response.status, (data && data.detail) || 'Terjadi gangguan (' + response.status + '). Coba lagi sebentar lagi.');
  return data;
}

function tell(text, kind) {
  const box = $('#send-message');
  box.textContent = text || '';
  box.className = 'message ' + (kind || '');
}

/** The link cannot be used (unknown, revoked, expired): say why, show nothing else. */
function refuse(message) {
  $('#loading').hidden = true;
  $('#steps').hidden = true;
  $('#refused').hidden = false;
  $('#refused').replaceChildren(el('h2', {}, 'Tautan tidak dapat dipakai'), el('p', {}, message));
}

// ---- the desa and its lists ----

async function load() {
  try {
    page.info = await getJson(BASE);
  } catch (error) {
    if (error instanceof DoorError && [404, 410, 429].includes(error.status)) { refuse(error.message); return; }
    refuse('Halaman tidak dapat dimuat. Periksa sinyal internet lalu muat ulang halaman.');
    return;
  }
  const info = page.info;
  document.title = `Kirim daftar · Desa ${info.desa.name}`;
  $('#place').replaceChildren(el('strong', {}, 'Desa ' + info.desa.name), el('span', {}, ' · Kecamatan ' + info.kecamatan.name),
    el('span', { class: 'until' }, 'Tautan berlaku sampai ' + info.lastDayText));
  $('#template').href = BASE + '/template';
  $('#limit').textContent = `Ukuran paling besar ${megabytes(info.maxUploadBytes)}. Mengirim berkas dengan nama yang sama dengan daftar sebelumnya akan menggantikan daftar itu.`;
  $('#loading').hidden = true;
  $('#steps').hidden = false;
  showHistory(info.uploads);
  const newest = info.uploads[0];
  if (newest && newest.status === 'processing' && !page.polling) watch(newest.statusUrl);
}

function countsLine(upload) {
  if (upload.status !== 'processed') return '';
  return upload.counts.map((c) => `${c.count} ${c.label.toLowerCase()}`).join(' · ');
}

function showHistory(uploads) {
  $('#history-empty').hidden = uploads.length > 0;
  $('#history').replaceChildren(...uploads.map((u) => el('li', {},
    el('div', { class: 'file-name' }, u.name),
    el('div', { class: 'note' }, time(u.sentAt)),
    el('div', {}, el('span', { class: 'chip chip-' + u.status }, statusWord(u.status)), ' ', countsLine(u)),
    el('button', { type: 'button', onclick: () => watch(u.statusUrl) }, 'Lihat hasil'))));
}

function statusWord(status) {
  return { processing: 'Sedang diperiksa', processed: 'Selesai', failed: 'Tidak dapat dibaca' }[status] || status;
}

// ---- sending ----

function chosenFile() {
  const input = $('#send').file;
  return input.files && input.files[0];
}

function onSubmit(event) {
  event.preventDefault();
  const file = chosenFile();
  $('#replace').hidden = true;
  if (!file) { tell('Pilih berkas daftar terlebih dahulu.', 'error'); return; }
  if (file.size > page.info.maxUploadBytes) {
    tell(`Berkas ini ${megabytes(file.size)}, lebih besar dari batas ${megabytes(page.info.maxUploadBytes)}. Bagi daftar menjadi beberapa berkas (misalnya per dusun), hapus lembar atau gambar yang tidak perlu, lalu kirim lagi.`, 'error');
    return;
  }
  if (page.info.uploads.some((u) => u.name === file.name)) {
    page.pending = file;
    $('#replace-text').textContent = `Daftar "${file.name}" sudah pernah dikirim. Bila dikirim lagi, daftar lama diganti dengan yang baru. Lanjutkan?`;
    $('#replace').hidden = false;
    return;
  }
  send(file);
}

/** XMLHttpRequest, not fetch: its upload progress drives the bar on a slow connection. */
function send(file) {
  const form = new FormData();
  form.append('file', file, file.name);
  const request = new XMLHttpRequest();
  request.open('POST', BASE + '/uploads');
  request.setRequestHeader('Accept', 'application/json');
  $('#progress').hidden = false;
  $('#send-button').disabled = true;
  setProgress(0);
  tell('Mengirim…');
  request.upload.onprogress = (e) => { if (e.lengthComputable) setProgress(Math.round((e.loaded / e.total) * 100)); };
  request.onload = () => {
    $('#send-button').disabled = false;
    let data = null;
    try { data = JSON.parse(request.responseText); } catch { data = null; }
    if (request.status === 202 && data) {
      setProgress(100);
      tell('Terkirim. Daftar sedang diperiksa.', 'ok');
      $('#send').reset();
      watch(data.statusUrl);
      return;
    }
    $('#progress').hidden = true;
    tell((data && data.detail) || `Pengiriman gagal (${request.status}). Coba lagi.`, 'error');
  };
  request.onerror = () => {
    $('#send-button').disabled = false;
    $('#progress').hidden = true;
    tell('Koneksi terputus saat mengirim. Periksa sinyal internet lalu kirim lagi.', 'error');
  };
  request.send(form);
}

function setProgress(percent) {
  $('#progress-bar').value = percent;
  $('#progress-text').textContent = percent + '%';
}

// ---- the result ----

/** Shows one list and, while it is being checked, asks again every two seconds. */
async function watch(url) {
  clearTimeout(page.polling);
  page.polling = null;
  let upload;
  try {
    upload = await getJson(url);
  } catch (error) {
    if (error instanceof DoorError && [404, 410].includes(error.status) && !page.info) { refuse(error.message); return; }
    tell(error.message, 'error');
    page.polling = setTimeout(() => watch(url), POLL_MS * 3);
    return;
  }
  showResult(upload);
  if (upload.status === 'processing') {
    page.polling = setTimeout(() => watch(url), POLL_MS);
  } else {
    page.polling = null;
    const info = await getJson(BASE).catch(() => null);
    if (info) { page.info = info; showHistory(info.uploads); }
  }
}

function showResult(upload) {
  const card = $('#result');
  card.hidden = false;
  card.dataset.status = upload.status;
  $('#result-name').textContent = upload.name;
  const status = $('#result-status');
  if (upload.status === 'processing') {
    status.replaceChildren(el('span', { class: 'chip chip-processing' }, 'Sedang diperiksa…'),
      ' Hasil biasanya muncul dalam satu sampai dua menit. Halaman ini diperbarui sendiri.');
  } else if (upload.status === 'failed') {
    status.replaceChildren(el('span', { class: 'chip chip-failed' }, 'Tidak dapat dibaca'), ' ', upload.message || '');
  } else {
    status.replaceChildren(el('span', { class: 'chip chip-processed' }, 'Selesai diperiksa'), ` ${upload.rows} baris dibaca.`);
  }
  $('#result-counts').replaceChildren(...upload.counts.map((c) => {
    const label = el('span', { class: 'label' }, c.label);
    label.style.background = c.colour; // the status table's colour, as in the result workbook (CSSOM: no inline style attribute)
    return el('li', { class: 'count', 'data-status': c.status }, label, `: ${c.count} baris. `, c.text);
  }));
  $('#result-problems').replaceChildren(...problems(upload));
  const download = $('#result-download');
  download.hidden = !upload.resultUrl;
  if (upload.resultUrl) { download.href = upload.resultUrl; download.setAttribute('download', ''); }
}

function problems(upload) {
  if (upload.status !== 'processed' || !upload.problems) return [];
  if (upload.problems.length === 0) return [el('p', { class: 'ok' }, 'Tidak ada kesalahan yang perlu diperbaiki.')];
  return [el('h3', {}, upload.problems.length === 1 ? 'Yang perlu diperiksa' : `${upload.problems.length} hal utama yang perlu diperiksa`),
    ...upload.problems.map((p) => el('div', { class: 'problem ' + (p.isError ? 'problem-error' : 'problem-warning') },
      el('p', { class: 'what' }, el('span', { class: 'kind' }, p.isError ? 'Kesalahan' : 'Peringatan'), ' ', p.what),
      el('p', { class: 'rows' }, rowsText(p)),
      p.whatToDo ? el('p', { class: 'todo' }, (p.isError ? 'Yang harus dilakukan: ' : '') + p.whatToDo) : null)),
    el('p', { class: 'note' }, 'Semua baris dan alasannya ada di berkas hasil (kolom Keterangan).')];
}

function rowsText(problem) {
  const rows = problem.firstRows.join(', ');
  const more = problem.rows > problem.firstRows.length ? ` dan ${problem.rows - problem.firstRows.length} baris lain` : '';
  return problem.rows === 1 ? `Baris ${rows}.` : `${problem.rows} baris: baris ${rows}${more}.`;
}

document.addEventListener('DOMContentLoaded', () => {
  $('#send').addEventListener('submit', onSubmit);
  $('#replace-yes').addEventListener('click', () => { $('#replace').hidden = true; if (page.pending) send(page.pending); page.pending = null; });
  $('#replace-no').addEventListener('click', () => { $('#replace').hidden = true; page.pending = null; tell('Tidak dikirim.'); });
  load();
});
