using Pipeline.Core.Door;

namespace Pipeline.Core.Tests.Door;

/// <summary>What the village page says about a list's rows: the problems to fix first.</summary>
public sealed class UploadProblemsTests
{
    [Fact]
    public void Errors_come_before_warnings_then_the_most_frequent_with_their_first_rows()
    {
        var problems = new UploadProblems();
        problems.Add(4, "PHONE_INVALID");
        problems.Add(5, "PHONE_INVALID;PHONE_INVALID");
        problems.Add(6, "PHONE_INVALID");
        problems.Add(7, "NIK_WRONG_LENGTH");
        problems.Add(8, "NAME_MISSING;NIK_MISSING");
        problems.Add(9, "NIK_WRONG_LENGTH;ENROLLED_BPJS");
        problems.Add(10, "DUPLICATE_OTHER_FILE");
        problems.Add(11, "");

        var top = problems.Top(3);

        Assert.Equal(["NIK_WRONG_LENGTH", "NAME_MISSING", "NIK_MISSING"], top.Select(p => p.Code));
        Assert.Equal(2, top[0].Rows);
        Assert.Equal([7, 9], top[0].FirstRows);
        Assert.True(top[0].IsError);
        Assert.Contains("berisi … digit, seharusnya 16 digit", top[0].What);
        Assert.Equal("Periksa kembali dengan KTP/KK.", top[0].WhatToDo);
        Assert.Equal(["NIK_WRONG_LENGTH", "NAME_MISSING", "NIK_MISSING", "PHONE_INVALID"], problems.Top(10).Select(p => p.Code));
        Assert.Equal(3, problems.Top(10)[3].Rows);
    }

    [Fact]
    public void At_most_five_rows_are_named_per_problem()
    {
        var problems = new UploadProblems();
        foreach (var row in Enumerable.Range(4, 12))
        {
            problems.Add(row, "NAME_MISSING");
        }

        var only = Assert.Single(problems.Top(3));
        Assert.Equal(12, only.Rows);
        Assert.Equal([4, 5, 6, 7, 8], only.FirstRows);
    }
}
