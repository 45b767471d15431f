#!/usr/bin/env bash
# Makes the README's pictures of a printed bill reconciliation: the reconcile benchmark's scenario at its smallest
# (24 funded people, a January bill with one planted row of every code), written by the real reader, reconciler
# and writers, printed to PDF with LibreOffice, its pages turned into PNGs under docs/images/.
#
#   bash scripts/bill-print-preview.sh [--keep DIR]    # needs: .NET SDK, soffice, pdftoppm, pdfinfo
#
# --keep DIR also leaves the bill, the workbook, the CSV and the PDF in DIR. Carlito (fonts-crosextra-carlito)
# makes LibreOffice lay the page out as Excel does with Calibri.
set -euo pipefail
keep=""
if [[ "${1:-}" == "--keep" ]]; then keep=$(realpath -m "${2:?--keep needs a directory}"); fi
cd "$(dirname "$0")/.."

for tool in soffice pdftoppm pdfinfo; do
  command -v "$tool" >/dev/null || { echo "bill-print-preview: $tool is not installed" >&2; exit 1; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet run --project src/Pipeline.Benchmarks -- reconcile --people 24 --rows 24 --out "$work/out" | tail -1
workbook="$work/out/rekonsiliasi-tagihan-2027-01.xlsx"

# A private LibreOffice profile: a second soffice on the machine would otherwise make this one exit silently.
soffice -env:UserInstallation="file://$work/profile" --headless --convert-to pdf --outdir "$work" "$workbook" >/dev/null
pdf="$work/rekonsiliasi-tagihan-2027-01.pdf"
echo "$(basename "$workbook"): $(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}') pages; page 1 is the summary (Ringkasan), the rows follow (Rincian)"

if [[ -n "$keep" ]]; then mkdir -p "$keep" && cp "$work"/out/* "$pdf" "$keep/"; fi
rm -f docs/images/reconciliation-print-*.png
pdftoppm -png -r 80 "$pdf" docs/images/reconciliation-print
ls -1 docs/images/reconciliation-print-*.png
