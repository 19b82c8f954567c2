using System.Runtime.CompilerServices;
using GovFunctions.Core.Cases;
using GovFunctions.Core.Milestones;

namespace GovFunctions.UnitTests.Statistics;

/// <summary>The cases a rebuild reads, in memory: only reading is played here.</summary>
internal sealed class CaseRecordsInMemory(IEnumerable<CaseRecord> records) : ICaseStore
{
    private readonly Dictionary<string, CaseRecord> _records = records.ToDictionary(r => r.State.Number);

    public Task<StoredCase?> FindAsync(string caseNumber, CancellationToken cancellationToken) =>
        Task.FromResult(_records.TryGetValue(caseNumber, out var record) ? new StoredCase(record, "\"1\"") : null);

    public async IAsyncEnumerable<string> ListCaseNumbersAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.CompletedTask;
        foreach (var number in _records.Keys)
        {
            yield return number;
        }
    }

    public Task<StoredCase> CreateAsync(CaseRecord record, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<StoredCase> ReplaceAsync(CaseRecord record, string eTag, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<string> MarkOutboxPendingAsync(OutboxNote note, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<OutboxNote>> ListOutboxPendingAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<OutboxNote?> FindOutboxNoteAsync(string caseNumber, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<bool> ClearOutboxPendingAsync(string caseNumber, string? ifMatch, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<StoredCreationKey?> FindCreationKeyAsync(string scope, string key, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<string?> TryStoreCreationKeyAsync(CreationKey key, string? ifMatch, CancellationToken cancellationToken) => throw new NotSupportedException();
}
