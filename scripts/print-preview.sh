#!/usr/bin/env bash
# Makes the README's pictures of a printed workbook, made by the real writers, printed to PDF with LibreOffice,
# its pages turned into PNGs under docs/images/:
#   - by default, a result workbook: runs the CLI on the bundled samples (against a private Azurite) and prints the
#     Aek Kanopan result (38 rows): docs/images/result-print-*.png;
#   - with --bill, a bill's reconciliation: the reconcile benchmark's smallest scenario (24 funded people, a January
#     bill with one planted row of every code): docs/images/reconciliation-print-*.png.
#
#   bash scripts/print-preview.sh [--bill] [--keep DIR]    # needs: .NET SDK, npm ci done, soffice, pdftoppm, pdfinfo
#
# --keep DIR also leaves the workbook (and for --bill the bill and CSV) and its PDF in DIR, to look at closely.
#
# Calibri's metric twin Carlito (Debian: fonts-crosextra-carlito) makes LibreOffice lay the page out as Excel does;
# without it the picture is still made, with a substitute font and a warning.
set -euo pipefail
keep=""
bill=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --bill) bill=1; shift ;;
    --keep) keep=$(realpath -m "${2:?--keep needs a directory}"); shift 2 ;;
    *) echo "print-preview: unknown argument $1" >&2; exit 2 ;;
  esac
done
cd "$(dirname "$0")/.."

for tool in soffice pdftoppm pdfinfo; do
  command -v "$tool" >/dev/null || { echo "print-preview: $tool is not installed" >&2; exit 1; }
done
fc-list : family 2>/dev/null | grep -i carlito >/dev/null || echo "print-preview: warning: font Carlito missing; widths will differ from Excel's" >&2

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [[ -n "$bill" ]]; then
  dotnet run --project src/Pipeline.Benchmarks -- reconcile --people 24 --rows 24 --out "$work/out" | tail -1
  name=rekonsiliasi-tagihan-2027-01
  picture=reconciliation-print
  cp "$work/out/$name.xlsx" "$work/$name.xlsx"
  about="page 1 is the summary (Ringkasan), the rows follow (Rincian)"
else
  upload=kualuh-hulu/aek-kanopan/daftar-pekerja-rentan.xlsx
  dotnet run --project src/Pipeline.Cli -- run --input samples/uploads --participants samples/peserta-bpjs.csv \
    --out "$work/run" --reference-date 2025-11-06 >/dev/null
  name=hasil
  picture=result-print
  cp "$work/run/results/$upload.hasil.xlsx" "$work/$name.xlsx"
  about="results/$upload.hasil.xlsx; page 1 is the summary (Ringkasan), the rows follow (Hasil)"
fi

# A private LibreOffice profile: a second soffice on the machine would otherwise make this one exit silently.
soffice -env:UserInstallation="file://$work/profile" --headless --convert-to pdf --outdir "$work" "$work/$name.xlsx" >/dev/null
pages=$(pdfinfo "$work/$name.pdf" | awk '/^Pages:/ {print $2}')
size=$(pdfinfo "$work/$name.pdf" | awk -F': *' '/^Page size:/ {print $2}')
echo "$pages pages ($size): $about"

if [[ -n "$keep" ]]; then
  mkdir -p "$keep" && cp "$work/$name.xlsx" "$work/$name.pdf" "$keep/"
  if [[ -n "$bill" ]]; then cp "$work"/out/*.csv "$keep/"; fi
fi
rm -f docs/images/$picture-*.png
pdftoppm -png -r 80 "$work/$name.pdf" docs/images/$picture
ls -1 docs/images/$picture-*.png
