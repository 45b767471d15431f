namespace Pipeline.Core.Model;

/// <summary>
/// Problems found while reading the upload (see SpreadsheetReader): what the file is, the limits it is read under,
/// which sheet was read, and what a cell held instead of a value.
/// </summary>
public static partial class IssueCatalog
{
    // ---- File level: what the file is. ----

    public static readonly IssueDefinition FileIsWordDocument = new(
        "FILE_IS_WORD_DOCUMENT", Severity.Error, null,
        "Berkas ini adalah dokumen Word, bukan lembar kerja. Salin tabelnya ke Excel, simpan sebagai .xlsx, lalu unggah kembali.",
        "This file is a Word document, not a spreadsheet. Copy the table into Excel, save as .xlsx and upload again.");

    public static readonly IssueDefinition FileIsOpenDocument = new(
        "FILE_IS_OPENDOCUMENT", Severity.Error, null,
        "Berkas ini dokumen OpenDocument teks atau presentasi (.odt/.odp), bukan lembar kerja. Salin tabelnya ke LibreOffice Calc atau Excel, simpan sebagai .ods atau .xlsx, lalu unggah kembali.",
        "This file is an OpenDocument text or presentation (.odt/.odp), not a spreadsheet. Copy the table into Calc or Excel, save as .ods or .xlsx and upload again.");

    public static readonly IssueDefinition FileIsWebPage = new(
        "FILE_IS_WEB_PAGE", Severity.Error, null,
        "Berkas ini halaman web (HTML) atau XML yang diberi nama lembar kerja, biasanya hasil unduhan dari aplikasi. Buka di Excel, simpan sebagai .xlsx (File > Save As > Excel Workbook), lalu unggah kembali.",
        "This file is a web page (HTML) or XML named like a spreadsheet, usually an application's download. Open it in Excel, save as .xlsx and upload again.");

    public static readonly IssueDefinition FileIsBinaryWorkbook = new(
        "FILE_IS_BINARY_WORKBOOK", Severity.Error, null,
        "Berkas ini Excel Binary Workbook (.xlsb), yang tidak dapat dibaca. Simpan sebagai .xlsx (File > Save As > Excel Workbook) lalu unggah kembali.",
        "This file is an Excel Binary Workbook (.xlsb), which cannot be read. Save it as .xlsx and upload again.");

    // ---- File level: the limits (ReadingOptions). ----

    public static readonly IssueDefinition FileTooLarge = new(
        "FILE_TOO_LARGE", Severity.Error, null,
        "Ukuran berkas melebihi batas yang diterima. Bagi daftar menjadi beberapa berkas (misalnya per dusun), hapus lembar, gambar atau kolom yang tidak diperlukan, lalu unggah kembali.",
        "The file is larger than the accepted limit. Split the list into several files (e.g. per dusun), remove unneeded sheets, pictures or columns, and upload again.");

    public static readonly IssueDefinition FileTooManyRows = new(
        "FILE_TOO_MANY_ROWS", Severity.Error, null,
        "Daftar berisi lebih banyak baris daripada batas satu berkas. Bagi daftar menjadi beberapa berkas (misalnya per desa atau per dusun) lalu unggah masing-masing.",
        "The list has more rows than one file may hold. Split it into several files (e.g. per desa or dusun) and upload each.");

    public static readonly IssueDefinition FileTooManyColumns = new(
        "FILE_TOO_MANY_COLUMNS", Severity.Error, null,
        "Baris judul kolom terlalu lebar: ada isian jauh di sebelah kanan tabel. Hapus kolom yang tidak diperlukan di sebelah kanan tabel (pilih kolomnya, klik kanan > Delete), lalu unggah kembali.",
        "The header row is too wide: something is filled far to the right of the table. Delete the unneeded columns to the right of the table and upload again.");

    public static readonly IssueDefinition FileRowTooLong = new(
        "FILE_ROW_TOO_LONG", Severity.Error, null,
        "Satu baris berkas CSV terlalu panjang, biasanya karena tanda kutip (\") yang dibuka tetapi tidak ditutup. Periksa tanda kutip di berkas, atau simpan daftar sebagai .xlsx, lalu unggah kembali.",
        "One CSV record is too long, usually because a quote (\") is opened and never closed. Check the quotes, or save the list as .xlsx, and upload again.");

    public static readonly IssueDefinition FilePackageTooLarge = new(
        "FILE_PACKAGE_TOO_LARGE", Severity.Error, null,
        "Isi berkas setelah dibuka jauh lebih besar daripada ukuran berkasnya (berkas mungkin rusak atau berbahaya). Salin daftar ke lembar kerja baru, simpan sebagai .xlsx, lalu unggah kembali.",
        "The file's content unpacks to far more than its size (it may be damaged or hostile). Copy the list into a new workbook, save as .xlsx and upload again.");

    public static readonly IssueDefinition FileTimeLimit = new(
        "FILE_TIME_LIMIT", Severity.Error, null,
        "Berkas ini terlalu lama dibaca dan diperiksa sehingga dihentikan. Bagi daftar menjadi beberapa berkas yang lebih kecil dan hapus isian di luar tabel, lalu unggah kembali.",
        "Reading and checking this file took too long and was stopped. Split the list into smaller files, remove anything outside the table, and upload again.");

    // ---- File level warnings: the upload is read, and the uploader is told how. ----

    /// <summary>{0} = sheet read, {1} = the other sheets that also hold a list.</summary>
    public static readonly SheetChosenMessage SheetChosen = new();

    /// <summary>The <c>SheetChosen</c> message, made only with its named arguments.</summary>
    public sealed record SheetChosenMessage() : IssueDefinition(
        "SHEET_CHOSEN", Severity.Warning, null,
        "Daftar dibaca dari lembar \"{0}\" (lembar dengan baris data terbanyak). Lembar lain yang juga berisi daftar tidak dibaca: {1}. Bila orang di lembar itu juga perlu didaftarkan, pindahkan ke lembar \"{0}\" atau unggah sebagai berkas tersendiri.",
        "The list was read from sheet \"{0}\" (the one with the most data rows). Other sheets that also hold a list were not read: {1}. Move their people into \"{0}\" or upload them as a separate file.")
    {
        /// <param name="sheetRead">The sheet the list was read from.</param>
        /// <param name="otherSheets">The other sheets that hold a list, quoted and comma-separated.</param>
        public Issue Create(string sheetRead, string otherSheets) => Format(sheetRead, otherSheets);
    }

    /// <summary>{0} = how many sheets were read, {1} = the sheets, quoted, each with its tab position.</summary>
    public static readonly SheetsCombinedMessage SheetsCombined = new();

    /// <summary>The <c>SheetsCombined</c> message, made only with its named arguments.</summary>
    public sealed record SheetsCombinedMessage() : IssueDefinition(
        "SHEETS_COMBINED", Severity.Warning, null,
        "Daftar dibaca dari {0} lembar dengan judul kolom yang sama: {1}. Semua orang di lembar-lembar itu diperiksa; kolom Baris di hasil menyebut lembar asal setiap baris.",
        "The list was read from {0} sheets with the same column headings: {1}. Everyone on them was checked; the result's Baris column names each row's sheet.")
    {
        /// <param name="sheetCount">How many sheets were read.</param>
        /// <param name="sheets">The sheets read, quoted, each with its tab position, comma-separated.</param>
        public Issue Create(int sheetCount, string sheets) => Format(sheetCount, sheets);
    }

    /// <summary>{0} = the hidden sheet read.</summary>
    public static readonly SheetHiddenReadMessage SheetHiddenRead = new();

    /// <summary>The <c>SheetHiddenRead</c> message, made only with its named arguments.</summary>
    public sealed record SheetHiddenReadMessage() : IssueDefinition(
        "SHEET_HIDDEN_READ", Severity.Warning, null,
        "Daftar dibaca dari lembar tersembunyi \"{0}\" karena tidak ada lembar terlihat yang berisi daftar. Bila itu daftar lama, tampilkan lembar yang benar (klik kanan tab lembar > Unhide) atau hapus lembar lama, lalu unggah kembali.",
        "The list was read from hidden sheet \"{0}\" because no visible sheet holds a list. If it is an old list, show or keep only the right sheet and upload again.")
    {
        /// <param name="sheet">The hidden sheet read.</param>
        public Issue Create(string sheet) => Format(sheet);
    }

    /// <summary>{0} = the sheet read.</summary>
    public static readonly SheetRowsRenumberedMessage SheetRowsRenumbered = new();

    /// <summary>The <c>SheetRowsRenumbered</c> message, made only with its named arguments.</summary>
    public sealed record SheetRowsRenumberedMessage() : IssueDefinition(
        "SHEET_ROWS_RENUMBERED", Severity.Warning, null,
        "Nomor baris di dalam berkas pada lembar \"{0}\" tidak berurutan (misalnya setiap baris bernomor 1), biasanya karena berkas dibuat oleh aplikasi lain. Baris dibaca sesuai urutannya di berkas dan diberi nomor urut, sehingga nomor baris pada hasil ini bisa berbeda dari yang terlihat di aplikasi lain. Bila perlu, buka berkas di Excel, simpan ulang sebagai .xlsx, lalu unggah kembali.",
        "The row numbers inside the file on sheet \"{0}\" are out of order (e.g. every row numbered 1), usually because another program wrote it. Rows were read in the file's order and numbered in sequence, so row numbers in this result may differ from what other programs show. If needed, open it in Excel, save again as .xlsx and upload again.")
    {
        /// <param name="sheet">The sheet read, as shown to the uploader.</param>
        public Issue Create(string sheet) => Format(sheet);
    }

    // ---- Row level: what a cell held instead of a value. ----

    /// <summary>{0} = column header. A required cell (NIK, name) the file itself points wrongly; the row is rejected.</summary>
    public static readonly CellDamagedMessage CellDamaged = new();

    /// <summary>The <c>CellDamaged</c> message, made only with its named arguments.</summary>
    public sealed record CellDamagedMessage() : IssueDefinition(
        "CELL_DAMAGED", Severity.Error, null,
        "Sel kolom \"{0}\" pada baris ini rusak di dalam berkas (merujuk ke teks yang tidak ada), sehingga isinya tidak dapat dibaca. Ketik ulang isi sel ini, simpan berkas sebagai .xlsx, lalu unggah kembali.",
        "The \"{0}\" cell of this row is damaged inside the file (it points to text that does not exist), so it cannot be read. Type the cell again, save as .xlsx and upload again.")
    {
        /// <param name="field">The field of the column.</param>
        /// <param name="column">The column's header.</param>
        public Issue Create(Field field, string column) => FormatFor(field, column);
    }

    /// <summary>{0} = column header, {1} = what the cell holds ("kesalahan rumus #REF!").</summary>
    public static readonly CellFormulaErrorMessage CellFormulaError = new();

    /// <summary>The <c>CellFormulaError</c> message, made only with its named arguments.</summary>
    public sealed record CellFormulaErrorMessage() : IssueDefinition(
        "CELL_FORMULA_ERROR", Severity.Error, null,
        "Kolom \"{0}\" berisi {1}, bukan nilai. Perbaiki rumusnya atau ketik ulang isinya (atau Salin lalu Tempel Spesial > Nilai), lalu unggah kembali.",
        "Column \"{0}\" holds {1}, not a value. Fix the formula or type the value again (or Copy, Paste Special > Values) and upload again.")
    {
        /// <param name="field">The field of the column.</param>
        /// <param name="column">The column's header.</param>
        /// <param name="content">What the cell holds ("kesalahan rumus #REF!").</param>
        public Issue Create(Field field, string column, string content) => FormatFor(field, column, content);
    }

    /// <summary>{0} = column header, {1} = what the cell holds. For optional columns: the row goes on without it.</summary>
    public static readonly CellFormulaIgnoredMessage CellFormulaIgnored = new();

    /// <summary>The <c>CellFormulaIgnored</c> message, made only with its named arguments.</summary>
    public sealed record CellFormulaIgnoredMessage() : IssueDefinition(
        "CELL_FORMULA_IGNORED", Severity.Warning, null,
        "Kolom \"{0}\" berisi {1}, bukan nilai; kolom ini dianggap kosong untuk baris ini. Perbaiki rumusnya atau ketik ulang isinya.",
        "Column \"{0}\" holds {1}, not a value; it is taken as empty for this row. Fix the formula or type the value again.")
    {
        /// <param name="field">The field of the column.</param>
        /// <param name="column">The column's header.</param>
        /// <param name="content">What the cell holds.</param>
        public Issue Create(Field field, string column, string content) => FormatFor(field, column, content);
    }

    /// <summary>{0} = column header, {1} = characters kept.</summary>
    public static readonly CellTooLongMessage CellTooLong = new();

    /// <summary>The <c>CellTooLong</c> message, made only with its named arguments.</summary>
    public sealed record CellTooLongMessage() : IssueDefinition(
        "CELL_TOO_LONG", Severity.Warning, null,
        "Isi kolom \"{0}\" lebih panjang dari {1} karakter sehingga dipotong. Periksa isian ini: mungkin ada teks yang tertempel atau tanda kutip yang tidak ditutup.",
        "Column \"{0}\" holds more than {1} characters and was cut. Check it: text may have been pasted in, or a quote left open.")
    {
        /// <param name="field">The field of the column, if it is one.</param>
        /// <param name="column">The column's header.</param>
        /// <param name="charactersKept">How many characters were kept.</param>
        public Issue Create(Field? field, string column, int charactersKept) => FormatFor(field, column, charactersKept);
    }

    /// <summary>{0} = the name as kept.</summary>
    public static readonly NameHiddenCharactersMessage NameHiddenCharacters = new();

    /// <summary>The <c>NameHiddenCharacters</c> message, made only with its named arguments.</summary>
    public sealed record NameHiddenCharactersMessage() : IssueDefinition(
        "NAME_HIDDEN_CHARACTERS", Severity.Warning, Model.Field.Name,
        "Nama berisi karakter tersembunyi (karakter kontrol, pembalik arah teks atau spasi nol lebar) yang sudah dihapus; dibaca sebagai \"{0}\". Ketik ulang nama bila berbeda dengan KTP.",
        "The name held hidden characters (control, text-direction or zero-width characters), which were removed; read as \"{0}\". Type the name again if it differs from the ID card.")
    {
        /// <param name="nameAsRead">The name with the hidden characters removed.</param>
        public Issue Create(string nameAsRead) => Format(nameAsRead);
    }
}
