using System.Globalization;
using System.Text.RegularExpressions;
using Pipeline.Core.Model;

namespace Pipeline.Core.Tests.Validation;

/// <summary>The catalog is the single source of issue codes; these tests keep it and its documentation honest.</summary>
public partial class IssueCatalogTests
{
    public static IReadOnlyList<IssueDefinition> Definitions => IssueCatalog.All;

    public static TheoryData<string> Codes => new(Definitions.Select(d => d.Code));

    [Fact]
    public void Codes_are_unique()
    {
        var duplicates = Definitions.GroupBy(d => d.Code).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(duplicates);
        Assert.True(Definitions.Count > 20, "the catalog should hold file and row issues");
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Each_code_is_upper_snake_case_with_both_messages(string code)
    {
        var definition = Definitions.Single(d => d.Code == code);
        Assert.Matches(UpperSnakeCase(), code);
        Assert.False(string.IsNullOrWhiteSpace(definition.MessageId));
        Assert.False(string.IsNullOrWhiteSpace(definition.MessageEn));
        Assert.NotEqual(definition.MessageId, definition.MessageEn);
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Each_message_formats_with_as_many_arguments_as_it_names(string code)
    {
        var definition = Definitions.Single(d => d.Code == code);
        var indonesian = Placeholders(definition.MessageId);
        Assert.Equal(indonesian, Placeholders(definition.MessageEn));
        var args = Enumerable.Range(0, indonesian).Select(i => (object?)$"<{i}>").ToArray();
        Assert.DoesNotContain("{", string.Format(CultureInfo.InvariantCulture, definition.MessageId, args));
        Assert.Equal(indonesian > 0, definition.HasArguments);
    }

    /// <summary>
    /// A message with arguments is made only through its typed factory: its field is a type of its own, and the
    /// untyped <c>Create()</c> refuses, so an argument of the wrong kind (a file path for a person id) cannot compile.
    /// </summary>
    [Theory]
    [MemberData(nameof(Codes))]
    public void A_message_with_arguments_has_its_own_typed_factory(string code)
    {
        var definition = Definitions.Single(d => d.Code == code);
        if (!definition.HasArguments)
        {
            Assert.Equal(typeof(IssueDefinition), definition.GetType());
            Assert.Equal(code, definition.Create().Code);
            return;
        }

        Assert.NotEqual(typeof(IssueDefinition), definition.GetType());
        Assert.Contains(definition.GetType().GetMethods(), m => m.Name.StartsWith("Create", StringComparison.Ordinal) && m.GetParameters().Length > 0);
        Assert.Throws<InvalidOperationException>(definition.Create);
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Each_code_is_documented_in_the_readme(string code) =>
        Assert.Contains($"`{code}`", Documentation.Value);

    private static readonly Lazy<string> Documentation = new(() => File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md")));

    private static int Placeholders(string message) =>
        PlaceholderPattern().Matches(message).Select(m => int.Parse(m.Groups[1].Value) + 1).DefaultIfEmpty(0).Max();

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Pipeline.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Pipeline.sln not found above the test binaries.");
    }

    [GeneratedRegex("^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$")]
    private static partial Regex UpperSnakeCase();

    [GeneratedRegex(@"\{(\d+)\}")]
    private static partial Regex PlaceholderPattern();
}
