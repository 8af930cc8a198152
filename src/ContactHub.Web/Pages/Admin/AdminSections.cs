namespace ContactHub.Web.Pages.Admin;

/// <summary>The administration's pages in the order of its tabs; the first is where <c>/admin</c> leads.</summary>
public static class AdminSections
{
    public static readonly IReadOnlyList<(string Path, string Label)> All =
    [
        ("/admin/lists", "Lists"), ("/admin/rules", "Status and names"), ("/admin/uniqueness", "Uniqueness"), ("/admin/privacy-levels", "Privacy levels"), ("/admin/name-days", "Name days"),
        ("/admin/custom-fields", "Custom fields"), ("/admin/criteria", "Criteria"), ("/admin/consent-purposes", "Consent purposes"), ("/admin/channels", "Channels"), ("/admin/runs", "Runs"),
        ("/admin/history", "History"), ("/admin/organisation", "Organisation"), ("/admin/operators", "Operators"), ("/admin/api-keys", "API keys"),
    ];

    public static string Start => All[0].Path;
}
