using ContactHub.Contacts;

namespace ContactHub.Imports;

/// <summary>A valid row of an import, waiting in a batch to be written.</summary>
public sealed record ImportRow(int Number, Contact Contact, DateTime CreatedAt);

/// <summary>
/// The hook for the organisation's uniqueness rules (<see cref="DefinitionUniquenessCheck"/>): called with each batch before it is
/// written, it returns the rows that clash with stored contacts or with each other, keyed by row number, with the
/// field errors to report. Those rows are refused like invalid ones; the rest of the batch is written.
/// </summary>
public interface IImportUniquenessCheck
{
    ValueTask<IReadOnlyDictionary<int, IReadOnlyDictionary<string, string[]>>> FindClashesAsync(IReadOnlyList<ImportRow> batch, CancellationToken ct);

    /// <summary>
    /// The oldest batch checked and not yet reported written is now committed: its rows are stored, where the check
    /// finds them, so it need not remember them any more. Batches are written in the order they were checked.
    /// </summary>
    void OldestBatchWritten();
}
