using ContactHub.Bench.Databases;
using ContactHub.Bench.Report;
using ContactHub.Contacts;
using ContactHub.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ContactHub.Bench.Queries;

/// <summary>
/// Quick search and the contacts list. Only the name-prefix filter of the list API exists today; the other search
/// kinds are measured as the raw SQL plus the same query through AppDbContext, until the search feature is built.
/// </summary>
internal sealed class QueryBench(BenchDatabase database, HttpClient api, HttpClient backOffice, int samples)
{
    private const string SearchGoal = "p95 < 25 ms, within 2x of the raw SQL";
    private const string ListGoal = "p95 < 150 ms (server time)";

    private const string NameSql = """
        SELECT c."Id", c."Kind", c."FirstName", c."MiddleName", c."LastName", c."CompanyName", c."ReferenceCode",
               (SELECT e."Address" FROM "ContactEmails" e WHERE e."ContactId" = c."Id" AND e."IsActive" ORDER BY e."Id" LIMIT 1),
               c."Version", c."UpdatedAt"
        FROM "Contacts" c WHERE c."OrganisationId" = @o AND c."NameKey" LIKE @p ORDER BY c."Id" LIMIT 51
        """;

    public async Task<IReadOnlyList<QueryFigures>> SearchAsync()
    {
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var service = scope.ServiceProvider.GetRequiredService<ContactService>();
        await using var raw = await RawSql.OpenAsync(database);
        var o = database.OrganisationId;

        var names = await SampleAsync(db.Contacts.Select(c => c.NameKey), n => n.Length >= 4 ? n[..4] : n);
        var emails = await SampleAsync(db.ContactEmails.Select(e => e.Normalized), e => e[..Math.Min(6, e.Length)]);
        var phones = await SampleAsync(db.ContactPhones.Select(p => p.E164), p => p);
        var references = await SampleAsync(db.Contacts.Select(c => c.ReferenceCode!), r => r);

        var rawName = await Timing.SequentialAsync(names, n => raw.RowsAsync(NameSql, ("o", o), ("p", n + "%")));
        var viaApi = await Timing.SequentialAsync(names, async n => (await api.GetAsync($"/api/v1/contacts?name={Uri.EscapeDataString(n)}&limit=50")).EnsureSuccessStatusCode());
        var viaService = await Timing.SequentialAsync(names, n => service.ListAsync(new ContactQuery(n, null, null, null, 50), CancellationToken.None));

        return
        [
            Compare("name prefix, accent-free (folded NameKey)", "GET /api/v1/contacts?name=", viaApi, rawName),
            Compare("name prefix, accent-free (folded NameKey)", "ContactService.ListAsync", viaService, rawName),
            await CompareEfAsync("e-mail prefix", emails,
                t => db.ContactEmails.AsNoTracking().Where(e => e.Normalized.StartsWith(t)).Select(e => e.ContactId).Take(50).ToListAsync(),
                t => raw.RowsAsync("""SELECT "ContactId" FROM "ContactEmails" WHERE "OrganisationId" = @o AND "Normalized" LIKE @p LIMIT 50""", ("o", o), ("p", t + "%"))),
            await CompareEfAsync("phone number (E.164, whole number)", phones,
                t => db.ContactPhones.AsNoTracking().Where(p => p.E164 == t).Select(p => p.ContactId).Take(50).ToListAsync(),
                t => raw.RowsAsync("""SELECT "ContactId" FROM "ContactPhones" WHERE "OrganisationId" = @o AND "E164" = @p LIMIT 50""", ("o", o), ("p", t))),
            await CompareEfAsync("reference code (exact)", references,
                t => db.Contacts.AsNoTracking().Where(c => c.ReferenceCode == t).Select(c => c.Id).Take(50).ToListAsync(),
                t => raw.RowsAsync("""SELECT "Id" FROM "Contacts" WHERE "OrganisationId" = @o AND "ReferenceCode" = @p LIMIT 50""", ("o", o), ("p", t))),
            new("name with a typo", "not built", null, null, null, SearchGoal,
                "Needs the search feature (trigram index on PostgreSQL, FTS5/spellfix on SQLite); no index exists to compare against yet."),
        ];
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

        // The back-office page itself (Razor, signed in as an operator): the whole HTML response on loopback.
        await using var scope = database.Scope();
        var names = await SampleAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>().Contacts.Select(c => c.NameKey), n => n.Length >= 4 ? n[..4] : n);
        var uiPages = new (string Name, IReadOnlyList<string> Paths)[]
        {
            ("UI page: first page (sorted by name)", Enumerable.Repeat("/contacts", samples).ToList()),
            ("UI page: filtered by category", Enumerable.Repeat("/contacts?category=VIP", samples).ToList()),
            ("UI page: filtered by kind", Enumerable.Repeat("/contacts?kind=Company", samples).ToList()),
            ("UI page: quick search, name prefix", [.. names.Select(n => "/contacts?q=" + Uri.EscapeDataString(n))]),
        };
        foreach (var (name, paths) in uiPages)
        {
            var latency = await Timing.SequentialAsync(paths, async p => (await backOffice.GetAsync(p)).EnsureSuccessStatusCode());
            figures.Add(new QueryFigures(name, "GET " + paths[0], latency, null, null, ListGoal,
                "The Razor page signed in as an operator (cookie from the login form), the whole HTML response timed at the client on loopback."));
        }

        return figures;
    }

    private static QueryFigures Compare(string name, string path, Latency measured, Latency raw) =>
        new(name, path, measured, raw, Figures.Ratio(measured.P95, raw.P95), SearchGoal);

    private static async Task<QueryFigures> CompareEfAsync<T>(string name, IReadOnlyList<string> terms, Func<string, Task<List<T>>> viaEf, Func<string, Task<int>> viaRaw)
    {
        var raw = await Timing.SequentialAsync(terms, viaRaw);
        var ef = await Timing.SequentialAsync(terms, viaEf);
        return new QueryFigures(name, "AppDbContext query (no search service yet)", ef, raw, Figures.Ratio(ef.P95, raw.P95), SearchGoal,
            "The search feature is not built yet; this is the query it would run, through EF Core with the tenant filter.");
    }

    /// <summary>Terms taken from random stored rows, so every query finds something.</summary>
    private async Task<List<string>> SampleAsync(IQueryable<string> values, Func<string, string> term) =>
        [.. (await values.OrderBy(_ => EF.Functions.Random()).Take(samples).ToListAsync()).Select(term)];
}
