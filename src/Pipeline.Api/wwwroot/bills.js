// "Tagihan BPJS" (approver; admin reads): upload BPJS's bill, see each reconciliation's counts and money, download its
// workbook or CSV, record its payment; and the months still unpaid as they near the three-month lapse. Uses app.js's
// helpers (el, api, sendFile, download, guard, say, hasRole, rupiah).
'use strict';

/** The bill as multipart/form-data (the API reads one file and an optional period). */
async function uploadBill(event) {
  const form = event.target;
  const file = form.bill.files[0];
  if (!file) throw new Error('Pilih berkas tagihan dari BPJS.');
  const body = new FormData();
  body.append('file', file, file.name);
  if (form.period.value.trim()) body.append('period', form.period.value.trim());
  const { response, data } = await sendFile('/api/bills', body);
  if (!response.ok) throw new Error((data && (data.message || data.detail)) || ('Kesalahan ' + response.status));
  form.reset();
  say(data.status === 'unchanged'
    ? `Tagihan ini sudah direkonsiliasi untuk ${data.bill.periodLabel}; tidak ada yang berubah.`
    : `Tagihan ${data.bill.periodLabel} direkonsiliasi: bayar ${rupiah(data.bill.toPay)}, disanggah ${rupiah(data.bill.disputed)}.`, 'ok');
  await loadBills();
}

/** A code with its count, in the code's colour (set through the CSSOM: the page's policy forbids style attributes). */
function codeChip(c) {
  const chip = el('span', { class: 'code', title: c.label, 'data-code': c.code }, `${c.code} ${c.count}`);
  chip.style.backgroundColor = c.fill;
  return chip;
}

function paymentCell(bill) {
  if (bill.paidOn) {
    return el('td', {}, `${rupiah(bill.paidAmount)} pada ${bill.paidOn} (${bill.paidBy})`, bill.paymentNote ? el('div', { class: 'note' }, bill.paymentNote) : null);
  }
  if (!hasRole('approver')) return el('td', {}, 'Belum dicatat');
  const form = el('form', { class: 'inline payment' },
    el('input', { type: 'date', name: 'paidOn', required: true, 'aria-label': 'Tanggal bayar' }),
    el('input', { type: 'number', name: 'amount', min: 1, step: 1, value: Math.round(bill.toPay), required: true, 'aria-label': 'Jumlah dibayar' }),
    el('button', { type: 'submit' }, 'Catat pembayaran'));
  form.addEventListener('submit', guard(async () => {
    const answer = await api('POST', `/api/bills/${encodeURIComponent(bill.id)}/payment`, { paidOn: form.paidOn.value, amount: Number(form.amount.value) });
    say(answer.note || `Pembayaran ${bill.periodLabel} dicatat.`, 'ok');
    await loadBills();
  }));
  return el('td', {}, form);
}

async function loadBills() {
  const data = await api('GET', '/api/bills');
  $('#bill-unpaid').replaceChildren(...data.warnings.map((w) => el('p', { class: 'warning' }, w)));
  $('#bill-upload').hidden = !hasRole('approver');
  $('#bill-table tbody').replaceChildren(...data.bills.map((b) => el('tr', { 'data-bill': b.id },
    el('td', {}, b.periodLabel), el('td', {}, b.billName), el('td', {}, new Date(b.reconciledAt).toLocaleString('id-ID'), el('div', { class: 'note' }, b.reconciledBy)),
    el('td', {}, el('div', { class: 'codes' }, ...b.counts.map(codeChip))),
    el('td', { class: 'n' }, rupiah(b.billed)), el('td', { class: 'n' }, rupiah(b.toPay)), el('td', { class: 'n' }, rupiah(b.disputed)),
    el('td', {}, el('button', { type: 'button', onclick: guard(() => download(b.workbookUrl)) }, '.xlsx'), ' ',
      el('button', { type: 'button', onclick: guard(() => download(b.csvUrl)) }, '.csv')),
    paymentCell(b))));
  $('#bill-empty').hidden = data.bills.length > 0;
}

EXTRA_TABS.bills = loadBills;

document.addEventListener('DOMContentLoaded', () => {
  $('#bill-upload').addEventListener('submit', guard(uploadBill));
});
