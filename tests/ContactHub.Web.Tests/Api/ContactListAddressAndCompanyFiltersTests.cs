using System.Net;
using System.Net.Http.Json;

namespace ContactHub.Web.Tests.Api;

/// <summary>
/// The list filters added for segments (issue 22): hasAddress and the postal-code range look at active addresses,
/// linkedCompany at the company a person acts for; the same names work in a segment's group.
/// </summary>
public sealed class ContactListAddressAndCompanyFiltersTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task HasAddress_PostalCodeRange_AndLinkedCompany_FilterTheList()
    {
        using var client = await factory.NewTenantAsync();
        var zurich = (await client.CreateContactAsync(new { kind = "person", lastName = "Zurich", addresses = new[] { Address("8001") } })).Id();
        var bern = (await client.CreateContactAsync(new { kind = "person", lastName = "Bern", addresses = new[] { Address("3011") } })).Id();
        var winterthur = (await client.CreateContactAsync(new { kind = "person", lastName = "Winterthur", addresses = new[] { Address("8400") } })).Id();
        var homeless = (await client.CreateContactAsync(new { kind = "person", lastName = "None" })).Id();
        var company = (await client.CreateContactAsync(new { kind = "company", companyName = "Muster AG" })).Id();
        await (await client.PostAsJsonAsync($"/api/v1/contacts/{bern}/companies", new { companyId = company, role = "Buyer" })).JsonAsync(HttpStatusCode.Created);

        Assert.Equal([zurich, bern, winterthur], await IdsAsync(client, "hasAddress=true"));
        Assert.Equal([homeless, company], await IdsAsync(client, "hasAddress=false"));
        Assert.Equal([zurich, winterthur], await IdsAsync(client, "postalCodeFrom=8000&postalCodeTo=8999"));
        Assert.Equal([zurich], await IdsAsync(client, "postalCodeFrom=8000&postalCodeTo=8100"));
        Assert.Equal([bern], await IdsAsync(client, "postalCodeTo=7999"));
        Assert.Equal([bern], await IdsAsync(client, $"linkedCompany={company}"));

        Assert.Equal(["hasAddress"], (await (await client.GetAsync("/api/v1/contacts?hasAddress=maybe")).JsonAsync(HttpStatusCode.UnprocessableEntity)).ErrorFields());
        Assert.Equal(["linkedCompany"], (await (await client.GetAsync("/api/v1/contacts?linkedCompany=nope")).JsonAsync(HttpStatusCode.UnprocessableEntity)).ErrorFields());
        var range = await (await client.GetAsync("/api/v1/contacts?postalCodeFrom=9000&postalCodeTo=8000")).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["postalCodeTo"], range.ErrorFields());

        var segment = (await (await client.PostAsJsonAsync("/api/v1/segments", new { name = "Zurich area", groups = new[] { new { postalCodeFrom = "8000", postalCodeTo = "8999" } } }))
            .JsonAsync(HttpStatusCode.Created)).Id();
        var members = await (await client.GetAsync($"/api/v1/segments/{segment}/contacts")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal([zurich, winterthur], members.GetProperty("items").EnumerateArray().Select(c => c.Id()));
    }

    private static object Address(string postalCode) => new { type = "home", street = "Gasse 1", postalCode, city = "Ort", country = "CH" };

    private static async Task<List<Guid>> IdsAsync(HttpClient client, string query) =>
        [.. (await (await client.GetAsync($"/api/v1/contacts?{query}")).JsonAsync(HttpStatusCode.OK)).GetProperty("items").EnumerateArray().Select(c => c.Id())];
}
