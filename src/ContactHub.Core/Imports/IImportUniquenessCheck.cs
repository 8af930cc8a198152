using ContactHub.Contacts;

namespace ContactHub.Imports;

/// <summary>A valid row of an import, waiting in a batch to be written.</summary>
public sealed record ImportRow(int Number, Contact Contact, DateTime CreatedAt);

/// <summary>
/// The hook for the organisation's uniqueness rules (issue 3, not built yet): called with each batch before it is
/// written, it returns the rows that clash with stored contacts or with each other, keyed by row number, with the
/// field errors to report. Those rows are refused like invalid ones; the rest of the batch is written.
/// </summary>
public interface IImportUniquenessCheck
{
    ValueTask<IReadOnlyDictionary<int, IReadOnlyDictionary<string, string[]>>> FindClashesAsync(IReadOnlyList<ImportRow> batch, CancellationToken ct);
}

/// <summary>Until the uniqueness rules exist nothing clashes; the import path already asks.</summary>
internal sealed class NoUniquenessRules : IImportUniquenessCheck
{
    private static readonly IReadOnlyDictionary<int, IReadOnlyDictionary<string, string[]>> None =
        new Dictionary<int, IReadOnlyDictionary<string, string[]>>();

    public ValueTask<IReadOnlyDictionary<int, IReadOnlyDictionary<string, string[]>>> FindClashesAsync(IReadOnlyList<ImportRow> batch, CancellationToken ct) =>
        ValueTask.FromResult(None);
}
