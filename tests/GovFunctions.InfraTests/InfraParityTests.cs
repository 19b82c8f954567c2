using System.Reflection;
using System.Text.Json.Nodes;
using GovFunctions.Api.Identity;
using GovFunctions.Azure.Blobs;
using GovFunctions.Azure.Configuration;
using GovFunctions.Azure.Cosmos;
using GovFunctions.Azure.Messaging;
using GovFunctions.Core.Review;

namespace GovFunctions.InfraTests;

/// <summary>What infra/ creates and configures is exactly what the app uses.</summary>
public sealed class InfraParityTests(BicepCompiler bicep) : IClassFixture<BicepCompiler>
{
    private static readonly JsonNode AppResources = JsonNode.Parse(File.ReadAllText(Repository.Path("infra", "app-resources.json")))!;

    /// <summary>Every setting an options class binds, as an app setting name (Section__Property), less the local-only ones.</summary>
    private static IEnumerable<string> SettingsTheAppReads() =>
        new[] { typeof(CosmosOptions).Assembly, typeof(AuthOptions).Assembly, typeof(AlarmOptions).Assembly }
            .SelectMany(a => a.GetTypes())
            .Select(t => (Type: t, Section: t.GetField("SectionName", BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue() as string))
            .Where(o => o.Section is not null && o.Type.Name.EndsWith("Options", StringComparison.Ordinal))
            .SelectMany(o => o.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.CanWrite && p.GetCustomAttribute<LocalOnlySettingAttribute>() is null)
                .Select(p => $"{o.Section}__{p.Name}"));

    [Fact]
    public void Every_setting_the_app_reads_is_set_on_the_function_app()
    {
        var appSettings = bicep.AllObjects()
            .Where(o => o["appSettings"] is JsonArray)
            .SelectMany(o => o["appSettings"]!.AsArray().Select(s => (string)s!["name"]!))
            .ToHashSet();

        var expected = SettingsTheAppReads().ToList();
        Assert.Contains("Cosmos__Endpoint", expected);
        Assert.Contains("Auth__Authority", expected);
        Assert.Contains("Alarms__ReviewWarningWorkingDays", expected);
        Assert.DoesNotContain("Cosmos__Key", expected);
        foreach (var setting in expected)
        {
            Assert.True(appSettings.Contains(setting), $"infra/ does not set {setting}");
        }

        Assert.Contains("AzureWebJobsStorage__credential", appSettings);
        Assert.Contains("AzureWebJobsStorage__clientId", appSettings);
        Assert.Contains("AZURE_CLIENT_ID", appSettings);
        // The outbox queue trigger's identity-based connection.
        Assert.Contains("OutboxQueue__credential", appSettings);
        Assert.Contains("OutboxQueue__clientId", appSettings);
    }

    [Fact]
    public void Local_settings_name_the_same_settings()
    {
        var local = JsonNode.Parse(File.ReadAllText(Repository.Path("functions", "GovFunctions.Functions", "local.settings.json")))!["Values"]!.AsObject();

        foreach (var setting in SettingsTheAppReads().Where(s => !s.StartsWith("Auth__Authority", StringComparison.Ordinal) && s != "Storage__BlobServiceUri"))
        {
            Assert.True(local.ContainsKey(setting), $"local.settings.json does not set {setting}");
        }
    }

    [Fact]
    public void Cosmos_database_containers_and_partition_keys_equal_the_app_constants()
    {
        Assert.Equal(new CosmosOptions().DatabaseName, (string?)AppResources["cosmos"]!["databaseName"]);
        var declared = AppResources["cosmos"]!["containers"]!.AsArray()
            .Select(c => ((string)c!["name"]!, (string)c["partitionKeyPath"]!)).Order().ToList();
        Assert.Equal(CosmosContainers.All.Select(c => (c, CosmosContainers.PartitionKeyPath)).Order(), declared);

        // The compiled template carries the same list into the containers it creates.
        var compiled = bicep.AllObjects().Where(o => o["containers"] is JsonArray && o["databaseName"] is not null)
            .Select(o => o.ToJsonString()).ToList();
        Assert.Contains(compiled, json => json.Contains("\"/partitionKey\"", StringComparison.Ordinal) && json.Contains("\"catalog\"", StringComparison.Ordinal));
        Assert.NotEmpty(bicep.Resources("Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers"));
    }

    [Fact]
    public void The_audit_trail_has_its_container_and_no_container_lets_documents_expire()
    {
        var declared = AppResources["cosmos"]!["containers"]!.AsArray().Select(c => (string)c!["name"]!).ToList();
        Assert.Contains(CosmosContainers.Audit, declared);

        var containers = bicep.Resources("Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers").ToList();
        Assert.NotEmpty(containers);
        Assert.All(containers, c => Assert.DoesNotContain("defaultTtl", c.ToJsonString(), StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Blob_containers_equal_the_app_constants()
    {
        var declared = AppResources["storage"]!["blobContainers"]!.AsArray().Select(c => (string)c!).ToList();

        Assert.Contains(new BlobStorageOptions().MaterialsContainer, declared);
        Assert.NotEmpty(bicep.Resources("Microsoft.Storage/storageAccounts/blobServices/containers"));
    }

    [Fact]
    public void The_outbox_signal_queue_is_created_and_named_as_the_app_sends_to_it()
    {
        Assert.Equal([GovFunctions.Azure.Outbox.OutboxQueueOptions.QueueName], AppResources["storage"]!["queues"]!.AsArray().Select(q => (string)q!));
        Assert.NotEmpty(bicep.Resources("Microsoft.Storage/storageAccounts/queueServices/queues"));
    }

    [Theory]
    [InlineData("b7e6dc6d-f1e8-4753-8033-0f276bb0955b", "Storage Blob Data Owner")]
    [InlineData("974c5e8b-45b9-4653-ba55-5f855dd0fb88", "Storage Queue Data Contributor")]
    [InlineData("0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3", "Storage Table Data Contributor")]
    [InlineData("3913510d-42f4-4e42-8a64-420c390055eb", "Monitoring Metrics Publisher")]
    [InlineData("69a216fc-b8fb-44d8-bc22-1f3c2cd27a39", "Azure Service Bus Data Sender")]
    [InlineData("4f6d3b9b-027b-4f4c-9142-0e5a2a2247e0", "Azure Service Bus Data Receiver")]
    [InlineData("00000000-0000-0000-0000-000000000002", "Cosmos DB Built-in Data Contributor")]
    [InlineData("b86a8fe4-44ce-4948-aee5-eccb2c155cd7", "Key Vault Secrets Officer")]
    public void Every_role_the_app_needs_is_assigned(string roleDefinitionId, string role) =>
        Assert.True(bicep.Template.ToJsonString().Contains(roleDefinitionId, StringComparison.Ordinal), $"{role} is not assigned");

    [Fact]
    public void Nothing_is_reached_with_a_key()
    {
        var storage = Assert.Single(bicep.Resources("Microsoft.Storage/storageAccounts"));
        Assert.False((bool)storage["properties"]!["allowSharedKeyAccess"]!);
        Assert.False((bool)storage["properties"]!["allowBlobPublicAccess"]!);
        Assert.Equal("TLS1_2", (string?)storage["properties"]!["minimumTlsVersion"]);
        Assert.True((bool)Assert.Single(bicep.Resources("Microsoft.DocumentDB/databaseAccounts"))["properties"]!["disableLocalAuth"]!);
        Assert.True((bool)Assert.Single(bicep.Resources("Microsoft.ServiceBus/namespaces"))["properties"]!["disableLocalAuth"]!);
        Assert.True((bool)Assert.Single(bicep.Resources("Microsoft.Insights/components"))["properties"]!["DisableLocalAuth"]!);
        var vault = Assert.Single(bicep.Resources("Microsoft.KeyVault/vaults"))["properties"]!;
        Assert.True((bool)vault["enableRbacAuthorization"]!);
        Assert.True((bool)vault["enablePurgeProtection"]!);

        var json = bicep.Template.ToJsonString();
        Assert.DoesNotContain("listKeys", json);
        Assert.DoesNotContain("AccountKey=", json);
        Assert.DoesNotContain("SharedAccessKey", json);
    }

    [Fact]
    public void The_function_app_runs_on_flex_consumption_as_its_user_assigned_identity()
    {
        var plan = Assert.Single(bicep.Resources("Microsoft.Web/serverfarms"));
        Assert.Equal(("FC1", "FlexConsumption"), ((string?)plan["sku"]!["name"], (string?)plan["sku"]!["tier"]));

        var app = Assert.Single(bicep.Resources("Microsoft.Web/sites"));
        Assert.Equal("UserAssigned", (string?)app["identity"]!["type"]);
        var config = app["properties"]!["functionAppConfig"]!;
        Assert.Equal("dotnet-isolated", (string?)config["runtime"]!["name"]);
        Assert.Equal("10.0", (string?)config["runtime"]!["version"]);
        Assert.Equal("UserAssignedIdentity", (string?)config["deployment"]!["storage"]!["authentication"]!["type"]);
        // Portals' origins may call the API; bearer tokens, so never the credentials mode.
        var cors = app["properties"]!["siteConfig"]!["cors"]!;
        Assert.False((bool)cors["supportCredentials"]!);
        Assert.Contains("portalOrigins", cors["allowedOrigins"]!.ToJsonString());
    }

    [Fact]
    public void The_milestones_topic_detects_duplicates_and_each_province_subscription_filters_on_its_code()
    {
        var topic = Assert.Single(bicep.Resources("Microsoft.ServiceBus/namespaces/topics"));
        Assert.True((bool)topic["properties"]!["requiresDuplicateDetection"]!);
        Assert.Equal(new ServiceBusOptions().TopicName, (string?)AppResources["serviceBus"]!["topicName"]);
        Assert.Equal(new ServiceBusOptions().SubscriptionPrefix, (string?)AppResources["serviceBus"]!["subscriptionPrefix"]);

        // One rule per province (a copy loop) and the catch-all for provinces without a subscription.
        var rules = bicep.Resources("Microsoft.ServiceBus/namespaces/topics/subscriptions/rules").ToList();
        Assert.Equal(2, rules.Count);
        Assert.All(rules, rule => Assert.Equal("SqlFilter", (string?)rule["properties"]!["filterType"]));
        Assert.All(rules, rule => Assert.Contains("provinceCode", rule["properties"]!["sqlFilter"]!.ToJsonString()));
        Assert.Contains(rules, rule => rule["properties"]!["sqlFilter"]!.ToJsonString().Contains("NOT IN", StringComparison.Ordinal));
        var subscriptions = bicep.Resources("Microsoft.ServiceBus/namespaces/topics/subscriptions").ToList();
        Assert.Equal(2, subscriptions.Count);
        Assert.All(subscriptions, s => Assert.True((bool)s["properties"]!["deadLetteringOnFilterEvaluationExceptions"]!));
        Assert.All(subscriptions, s => Assert.True((bool)s["properties"]!["requiresSession"]!)); // the publisher sets SessionId
    }

    [Fact]
    public void Each_province_subscription_filters_in_its_Default_rule_and_a_province_list_is_required()
    {
        var rules = bicep.Resources("Microsoft.ServiceBus/namespaces/topics/subscriptions/rules").ToList();
        Assert.Equal(2, rules.Count);
        // A rule of another name would sit beside the $Default TrueFilter every subscription starts with, and let everything in.
        Assert.All(rules, r => Assert.Contains("'$Default'", r["name"]!.ToJsonString().Replace("\\u0027", "'"), StringComparison.Ordinal));
        Assert.All(rules, r => Assert.Equal("SqlFilter", (string?)r["properties"]!["filterType"]));
        Assert.Equal(1, (int)bicep.Template["parameters"]!["provinceCodes"]!["minLength"]!);
        Assert.All(bicep.AllObjects().Where(o => ((string?)o["type"])?.StartsWith("Microsoft.ServiceBus/", StringComparison.Ordinal) == true && o["apiVersion"] is not null),
            r => Assert.DoesNotContain("preview", (string)r["apiVersion"]!, StringComparison.Ordinal));
    }

    [Fact]
    public void A_blank_authority_or_a_region_without_flex_consumption_is_refused_at_deploy_time()
    {
        var parameters = bicep.Template["parameters"]!;
        Assert.Equal(1, (int)parameters["authAuthority"]!["minLength"]!);
        var allowed = parameters["location"]!["allowedValues"]!.AsArray().Select(v => (string)v!).ToList();
        Assert.Contains("eastus2", allowed);
        Assert.DoesNotContain("chinaeast2", allowed);
        Assert.Equal("location", (string?)parameters["location"]!["metadata"]!["azd"]!["type"]);
    }

    [Fact]
    public void Every_role_is_assigned_on_the_resource_it_is_for_not_the_resource_group()
    {
        var assignments = bicep.Resources("Microsoft.Authorization/roleAssignments").ToList();
        Assert.NotEmpty(assignments);
        Assert.All(assignments, a => Assert.NotNull(a["scope"]));
    }

    [Fact]
    public void Storage_behind_the_VNet_lets_no_service_bypass_and_the_app_has_no_basic_publishing_credentials()
    {
        var storage = Assert.Single(bicep.Resources("Microsoft.Storage/storageAccounts"));
        var bypass = storage["properties"]!["networkAcls"]!["bypass"]!.ToJsonString();
        Assert.Contains("None", bypass, StringComparison.Ordinal);

        var policies = bicep.Resources("Microsoft.Web/sites/basicPublishingCredentialsPolicies").ToList();
        Assert.NotEmpty(policies);
        Assert.All(policies, p => Assert.False((bool)p["properties"]!["allow"]!));
        Assert.Contains("scm", bicep.Template.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("ftp", bicep.Template.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_host_takes_request_bodies_as_large_as_the_largest_material_slot()
    {
        var setting = bicep.AllObjects().Where(o => o["appSettings"] is JsonArray)
            .SelectMany(o => o["appSettings"]!.AsArray()).Single(s => (string?)s!["name"] == "FUNCTIONS_REQUEST_BODY_SIZE_LIMIT")!;
        Assert.Equal(GovFunctions.Core.Catalog.ServiceItemValidator.MaxMaterialSizeBytes.ToString(System.Globalization.CultureInfo.InvariantCulture), (string?)setting["value"]);
    }

    [Fact]
    public void Unfinished_direct_uploads_expire_and_only_the_app_signs_their_upload_URLs()
    {
        var policy = Assert.Single(bicep.Resources("Microsoft.Storage/storageAccounts/managementPolicies"));
        var rule = policy["properties"]!["policy"]!["rules"]!.AsArray().Single()!;
        // The materials container (app-resources.json, held equal to the app's constant above) followed by the staging prefix.
        var prefix = rule["definition"]!["filters"]!["prefixMatch"]!.ToJsonString();
        Assert.Contains("/staging/", prefix, StringComparison.Ordinal);
        Assert.Contains("blobContainers[0]", prefix, StringComparison.Ordinal);
        Assert.Equal(1, (int)rule["definition"]!["actions"]!["baseBlob"]!["delete"]!["daysAfterCreationGreaterThan"]!);
        Assert.Equal("staging/", GovFunctions.Azure.Blobs.BlobMaterialStore.StagingPrefix);
        // User-delegation SAS: no keys on the account, and the app's Blob Data Owner role carries generateUserDelegationKey.
        Assert.False((bool)Assert.Single(bicep.Resources("Microsoft.Storage/storageAccounts"))["properties"]!["allowSharedKeyAccess"]!);
        Assert.Contains("b7e6dc6d-f1e8-4753-8033-0f276bb0955b", bicep.Template.ToJsonString(), StringComparison.Ordinal);
    }
}
