using System.Net;
using System.Net.Http.Json;

namespace ContactHub.Web.Tests.Api;

/// <summary>Seed 002: passport / ID numbers are shown masked unless the caller's permission allows, and never leak through the history.</summary>
public sealed class IdentityDocumentsApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static readonly object Person = new
    {
        kind = "person", lastName = "Dubois", idNumber = "FR-99887766", idCountry = "FR", passportNumber = "P12", socialSecurityNumber = "1 85 05 78 006 084 36",
    };

    [Fact]
    public async Task Documents_AreWholeForAPermittedKey_AndMaskedForAnother()
    {
        var clients = await factory.NewTenantWithKeysAsync("CH", [("free", true), ("free", false)]);
        using var permitted = clients[0];
        using var masked = clients[1];
        var id = (await permitted.CreateContactAsync(Person)).Id();

        var whole = await (await permitted.GetAsync($"/api/v1/contacts/{id}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("FR-99887766", whole.GetProperty("idNumber").GetString());
        Assert.Equal("P12", whole.GetProperty("passportNumber").GetString());

        var hidden = await (await masked.GetAsync($"/api/v1/contacts/{id}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("••••66", hidden.GetProperty("idNumber").GetString());
        Assert.Equal("••••", hidden.GetProperty("passportNumber").GetString()); // too short to show any of it
        Assert.Equal("••••36", hidden.GetProperty("socialSecurityNumber").GetString());
        Assert.Equal("FR", hidden.GetProperty("idCountry").GetString());

        // What the creator without the permission gets back is masked as well.
        var created = await masked.CreateContactAsync(new { kind = "person", lastName = "Other", idNumber = "DE-123456789" });
        Assert.Equal("••••89", created.GetProperty("idNumber").GetString());
    }

    [Fact]
    public async Task AMaskedValueSentBack_IsRefused_AndTheRealOneKept()
    {
        var clients = await factory.NewTenantWithKeysAsync("CH", [("free", true), ("free", false)]);
        using var permitted = clients[0];
        using var masked = clients[1];
        var id = (await permitted.CreateContactAsync(Person)).Id();

        var problem = await (await masked.SendAsync(HttpMethod.Patch, $"/api/v1/contacts/{id}", new { idNumber = "••••66", lastName = "Dupont" }, "\"1\""))
            .JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["idNumber"], problem.ErrorFields());

        // Without the field the rest of the change goes through, and the document stays as it was.
        await (await masked.SendAsync(HttpMethod.Patch, $"/api/v1/contacts/{id}", new { lastName = "Dupont" }, "\"1\"")).JsonAsync(HttpStatusCode.OK);
        var after = await (await permitted.GetAsync($"/api/v1/contacts/{id}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(("Dupont", "FR-99887766"), (after.GetProperty("lastName").GetString(), after.GetProperty("idNumber").GetString()));
    }

    [Fact]
    public async Task History_RecordsThatADocumentChanged_NeverItsValue()
    {
        using var client = await factory.NewTenantAsync(maySeeIdentityDocuments: true);
        var id = (await client.CreateContactAsync(Person)).Id();
        await (await client.SendAsync(HttpMethod.Patch, $"/api/v1/contacts/{id}", new { passportNumber = "P34" }, "\"1\"")).JsonAsync(HttpStatusCode.OK);

        var history = await (await client.GetAsync($"/api/v1/contacts/{id}/history")).JsonAsync(HttpStatusCode.OK);
        var text = history.GetRawText();
        Assert.DoesNotContain("P12", text, StringComparison.Ordinal);
        Assert.DoesNotContain("P34", text, StringComparison.Ordinal);
        Assert.DoesNotContain("99887766", text, StringComparison.Ordinal);
        Assert.Contains("passportNumber", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheKeyPermission_IsGrantedAtCreation_AndOffByDefault()
    {
        using var system = factory.SystemClient();
        var organisation = await (await system.PostAsJsonAsync("/api/v1/organisations", new { name = "Keys " + Guid.NewGuid(), defaultCountry = "CH" })).JsonAsync(HttpStatusCode.Created);
        var orgId = organisation.Id();
        var created = await (await system.PostAsJsonAsync($"/api/v1/organisations/{orgId}/api-keys", new { name = "box office", maySeeIdentityDocuments = true })).JsonAsync(HttpStatusCode.Created);
        Assert.True(created.GetProperty("maySeeIdentityDocuments").GetBoolean());

        var plain = await (await system.PostAsJsonAsync($"/api/v1/organisations/{orgId}/api-keys", new { name = "newsletter" })).JsonAsync(HttpStatusCode.Created);
        Assert.False(plain.GetProperty("maySeeIdentityDocuments").GetBoolean());
    }
}
