using GovFunctions.Core.Cases;

namespace GovFunctions.Azure.Cosmos;

/// <summary>A case's line in one list: partition = the list, id = the case number.</summary>
internal sealed record CaseViewDocument(string Id, string PartitionKey, CaseSummary Summary);
