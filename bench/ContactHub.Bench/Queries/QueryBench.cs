using ContactHub.Bench.Databases;
using ContactHub.Bench.Report;
using ContactHub.Contacts.Listing;
using ContactHub.Data;
using Microsoft.Extensions.DependencyInjection;

namespace ContactHub.Bench.Queries;

/// <summary>
/// Quick search and the contacts list, through the API as an integration calls it and through the service, against
/// hand-written SQL doing the same index lookups over one open connection.
/// </summary>
internal sealed class QueryBench(BenchDatabase database, HttpClient api, HttpClient backOffice, int samples)
{
    private const string SearchGoal = "p95 < 25 ms, within 2x of the raw SQL";
    private const string ListGoal = "p95 < 150 ms (server time)";
    private const string DashboardGoal = "p95 < 500 ms";

    private const string NameSql = """
        SELECT c."Id", c."Kind", c."FirstName", c."MiddleName", c."LastName", c."CompanyName", c."ReferenceCode",
               (SELECT e."Address" FROM "ContactEmails" e WHERE e."ContactId" = c."Id" AND e."IsActive" ORDER BY e."Id" LIMIT 1),
               c."Version", c."UpdatedAt"
        FROM "Contacts" c WHERE c."OrganisationId" = @o AND c."NameKey" >= @p AND c."NameKey" < @to ORDER BY c."Id" LIMIT 51
        """;

    public async Task<IReadOnlyList<QueryFigures>> SearchAsync()
    {
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var service = scope.ServiceProvider.GetRequiredService<ContactListService>();
        await using var raw = await RawSql.OpenAsync(database);
        var o = database.OrganisationId;
        var terms = new SearchTerms(db, samples);

        var names = await terms.NamePrefixesAsync();
        var rawName = await Timing.SequentialAsync(names, n => raw.RowsAsync(NameSql, ("o", o), ("p", n), ("to", n[..^1] + (char)(n[^1] + 1))));
        var viaApi = await Timing.SequentialAsync(names, async n => (await api.GetAsync($"/api/v1/contacts?name={Uri.EscapeDataString(n)}&limit=50")).EnsureSuccessStatusCode());
        var viaService = await Timing.SequentialAsync(names, n => service.ListAsync(new ContactQuery(n, null, null, null, 50), CancellationToken.None));
        var figures = new List<QueryFigures>
        {
            Compare("name prefix, accent-free (folded NameKey)", "GET /api/v1/contacts?name=", viaApi, rawName),
            Compare("name prefix, accent-free (folded NameKey)", "ContactListService.ListAsync", viaService, rawName),
        };

        var quick = new (string Name, List<string> Terms)[]
        {
            ("quick search: surname with a typo", await terms.SurnamesWithATypoAsync()),
            ("quick search: first name and surname with a typo", await terms.FullNamesWithATypoAsync()),
            ("quick search: accent-free spelling of an accented name", await terms.AccentFreeNamesAsync()),
            ("quick search: e-mail prefix", await terms.EmailPrefixesAsync()),
            ("quick search: phone digits (last nine)", await terms.PhoneEndingsAsync()),
            ("quick search: reference code", await terms.ReferenceCodesAsync()),
        };
        foreach (var (name, sample) in quick)
        {
            var baseline = await Timing.SequentialAsync(sample, async t =>
            {
                var (sql, parameters) = RawSearchSql.For(t, o);
                var ids = await raw.FirstColumnAsync(sql, parameters);
                // An empty list still asks the page once (for an id that cannot exist), as the service does.
                await raw.RowsAsync(RawSearchSql.PageOf(ids.Count), [("o", o), .. (ids.Count == 0 ? [Guid.Empty] : ids).Select((id, i) => ("i" + i, id))]);
            });
            var note = $"e.g. \"{sample[0]}\"; raw: the same index lookups by hand, one statement for the ids and one for the page.";
            var viaHttp = await Timing.SequentialAsync(sample, async t => (await api.GetAsync($"/api/v1/contacts?q={Uri.EscapeDataString(t)}&limit=50")).EnsureSuccessStatusCode());
            // The comparison is the service against the SQL; the API adds HTTP, authentication and JSON to both.
            var viaListing = await Timing.SequentialAsync(sample, t => service.ListAsync(new ContactQuery(null, null, null, null, 50) { Search = t }, CancellationToken.None));
            figures.Add(new QueryFigures(name, "GET /api/v1/contacts?q=", viaHttp, baseline, Figures.Ratio(viaHttp.P95, baseline.P95), SearchGoal, note));
            figures.Add(new QueryFigures(name, "ContactListService.ListAsync", viaListing, baseline, Figures.Ratio(viaListing.P95, baseline.P95), SearchGoal, note));
        }

        return figures;
    }

    public async Task<IReadOnlyList<QueryFigures>> ListAsync()
    {
        var pages = new (string Name, string Path)[]
        {
            ("first page", "/api/v1/contacts?limit=50"),
            ("filtered page: category", "/api/v1/contacts?category=VIP&limit=50"),
            // The query binder takes the enum name as declared ("Company"); "company" as in the JSON bodies gets a 400.
            ("filtered page: kind", "/api/v1/contacts?kind=Company&limit=50"),
            ("filtered page: status Draft", "/api/v1/contacts?status=Draft&limit=50"),
            ("filtered page: status Complete", "/api/v1/contacts?status=Complete&limit=50"),
        };
        var figures = new List<QueryFigures>();
        foreach (var (name, path) in pages)
        {
            var latency = await Timing.SequentialAsync(Enumerable.Repeat(path, samples).ToList(), async p => (await api.GetAsync(p)).EnsureSuccessStatusCode());
            figures.Add(new QueryFigures(name, "GET " + path, latency, null, null, ListGoal,
                "The API list the back-office page calls, timed at the client on loopback."));
        }

        await using var scope = database.Scope();
        var names = await new SearchTerms(scope.ServiceProvider.GetRequiredService<AppDbContext>(), samples).NamePrefixesAsync();

        // A page deep in the name order: the cursor after the first contact whose name starts like a sampled one.
        var service = scope.ServiceProvider.GetRequiredService<ContactListService>();
        var deep = new List<string>();
        foreach (var name in names)
        {
            var first = await service.ListAsync(new ContactQuery(Name: name[..1], Sort: ContactSort.Name, Limit: 1), CancellationToken.None);
            if (first.NextCursor is { } cursor)
            {
                deep.Add($"/api/v1/contacts?sort=Name&limit=50&cursor={cursor}");
            }
        }

        if (deep.Count > 0)
        {
            var deepLatency = await Timing.SequentialAsync(deep, async p => (await api.GetAsync(p)).EnsureSuccessStatusCode());
            figures.Add(new QueryFigures("page deep in the name order", "GET /api/v1/contacts?sort=Name&limit=50&cursor=", deepLatency, null, null, ListGoal,
                "The next page after the first contact whose name starts with the first letter of a sampled name: a keyset cursor in the middle of the list."));
        }

        return figures;
    }

    /// <summary>
    /// The back-office pages themselves (Razor, signed in as an operator): the whole HTML response on loopback. The
    /// list pages include the result count, the dashboard every figure it shows.
    /// </summary>
    public async Task<IReadOnlyList<QueryFigures>> BackOfficeAsync()
    {
        await using var scope = database.Scope();
        var names = await new SearchTerms(scope.ServiceProvider.GetRequiredService<AppDbContext>(), samples).NamePrefixesAsync();
        var figures = new List<QueryFigures>();
        var uiPages = new (string Name, IReadOnlyList<string> Paths)[]
        {
            ("UI page: dashboard", Enumerable.Repeat("/", samples).ToList()),
            ("UI page: first page (sorted by name)", Enumerable.Repeat("/contacts", samples).ToList()),
            ("UI page: filtered by category", Enumerable.Repeat("/contacts?category=VIP", samples).ToList()),
            ("UI page: filtered by kind", Enumerable.Repeat("/contacts?kind=Company", samples).ToList()),
            ("UI page: quick search, name prefix", [.. names.Select(n => "/contacts?q=" + Uri.EscapeDataString(n))]),
        };
        foreach (var (name, paths) in uiPages)
        {
            var latency = await Timing.SequentialAsync(paths, async p => (await backOffice.GetAsync(p)).EnsureSuccessStatusCode());
            figures.Add(new QueryFigures(name, "GET " + paths[0], latency, null, null, paths[0] == "/" ? DashboardGoal : ListGoal,
                "The Razor page signed in as an operator (cookie from the login form), the whole HTML response timed at the client on loopback."));
        }

        return figures;
    }

    private static QueryFigures Compare(string name, string path, Latency measured, Latency raw) =>
        new(name, path, measured, raw, Figures.Ratio(measured.P95, raw.P95), SearchGoal);

}
