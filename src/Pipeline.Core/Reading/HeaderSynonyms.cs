using Pipeline.Core.Model;

namespace Pipeline.Core.Reading;

/// <summary>
/// The header phrases officials and the BPJS export actually use, already normalised by
/// <see cref="HeaderNormalizer"/>. Kept as data so a new variant is one line, not a new branch.
/// </summary>
/// <remarks>
/// A null field marks a phrase to ignore on purpose ("Nama Ibu Kandung" must not become the worker's name).
/// Exact-only phrases never match as a prefix: "No" must not swallow "No Rekening".
/// </remarks>
internal static class HeaderSynonyms
{
    internal sealed record Entry(string Phrase, Field? Field, bool ExactOnly)
    {
        public string[] Tokens { get; } = Phrase.Split(' ');
    }

    public static IReadOnlyList<Entry> All { get; } = Build();

    private static List<Entry> Build()
    {
        var entries = new List<Entry>();
        void Add(Field? field, bool exactOnly, params string[] phrases) =>
            entries.AddRange(phrases.Select(p => new Entry(p, field, exactOnly)));

        Add(Field.RowNumber, true, "no", "no urut", "nomor urut", "nomor", "nmr", "urut", "nr");
        Add(Field.Nik, false, "nik", "no ktp", "nomor ktp", "nomor induk kependudukan", "no induk kependudukan",
            "nik ktp", "no nik", "nomor nik", "ktp", "no e ktp", "nik e ktp", "n i k");
        Add(Field.NoKk, false, "no kk", "nomor kk", "no kartu keluarga", "nomor kartu keluarga", "kk", "nkk", "nik kk");
        Add(Field.Name, false, "nama", "nama lengkap", "nama pekerja", "nama peserta", "nama tenaga kerja",
            "nama sesuai ktp", "nama lengkap sesuai ktp", "nama penerima");
        Add(Field.BirthPlace, false, "tempat lahir", "tmp lahir", "tpt lahir", "tmpt lahir", "tempat", "tempat kelahiran");
        Add(Field.BirthDate, false, "tanggal lahir", "tgl lahir", "tgl lhr", "tanggal lhr", "tgllahir", "tgl lahir peserta",
            "date of birth", "tanggal kelahiran", "tgl kelahiran");
        Add(Field.BirthPlaceAndDate, false, "tempat tgl lahir", "tempat tanggal lahir", "ttl", "tempat tgl lhr",
            "tmp tgl lahir", "tempat dan tanggal lahir", "tmpt tgl lahir", "tempat lahir tanggal lahir", "tempat tanggal lhr");
        Add(Field.Sex, false, "jenis kelamin", "l p", "p l", "lp", "jk", "j k", "kelamin", "sex", "gender", "jns kelamin");
        Add(Field.Address, false, "alamat", "alamat lengkap", "alamat rumah", "alamat tempat tinggal");
        Add(Field.Desa, false, "desa", "kelurahan", "desa kelurahan", "desa kel", "kel desa", "kelurahan desa", "nama desa");
        Add(Field.Kecamatan, false, "kecamatan", "kec", "nama kecamatan");
        Add(Field.Occupation, false, "pekerjaan", "jenis pekerjaan", "profesi", "mata pencaharian", "jenis usaha",
            "pekerjaan usaha");
        Add(Field.Phone, false, "no hp", "nomor hp", "no telp", "no telepon", "nomor telepon", "telepon", "telp", "hp",
            "no wa", "nomor wa", "no hp wa", "no handphone", "handphone", "whatsapp", "no tlp", "tlp",
            "nomor handphone", "nomor hp wa", "no whatsapp", "nomor whatsapp", "no kontak", "nomor kontak", "kontak",
            "no ponsel", "nomor ponsel", "ponsel", "no seluler", "nomor seluler");
        Add(Field.Kpj, false, "kpj", "no kpj", "nomor kpj", "nomor peserta", "no peserta", "no kartu peserta");
        Add(Field.MembershipStatus, false, "status kepesertaan", "status", "status peserta", "hasil", "hasil verifikasi", "status verifikasi",
            "status pendaftaran", "status konfirmasi", "keputusan");
        Add(Field.EffectiveDate, false, "tanggal efektif", "tgl efektif", "efektif", "tmt", "tmt kepesertaan", "tanggal mulai", "tgl mulai",
            "mulai berlaku", "tanggal berlaku", "bulan mulai", "tanggal kepesertaan", "tgl kepesertaan", "tanggal terdaftar");
        Add(Field.Remarks, false, "keterangan", "ket", "alasan", "alasan penolakan", "keterangan penolakan", "catatan");
        Add(Field.ExportId, false, "id daftar", "no daftar", "nomor daftar", "kode daftar", "id ekspor", "id export", "no ekspor");
        Add(Field.RegisterDate, false, "tgl kepesertaan", "tanggal kepesertaan", "tgl terdaftar", "tanggal terdaftar", "tgl daftar",
            "tanggal daftar", "tgl update", "tanggal update", "tgl pembaruan", "tanggal pembaruan", "tgl status", "tanggal status", "tmt",
            "tmt kepesertaan", "tgl aktif", "tanggal aktif");
        Add(Field.Amount, false, "iuran", "jumlah", "nominal", "tagihan", "jumlah iuran", "jumlah tagihan", "nominal iuran",
            "nominal tagihan", "total iuran", "total tagihan", "besar iuran", "nilai iuran", "nilai tagihan", "total", "iuran rp",
            "jumlah rp", "iuran jkk jkm", "total iuran jkk jkm");
        Add(Field.BillingMonth, false, "bulan", "periode", "bulan iuran", "periode iuran", "bulan tagihan", "periode tagihan",
            "masa iuran", "bln", "bulan tahun");
        // A bill that splits the two programmes before their total: the parts are not the amount billed.
        Add(null, false, "jkk", "jkm", "iuran jkk", "iuran jkm", "jumlah bulan", "jumlah peserta");
        Add(null, false, "nama ibu", "nama ibu kandung", "nama ayah", "nama kepala keluarga", "nama suami", "nama istri",
            "status perkawinan", "status kawin", "tempat kerja");

        return entries;
    }
}
