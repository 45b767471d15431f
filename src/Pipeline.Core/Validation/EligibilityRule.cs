using System.Globalization;
using Pipeline.Core.Model;

namespace Pipeline.Core.Validation;

/// <summary>
/// Computes the age at the reference date and tells whether it is inside the eligible range
/// (BPU: 15 up to, not including, 65). Outside the range is a warning with the age, not an error:
/// the row is correct, the person simply cannot be enrolled.
/// </summary>
public static class EligibilityRule
{
    public static int AgeOn(DateOnly birth, DateOnly reference)
    {
        var age = reference.Year - birth.Year;
        return reference < birth.AddYears(age) ? age - 1 : age;
    }

    /// <summary>Sets <see cref="WorkerRecord.Age"/>; returns false (and adds the issue) when outside the range.</summary>
    public static bool Apply(WorkerRecord record, ValidationOptions options, DateOnly reference)
    {
        if (record.BirthDate is not { } birth)
        {
            return true;
        }

        var age = AgeOn(birth, reference);
        record.Age = age;
        var on = reference.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);
        if (age < options.MinAge)
        {
            record.Issues.Add(IssueCatalog.AgeTooYoung.Create(age, on, options.MinAge));
            return false;
        }

        if (age >= options.MaxAgeExclusive)
        {
            record.Issues.Add(IssueCatalog.AgeTooOld.Create(age, on, options.MaxAgeExclusive));
            return false;
        }

        return true;
    }
}
