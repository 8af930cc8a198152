namespace ContactHub.Imports;

/// <summary>One refused row: its 1-based number in the input and the field errors, named as in the API.</summary>
public sealed record ImportRowError(int Row, IReadOnlyDictionary<string, string[]> Errors);

/// <summary>
/// The outcome of an import. <see cref="Errors"/> lists at most <see cref="ContactImporter.MaxReportedErrors"/> rows so a
/// broken file cannot exhaust memory; <see cref="Rejected"/> always counts them all.
/// </summary>
public sealed record ImportResult(Guid ImportId, int Rows, int Imported, int Rejected, IReadOnlyList<ImportRowError> Errors)
{
    /// <summary>The audit source of every entry the import wrote, e.g. "import:0193…".</summary>
    public string Source => ContactImporter.SourceOf(ImportId);
}
