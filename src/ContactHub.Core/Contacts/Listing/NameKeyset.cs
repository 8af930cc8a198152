using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Query;

namespace ContactHub.Contacts.Listing;

/// <summary>
/// Where a page starts: the sort key of the row before it — its id, and its folded name key when the list is in name
/// order. The list decodes it from a cursor; the quick search reads its matches beyond it.
/// </summary>
internal readonly record struct KeysetPosition(Guid Id, string NameKey);

/// <summary>
/// The list's name order — the folded name key, then the id — as a keyset bound that any query over rows carrying
/// both can use: the contacts themselves, or the quick search's matches.
/// </summary>
internal static class NameKeyset
{
    /// <summary>
    /// The rows after <paramref name="from"/> in that order (before it when not <paramref name="ascending"/>). The name
    /// key's own bound comes first, so that an index on (…, name key, id) starts its range at the position: the
    /// engines make no range of "name after, or the same name and id after", and would read the range from its start.
    /// </summary>
    public static Expression<Func<T, bool>> Beyond<T>(
        Expression<Func<T, string>> nameKey, Expression<Func<T, Guid>> id, KeysetPosition from, bool ascending)
    {
        Expression<Func<string, Guid, bool>> bound = ascending
            ? (n, i) => n.CompareTo(from.NameKey) >= 0 && (n.CompareTo(from.NameKey) > 0 || i.CompareTo(from.Id) > 0)
            : (n, i) => n.CompareTo(from.NameKey) <= 0 && (n.CompareTo(from.NameKey) < 0 || i.CompareTo(from.Id) < 0);
        var row = nameKey.Parameters[0];
        var idOfRow = ReplacingExpressionVisitor.Replace(id.Parameters[0], row, id.Body);
        var body = ReplacingExpressionVisitor.Replace(
            bound.Parameters[1], idOfRow, ReplacingExpressionVisitor.Replace(bound.Parameters[0], nameKey.Body, bound.Body));
        return Expression.Lambda<Func<T, bool>>(body, row);
    }
}
