using System.Linq.Expressions;
using System.Reflection;

namespace ContactHub.Common;

/// <summary>
/// "Starts with" as a key range: every string that starts with <c>From</c> sorts at or after it and before <c>To</c>
/// (the prefix with its last character raised by one). Both engines answer a range from a b-tree index, whereas
/// SQLite's LIKE is case-insensitive and never uses the index of a binary-collated column. The keys compared this
/// way are stored in byte order on both engines (SQLite's default, collation C on PostgreSQL), which is the order of
/// code points — the same order as the .NET ordinal one outside surrogates, which is why those keep LIKE.
/// </summary>
public static class PrefixRange
{
    private static readonly MethodInfo StartsWithMethod = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
    private static readonly MethodInfo CompareToMethod = typeof(string).GetMethod(nameof(string.CompareTo), [typeof(string)])!;

    public static Expression<Func<T, bool>> StartsWith<T>(Expression<Func<T, string>> key, string prefix)
    {
        Expression body = prefix.Length == 0 || char.IsSurrogate(prefix[^1]) || prefix[^1] == char.MaxValue
            ? Expression.Call(key.Body, StartsWithMethod, Parameter(prefix))
            : Expression.AndAlso(
                Compare(key.Body, prefix, ExpressionType.GreaterThanOrEqual),
                Compare(key.Body, string.Concat(prefix.AsSpan(0, prefix.Length - 1), [(char)(prefix[^1] + 1)]), ExpressionType.LessThan));
        return Expression.Lambda<Func<T, bool>>(body, key.Parameters);
    }

    // string.CompareTo(x) op 0 is what EF Core turns into a plain comparison of the column with a parameter.
    private static BinaryExpression Compare(Expression key, string bound, ExpressionType comparison) =>
        Expression.MakeBinary(
            comparison,
            Expression.Call(key, CompareToMethod, Parameter(bound)),
            Expression.Constant(0));

    // A closure field, not a constant, so that the bound is sent as a parameter and the query plan is cached once.
    private static MemberExpression Parameter(string value) =>
        Expression.Property(Expression.Constant(new Bound(value)), nameof(Bound.Value));

    private sealed record Bound(string Value);
}
