#!/usr/bin/env bash
# Makes the README's pictures of a printed result workbook: runs the CLI on the bundled samples (the real
# pipeline and writer, against a private Azurite), prints the Aek Kanopan result (38 rows) to PDF with
# LibreOffice, and turns its pages into PNGs under docs/images/.
#
#   bash scripts/print-preview.sh [--keep DIR]    # needs: .NET SDK, npm ci done, soffice, pdftoppm, pdfinfo
#
# --keep DIR also leaves the workbook and its PDF in DIR, to look at closely.
#
# Calibri's metric twin Carlito (Debian: fonts-crosextra-carlito) makes LibreOffice lay the page out as Excel does;
# without it the picture is still made, with a substitute font and a warning.
set -euo pipefail
keep=""
if [[ "${1:-}" == "--keep" ]]; then keep=$(realpath -m "${2:?--keep needs a directory}"); fi
cd "$(dirname "$0")/.."

for tool in soffice pdftoppm pdfinfo; do
  command -v "$tool" >/dev/null || { echo "print-preview: $tool is not installed" >&2; exit 1; }
done
fc-list : family 2>/dev/null | grep -i carlito >/dev/null || echo "print-preview: warning: font Carlito missing; widths will differ from Excel's" >&2

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
upload=kualuh-hulu/aek-kanopan/daftar-pekerja-rentan.xlsx

dotnet run --project src/Pipeline.Cli -- run --input samples/uploads --participants samples/peserta-bpjs.csv \
  --out "$work/run" --reference-date 2025-11-06 >/dev/null
cp "$work/run/results/$upload.hasil.xlsx" "$work/hasil.xlsx"

# A private LibreOffice profile: a second soffice on the machine would otherwise make this one exit silently.
soffice -env:UserInstallation="file://$work/profile" --headless --convert-to pdf --outdir "$work" "$work/hasil.xlsx" >/dev/null
pages=$(pdfinfo "$work/hasil.pdf" | awk '/^Pages:/ {print $2}')
size=$(pdfinfo "$work/hasil.pdf" | awk -F': *' '/^Page size:/ {print $2}')
echo "results/$upload.hasil.xlsx: $pages pages ($size); page 1 is the summary (Ringkasan), the rows follow (Hasil)"

if [[ -n "$keep" ]]; then mkdir -p "$keep" && cp "$work/hasil.xlsx" "$work/hasil.pdf" "$keep/"; fi
rm -f docs/images/result-print-*.png
pdftoppm -png -r 80 "$work/hasil.pdf" docs/images/result-print
ls -1 docs/images/result-print-*.png
