using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ContactHub.Data;

/// <summary>All times are stored and returned as UTC; SQLite keeps no kind, so it is restored on read.</summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
