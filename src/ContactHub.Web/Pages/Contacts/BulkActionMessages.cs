using System.Globalization;
using ContactHub.Contacts.Bulk;
using ContactHub.Runs;

namespace ContactHub.Web.Pages.Contacts;

/// <summary>What a bulk action did, in words: the message after one done at once, and the lines of a run's report.</summary>
public static class BulkActionMessages
{
    private static readonly CultureInfo Numbers = CultureInfo.InvariantCulture;

    public static string Done(BulkAction action, string description, BulkActionResult result)
    {
        var changed = result.Changed.ToString("N0", Numbers);
        var unchanged = result.Scanned - result.Changed - result.Failed;
        var text = action switch
        {
            BulkAction.AddCategory => $"{description}: added to {changed} {Contacts(result.Changed)}{(unchanged > 0 ? $"; {unchanged:N0} already had it" : "")}.",
            BulkAction.RemoveCategory => $"{description}: removed from {changed} {Contacts(result.Changed)}{(unchanged > 0 ? $"; {unchanged:N0} did not have it" : "")}.",
            BulkAction.Delete => $"{changed} {Contacts(result.Changed)} moved to the recycle bin; they can be restored there for 30 days.",
            _ => $"{description}: {string.Join(", ", Outcomes(result.Report))}.",
        };
        return result.Failed == 0 ? text
            : $"{text} {result.Failed:N0} could not be changed: {string.Join(" ", result.Report.Failures.Take(3).Select(f => f.Reason))}";
    }

    /// <summary>"812 reachable", "40 by fallback", "12 not reachable", then the reasons, "40 without consent".</summary>
    public static IEnumerable<string> Outcomes(RunResult report) =>
        report.Counts.Where(c => c.Value > 0).Select(c => $"{c.Value.ToString("N0", Numbers)} {Label(c.Key)}");

    public static string Label(string key) => key switch
    {
        "reachable" => "reachable",
        "fallback" => "reachable by a fallback channel",
        "notReachable" => "not reachable",
        "changed" => "changed",
        "unchanged" => "unchanged (nothing to do)",
        "failed" => "refused by a rule",
        _ when key.StartsWith("reason:", StringComparison.Ordinal) => "with reason " + key["reason:".Length..],
        _ => key,
    };

    private static string Contacts(long count) => count == 1 ? "contact" : "contacts";
}
