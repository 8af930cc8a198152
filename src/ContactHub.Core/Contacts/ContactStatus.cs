using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Text.Json;
using ContactHub.Common;

namespace ContactHub.Contacts;

/// <summary>Draft until the mandatory master data is filled in and, for a person, it is linked to a company (seed 003). Computed, never set.</summary>
public enum ContactStatus
{
    Draft,
    Complete,
}

/// <summary>
/// The definition's completeness rule: which fields each kind of contact needs to be <see cref="ContactStatus.Complete"/>
/// ("email", "phone" and "address" mean an active one). A person also needs a company link. The rule is one
/// expression, translated to SQL for the status filter and compiled for a loaded contact, so both always agree.
/// </summary>
public sealed record CompletenessRules(IReadOnlyList<string> Persons, IReadOnlyList<string> Companies)
{
    public static readonly CompletenessRules Default = new(["firstName", "lastName"], ["companyName"]);

    private static readonly ConcurrentDictionary<CompletenessRules, (Expression<Func<Contact, bool>> Sql, Func<Contact, bool> Compiled)> Built = new(new RulesComparer());

    private static readonly Dictionary<string, Expression<Func<Contact, bool>>> Shared = new(StringComparer.Ordinal)
    {
        ["countryOfResidence"] = c => c.CountryOfResidence != null,
        ["preferredLanguage"] = c => c.PreferredLanguage != null,
        ["referenceCode"] = c => c.ReferenceCode != null,
        ["email"] = c => c.Emails.Any(e => e.IsActive),
        ["phone"] = c => c.Phones.Any(p => p.IsActive),
        ["address"] = c => c.Addresses.Any(a => a.IsActive),
        ["industry"] = c => c.Industry != null,
        ["sector"] = c => c.Sector != null,
        ["dataOrigin"] = c => c.DataOrigin != null,
    };

    private static readonly Dictionary<string, Expression<Func<Contact, bool>>> PersonFields = new(Shared, StringComparer.Ordinal)
    {
        ["title"] = c => c.Title != null,
        ["firstName"] = c => c.FirstName != null,
        ["middleName"] = c => c.MiddleName != null,
        ["lastName"] = c => c.LastName != null,
        ["gender"] = c => c.Gender != null,
        ["dateOfBirth"] = c => c.DateOfBirth != null,
        ["accessibilityNeeds"] = c => c.AccessibilityNeeds.Any(),
        // Identity documents are tested on their sealed columns: present exactly when the document is (and queryable).
        ["idNumber"] = c => c.SealedIdNumber != null,
        ["idCountry"] = c => c.IdCountry != null,
        ["passportNumber"] = c => c.SealedPassportNumber != null,
        ["passportCountry"] = c => c.PassportCountry != null,
        ["socialSecurityNumber"] = c => c.SealedSocialSecurityNumber != null,
    };

    private static readonly Dictionary<string, Expression<Func<Contact, bool>>> CompanyFields = new(Shared, StringComparer.Ordinal)
    {
        ["companyName"] = c => c.CompanyName != null,
        ["vatNumber"] = c => c.VatNumber != null,
        ["taxReference"] = c => c.TaxReference != null,
        ["registrationDetails"] = c => c.RegistrationDetails != null,
        ["employees"] = c => c.Employees != null,
        ["annualTurnover"] = c => c.AnnualTurnover != null,
        ["establishedOn"] = c => c.EstablishedOn != null,
        ["profileYear"] = c => c.ProfileYear != null,
    };

    private static readonly Expression<Func<Contact, bool>> LinkedToCompany = c => c.CompanyLinks.Any();

    public static IReadOnlyCollection<string> FieldsFor(ContactKind kind) => (kind == ContactKind.Person ? PersonFields : CompanyFields).Keys;

    public static CompletenessRules Parse(IReadOnlyList<string>? persons, IReadOnlyList<string>? companies, string field, ValidationErrors errors) =>
        new(ParseKind(persons, ContactKind.Person, Path(field, "persons"), errors), ParseKind(companies, ContactKind.Company, Path(field, "companies"), errors));

    private static string Path(string parent, string name) => parent.Length == 0 ? name : $"{parent}.{name}";

    /// <summary>The status of a contact loaded with its parts.</summary>
    public ContactStatus StatusOf(Contact contact) => Build().Compiled(contact) ? ContactStatus.Complete : ContactStatus.Draft;

    /// <summary>The contacts of <paramref name="status"/>, as a condition the database evaluates.</summary>
    public Expression<Func<Contact, bool>> Where(ContactStatus status)
    {
        var complete = Build().Sql;
        return status == ContactStatus.Complete ? complete : Expression.Lambda<Func<Contact, bool>>(Expression.Not(complete.Body), complete.Parameters);
    }

    public string ToJson() => JsonSerializer.Serialize(new Stored(Persons, Companies));

    public static CompletenessRules FromJson(string? json) =>
        string.IsNullOrEmpty(json) ? Default : JsonSerializer.Deserialize<Stored>(json) is { } s ? new(s.Persons, s.Companies) : Default;

    private (Expression<Func<Contact, bool>> Sql, Func<Contact, bool> Compiled) Build() => Built.GetOrAdd(this, rules =>
    {
        var contact = Expression.Parameter(typeof(Contact), "c");
        var person = All(contact, [.. rules.Persons.Select(f => PersonFields[f]), LinkedToCompany]);
        var company = All(contact, [.. rules.Companies.Select(f => CompanyFields[f])]);
        var body = Expression.OrElse(
            Expression.AndAlso(Expression.Equal(Expression.Property(contact, nameof(Contact.Kind)), Expression.Constant(ContactKind.Person)), person),
            Expression.AndAlso(Expression.Equal(Expression.Property(contact, nameof(Contact.Kind)), Expression.Constant(ContactKind.Company)), company));
        var lambda = Expression.Lambda<Func<Contact, bool>>(body, contact);
        return (lambda, lambda.Compile());
    });

    private static Expression All(ParameterExpression contact, IEnumerable<Expression<Func<Contact, bool>>> conditions) =>
        conditions.Select(c => new Rebind(c.Parameters[0], contact).Visit(c.Body)).Aggregate((Expression)Expression.Constant(true), Expression.AndAlso);

    private static IReadOnlyList<string> ParseKind(IReadOnlyList<string>? fields, ContactKind kind, string field, ValidationErrors errors)
    {
        var known = kind == ContactKind.Person ? PersonFields : CompanyFields;
        foreach (var unknown in (fields ?? []).Where(f => !known.ContainsKey(f ?? string.Empty)))
        {
            errors.Add(field, $"'{unknown}' is not a field a {kind.ToString().ToLowerInvariant()} can be required to have; use one of: {string.Join(", ", known.Keys.Order(StringComparer.Ordinal))}.");
        }

        return [.. (fields ?? []).Where(f => f is not null && known.ContainsKey(f)).Distinct(StringComparer.Ordinal)];
    }

    private sealed record Stored(IReadOnlyList<string> Persons, IReadOnlyList<string> Companies);

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }

    private sealed class RulesComparer : IEqualityComparer<CompletenessRules>
    {
        public bool Equals(CompletenessRules? x, CompletenessRules? y) =>
            x is not null && y is not null && x.Persons.SequenceEqual(y.Persons) && x.Companies.SequenceEqual(y.Companies);

        public int GetHashCode(CompletenessRules obj) => HashCode.Combine(string.Join(',', obj.Persons), string.Join(',', obj.Companies));
    }
}
