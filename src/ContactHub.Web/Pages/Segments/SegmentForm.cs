using System.ComponentModel.DataAnnotations;
using ContactHub.Common;
using ContactHub.Segments;
using ContactHub.Web.Api.Contacts;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.WebUtilities;

namespace ContactHub.Web.Pages.Segments;

/// <summary>
/// The segment form of the back office: each group of filters is one row holding the contact list's query string
/// (<c>kind=Person&amp;country=CH</c>), exactly what the list's address shows, so a segment is saved from the list
/// and checked in it with one click. Errors of a group (<c>groups[1].kind</c>) land on its row.
/// </summary>
public sealed class SegmentForm
{
    /// <summary>Rows offered beyond the groups in use, for a new group.</summary>
    public const int SpareRows = 1;

    // Paging and order are the list's view, not the segment's filter.
    private static readonly string[] NotFilters = ["cursor", "before", "limit", "sort", "descending", "in"];

    [Display(Name = "Name")]
    public string? Name { get; set; }

    [Display(Name = "Description")]
    public string? Description { get; set; }

    [Display(Name = "Shared with every operator")]
    public bool Shared { get; set; }

    [Display(Name = "Kind")]
    public SegmentKind Kind { get; set; }

    public List<string?> Groups { get; set; } = [];

    /// <summary>Pads <see cref="Groups"/> to the rows the form shows (with an empty one for a new group, if none is empty yet) and says how many.</summary>
    public int PadRows()
    {
        var rows = Groups.All(g => !string.IsNullOrWhiteSpace(g)) ? Groups.Count + SpareRows : Groups.Count;
        while (Groups.Count < rows)
        {
            Groups.Add(null);
        }

        return rows;
    }

    public static SegmentForm From(SegmentView view) => new()
    {
        Name = view.Name,
        Description = view.Description,
        Shared = view.Shared,
        Kind = view.Kind,
        Groups = [.. view.Groups.Select(QueryStringOf)],
    };

    /// <summary>A new dynamic segment with the list's current filters as its one group.</summary>
    public static SegmentForm FromList(IQueryCollection query) => new()
    {
        Groups = [QueryStringOf(query.Where(p => !NotFilters.Contains(p.Key) && !string.IsNullOrWhiteSpace(p.Value)).ToDictionary(p => p.Key, p => (string?)p.Value.ToString()))],
    };

    /// <summary>The link from the contact list: the new-segment form with the list's filters.</summary>
    public static string SaveFromList(ContactListRequest filter) =>
        QueryHelpers.AddQueryString("/segments/new", filter.Values().Where(p => !NotFilters.Contains(p.Key)).Select(p => KeyValuePair.Create(p.Key, (string?)p.Value)));

    public static string QueryStringOf(IReadOnlyDictionary<string, string?> group) =>
        QueryHelpers.AddQueryString(string.Empty, group.Where(p => p.Value is not null)).TrimStart('?');

    /// <summary>The rows in use, in order, with the form row each came from.</summary>
    public (SegmentRequest Request, int[] Rows) ToRequest()
    {
        var rows = Groups.Select((text, row) => (text, row)).Where(g => !string.IsNullOrWhiteSpace(g.text)).ToArray();
        var groups = rows.Select(g => (IReadOnlyDictionary<string, string?>)QueryHelpers.ParseQuery(g.text!.Trim().TrimStart('?'))
            .ToDictionary(p => p.Key, p => (string?)p.Value.ToString(), StringComparer.Ordinal)).ToList();
        return (new SegmentRequest(Name, Description, Shared, Kind, Kind == SegmentKind.Dynamic ? groups : []), [.. rows.Select(g => g.row)]);
    }

    /// <summary>Puts the core's errors on the form: a group's errors on the row it came from.</summary>
    public static void AddErrors(ModelStateDictionary modelState, ValidationFailedException failure, int[] rows)
    {
        foreach (var (field, messages) in failure.Errors)
        {
            var key = field.StartsWith("groups[", StringComparison.Ordinal) && int.TryParse(field[7..field.IndexOf(']', StringComparison.Ordinal)], out var index) && index < rows.Length
                ? $"Form.Groups[{rows[index]}]"
                : field == "groups" ? "Form.Groups" : ModelStateErrors.ToPropertyPath(field, "Form");
            var prefix = key.StartsWith("Form.Groups[", StringComparison.Ordinal) && field.Contains("].", StringComparison.Ordinal) ? field[(field.IndexOf("].", StringComparison.Ordinal) + 2)..] + ": " : string.Empty;
            foreach (var message in messages)
            {
                modelState.AddModelError(key, prefix + message);
            }
        }
    }
}
