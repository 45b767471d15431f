using System.Text.Json.Nodes;

namespace Pipeline.Integration.Tests.Infra;

/// <summary>
/// The Bicep templates built to ARM JSON with the Bicep CLI (installed from NuGet by <c>.ci/bicep.sh</c> when it is
/// missing, never skipped), and the properties Microsoft's documentation asks of a Flex Consumption app whose blob
/// triggers use the Event Grid source: no <c>ftpsState</c>, and the documented data roles on the right accounts.
/// </summary>
public sealed class TemplateTests
{
    private const string BlobDataOwner = "b7e6dc6d-f1e8-4753-8033-0f276bb0955b";
    private const string BlobDataContributor = "ba92f5b4-2d11-453d-a403-e96b0029c9fe";
    private const string QueueDataContributor = "974c5e8b-45b9-4653-ba55-5f855dd0fb88";
    private const string TableDataContributor = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3";

    private static readonly Lazy<JsonObject> Main = new(() => Build("infra/main.bicep"));

    [Fact]
    public void The_flex_consumption_site_sets_no_ftps_state_and_keeps_tls_1_2()
    {
        var site = Resources(Module("function-app")).Single(r => (string?)r["type"] == "Microsoft.Web/sites");
        var siteConfig = site["properties"]!["siteConfig"]!.AsObject();

        Assert.DoesNotContain(siteConfig, p => p.Key.Equals("ftpsState", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("ftpsState", Main.Value.ToJsonString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("1.2", (string?)siteConfig["minTlsVersion"]);
        var policies = Resources(Module("function-app")).Where(r => (string?)r["type"] == "Microsoft.Web/sites/basicPublishingCredentialsPolicies").ToList();
        Assert.Equal(2, policies.Count);
        Assert.All(policies, p => Assert.False((bool)p["properties"]!["allow"]!));
    }

    [Fact]
    public void The_app_identity_has_the_blob_trigger_roles_on_the_data_account()
    {
        var (account, roles) = RolesOf("roles-app-data");

        Assert.Equal("dataStorage", account);
        Assert.Equal(new[] { BlobDataOwner, QueueDataContributor, TableDataContributor }.Order(), roles.Order());
        Assert.DoesNotContain(BlobDataContributor, roles);
    }

    [Fact]
    public void The_app_identity_has_blob_queue_and_table_roles_on_the_host_account()
    {
        var (account, roles) = RolesOf("roles-app-host");

        Assert.Equal("deploymentStorage", account);
        Assert.Equal(new[] { BlobDataOwner, QueueDataContributor, TableDataContributor }.Order(), roles.Order());
    }

    [Fact]
    public void The_staff_upload_role_writes_blobs_and_can_do_nothing_else()
    {
        var uploaders = Resources(Module("roles-uploaders"));
        var definition = uploaders.Single(r => (string?)r["type"] == "Microsoft.Authorization/roleDefinitions");
        var permissions = Assert.Single(definition["properties"]!["permissions"]!.AsArray())!;
        var assignment = uploaders.Single(r => (string?)r["type"] == "Microsoft.Authorization/roleAssignments");

        Assert.Empty(permissions["actions"]!.AsArray());
        Assert.Equal(
            ["Microsoft.Storage/storageAccounts/blobServices/containers/blobs/add/action", "Microsoft.Storage/storageAccounts/blobServices/containers/blobs/write"],
            permissions["dataActions"]!.AsArray().Select(a => (string)a!).Order());
        Assert.Contains("roleDefinitions", (string)assignment["properties"]!["roleDefinitionId"]!, StringComparison.Ordinal);
        Assert.Contains("uploads", (string)assignment["scope"]!, StringComparison.Ordinal);
        Assert.Null(assignment["properties"]!["condition"]);
    }

    private static JsonObject Module(string name) =>
        Resources(Main.Value).Single(r => (string?)r["type"] == "Microsoft.Resources/deployments" && (string?)r["name"] == name);

    /// <summary>The account a storage-roles module targets (the <c>names</c> entry) and its role ids, variables resolved.</summary>
    private static (string Account, List<string> Roles) RolesOf(string moduleName)
    {
        var parameters = Module(moduleName)["properties"]!["parameters"]!;
        var variables = Main.Value["variables"]!;
        var account = ((string)parameters["storageAccountName"]!["value"]!).Replace("[variables('names').", "", StringComparison.Ordinal).TrimEnd(']');
        var roles = parameters["roleDefinitionIds"]!["value"]!.AsArray()
            .Select(r => (string)r!)
            .Select(r => r.StartsWith("[variables('roles').", StringComparison.Ordinal) ? (string)variables["roles"]![r[20..^1]]! : r)
            .ToList();
        return (account, roles);
    }

    /// <summary>A template's resources, whether written as an array or (symbolic names) as an object.</summary>
    private static IEnumerable<JsonObject> Resources(JsonObject deploymentOrTemplate)
    {
        var template = deploymentOrTemplate["properties"]?["template"]?.AsObject() ?? deploymentOrTemplate;
        return template["resources"] switch
        {
            JsonArray array => array.Select(r => r!.AsObject()),
            JsonObject map => map.Select(p => p.Value!.AsObject()),
            _ => [],
        };
    }

    private static JsonObject Build(string bicepFile)
    {
        var bicep = BicepPath();
        var (exitCode, output, errors) = ShellScript.Run(bicep, ["build", Path.Combine(CliTests.RepoRoot(), bicepFile), "--stdout"], new Dictionary<string, string> { ["BICEP_TRACING_ENABLED"] = "false" });
        Assert.True(exitCode == 0, $"bicep build {bicepFile} failed: {errors}");
        return JsonNode.Parse(output)!.AsObject();
    }

    /// <summary>The Bicep CLI as .ci/bicep.sh installs it (from NuGet, once); a missing CLI is installed, not skipped.</summary>
    private static string BicepPath()
    {
        var (exitCode, output, errors) = ShellScript.Bash(".ci/bicep.sh", ["--print-path"]);
        Assert.True(exitCode == 0, $".ci/bicep.sh --print-path failed: {errors}");
        return output.Trim();
    }
}
