using ContactHub.Common;

namespace ContactHub.NameDays;

public sealed record NameDayRuleRequest(string? Date, IReadOnlyList<string?>? Names);

public sealed record NameDayRulesRequest(IReadOnlyList<NameDayRuleRequest?>? Rules);

/// <summary>A validated rule: its day and its trimmed names, in the given order.</summary>
public sealed record ParsedNameDayRule(NameDay Date, IReadOnlyList<string> Names);

/// <summary>
/// Validates a whole list of name-day rules at once, naming each bad field (<c>rules[2].date</c>,
/// <c>rules[0].names[1]</c>): a day as MM-DD that exists, one rule per day, 1 to 100 names per day, each name
/// 1 to 100 characters on one line, and no name (case and accents folded) on two days or twice on one.
/// </summary>
public static class NameDayRules
{
    public const int MaxRules = 366;
    public const int MaxNamesPerRule = 100;
    public const int MaxNameLength = 100;

    public static IReadOnlyList<ParsedNameDayRule> Parse(NameDayRulesRequest request, ValidationErrors errors)
    {
        if (request.Rules is null)
        {
            errors.Add("rules", "List the name-day rules (an empty list removes all of them).");
            return [];
        }

        if (request.Rules.Count > MaxRules)
        {
            errors.Add("rules", $"At most {MaxRules} rules, one per day of the year.");
            return [];
        }

        var parsed = new List<ParsedNameDayRule>();
        var days = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new Dictionary<string, (string Day, int Rule)>(StringComparer.Ordinal);
        for (var i = 0; i < request.Rules.Count; i++)
        {
            var field = $"rules[{i}]";
            if (request.Rules[i] is not { } rule)
            {
                errors.Add(field, "A rule is an object {\"date\": \"MM-DD\", \"names\": [...]}.");
                continue;
            }

            var date = errors.Capture(field + ".date", () => NameDay.Parse(rule.Date));
            if (date is not null && !days.TryAdd(date.ToString(), i))
            {
                errors.Add(field + ".date", $"rules[{days[date.ToString()]}] is for {date} already; list all names of a day in one rule.");
            }

            var ruleNames = Names(rule.Names, field, date?.ToString(), i, names, errors);
            if (date is not null)
            {
                parsed.Add(new ParsedNameDayRule(date, ruleNames));
            }
        }

        return parsed;
    }

    private static List<string> Names(IReadOnlyList<string?>? given, string field, string? day, int rule, Dictionary<string, (string Day, int Rule)> seen, ValidationErrors errors)
    {
        if (given is null || given.Count == 0)
        {
            errors.Add(field + ".names", "A rule names at least one name celebrated on its day.");
            return [];
        }

        if (given.Count > MaxNamesPerRule)
        {
            errors.Add(field + ".names", $"At most {MaxNamesPerRule} names per day.");
            return [];
        }

        var names = new List<string>();
        for (var j = 0; j < given.Count; j++)
        {
            var nameField = $"{field}.names[{j}]";
            var name = given[j]?.Trim() ?? string.Empty;
            if (name.Length is 0 or > MaxNameLength || name.Any(char.IsControl))
            {
                errors.Add(nameField, $"A name of 1 to {MaxNameLength} characters on one line is required.");
                continue;
            }

            var key = TextNormalizer.Fold(name);
            if (seen.TryGetValue(key, out var earlier))
            {
                errors.Add(nameField, earlier.Rule == rule
                    ? $"'{name}' is listed twice in this rule."
                    : $"'{name}' is celebrated on {earlier.Day} already (rules[{earlier.Rule}]); a name has one name day.");
                continue;
            }

            seen[key] = (day ?? "another day", rule);
            names.Add(name);
        }

        return names;
    }
}
