using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ContactHub.Imports;

/// <summary>
/// A table as the bulk writers see it, read from the EF model (table, column names, store types and value
/// converters), so the bulk path writes exactly what EF would and cannot drift from the migrations.
/// </summary>
internal sealed class BulkTable
{
    private BulkTable(IEntityType entityType)
    {
        EntityType = entityType;
        Name = entityType.GetTableName() ?? throw new InvalidOperationException($"{entityType.DisplayName()} has no table.");
        Columns = [.. entityType.GetProperties().Select(p => new BulkColumn(p))];
    }

    public IEntityType EntityType { get; }

    public string Name { get; }

    public IReadOnlyList<BulkColumn> Columns { get; }

    public static BulkTable Of<T>(IModel model) =>
        new(model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model."));

    public string QuotedName => Quote(Name);

    public string QuotedColumnList => string.Join(", ", Columns.Select(c => Quote(c.Name)));

    // Both engines quote identifiers with double quotes; our names never contain one.
    private static string Quote(string identifier) => $"\"{identifier}\"";
}

/// <summary>One column: reads the entity's value and converts it as EF does (enums as strings, times as UTC).</summary>
internal sealed class BulkColumn
{
    private readonly IClrPropertyGetter _getter;
    private readonly ValueConverter? _converter;

    public BulkColumn(IProperty property)
    {
        Name = property.GetColumnName();
        Mapping = property.GetRelationalTypeMapping();
        _getter = property.GetGetter();
        _converter = Mapping.Converter;
    }

    public string Name { get; }

    public RelationalTypeMapping Mapping { get; }

    /// <summary>The value as the provider stores it, or null.</summary>
    public object? ValueOf(object entity) =>
        _getter.GetClrValueUsingContainingEntity(entity) is { } value ? _converter?.ConvertToProvider(value) ?? value : null;
}

/// <summary>The rows of one table in one batch; tables are written in the order given, parents first.</summary>
internal sealed record BulkRows(BulkTable Table, IReadOnlyList<object> Entities);
