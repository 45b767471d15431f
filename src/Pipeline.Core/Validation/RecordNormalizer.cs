using Pipeline.Core.Model;

namespace Pipeline.Core.Validation;

/// <summary>
/// Turns one data row into a <see cref="WorkerRecord"/>: every field normalised, every mistake named once as an
/// <see cref="Issue"/>, and the status set to Rejected (any error), Ineligible (valid but outside the age range)
/// or left New for matching to decide.
/// </summary>
/// <remarks>Stateless apart from the gazetteer's lookup cache: one instance can serve many files and threads.</remarks>
public sealed class RecordNormalizer(Gazetteer gazetteer, ValidationOptions options)
{
    private readonly PlaceResolver _places = new(gazetteer);

    public WorkerRecord Normalize(SourceRow row, SheetLayout layout, UploadLocation location)
    {
        var reference = options.EffectiveReferenceDate;
        var record = new WorkerRecord { SourceRow = row.RowNumber };
        foreach (var (field, index) in layout.FieldColumns)
        {
            record.Raw[field] = index < row.Cells.Count ? CellText.Render(row.Cells[index]) : "";
        }

        row = CellProblems.Prepare(row, layout, record.Issues, out var brokenFields);

        record.Nik = brokenFields.Contains(Field.Nik) ? null : NikRule.Validate(row.Get(layout, Field.Nik), gazetteer, record.Issues);
        var nikBirth = record.Nik is null ? null : NikBirth.FromNik(record.Nik);
        record.NoKk = KkRule.Validate(row.Get(layout, Field.NoKk), record.Issues);
        if (!brokenFields.Contains(Field.Name))
        {
            ApplyName(Text(row, layout, Field.Name), record);
        }

        BirthRule.Apply(BirthDateCell(row, layout, record), SplitColumns.Sex(row, layout) ?? row.Get(layout, Field.Sex), nikBirth, reference, record);
        _places.Apply(Text(row, layout, Field.Kecamatan), Text(row, layout, Field.Desa), location, record);
        ApplyPhone(Text(row, layout, Field.Phone), record);
        record.Occupation = OccupationClassifier.Classify(Text(row, layout, Field.Occupation));

        var eligible = EligibilityRule.Apply(record, options, reference);
        record.Status = record.HasErrors ? RecordStatus.Rejected : eligible ? RecordStatus.New : RecordStatus.Ineligible;
        return record;
    }

    private static void ApplyName(string raw, WorkerRecord record)
    {
        if (raw.Length == 0)
        {
            record.Issues.Add(IssueCatalog.NameMissing.Create());
            return;
        }

        var visible = InvisibleCharacters.Remove(raw, out var hadHidden).Trim();
        if (visible.Length == 0)
        {
            record.Issues.Add(IssueCatalog.NameMissing.Create());
            return;
        }

        if (hadHidden)
        {
            record.Issues.Add(IssueCatalog.NameHiddenCharacters.Create(visible));
            record.Raw[Field.Name] = visible;
        }

        raw = visible;
        var name = NameNormalizer.IsPlausible(raw) ? NameNormalizer.Normalize(raw) : null;
        if (name?.Name is null)
        {
            record.Issues.Add(IssueCatalog.NameInvalid.Create(raw));
            return;
        }

        record.Name = name.Name;
        record.NameTitles = name.Titles;
        record.NameKey = NameMatchKey.Build(name.Name);
    }

    /// <summary>The birth-date cell; from a combined "Tempat, Tanggal Lahir" cell the place goes to BirthPlace.</summary>
    private static object? BirthDateCell(SourceRow row, SheetLayout layout, WorkerRecord record)
    {
        var place = Text(row, layout, Field.BirthPlace);
        record.BirthPlace = place.Length == 0 ? null : place;
        var cell = SplitColumns.BirthDate(row, layout) ?? row.Get(layout, Field.BirthDate);
        if (cell is not null && CellText.Render(cell).Length > 0)
        {
            return cell;
        }

        var combined = row.Get(layout, Field.BirthPlaceAndDate);
        if (combined is not string text)
        {
            return combined ?? cell;
        }

        var (splitPlace, dateText) = BirthPlaceAndDate.Split(text);
        record.BirthPlace ??= splitPlace;
        return dateText;
    }

    private static void ApplyPhone(string raw, WorkerRecord record)
    {
        if (!raw.AsSpan().ContainsAnyInRange('0', '9'))
        {
            return;
        }

        record.Phone = PhoneNormalizer.Normalize(raw);
        if (record.Phone is null)
        {
            record.Issues.Add(IssueCatalog.PhoneInvalid.Create(raw));
        }
    }

    /// <summary>The cell as text; a lone dash, which officials type for "none", counts as empty.</summary>
    private static string Text(SourceRow row, SheetLayout layout, Field field)
    {
        var text = CellText.Render(row.Get(layout, field));
        return text.AsSpan().Trim('-').IsEmpty ? "" : text;
    }
}
