using System.Text.RegularExpressions;
using ContactHub.Common;
using ContactHub.Contacts;
using ContactHub.Data;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.CustomFields;

/// <summary>
/// The custom-field part of the contact definition: define, change, archive and restore fields. Key, type and the
/// kind of contact are fixed once defined; an option's key stays (its label may change), so stored values keep
/// their meaning. Every change is audited (entries without a contact).
/// </summary>
public sealed partial class CustomFieldDefinitionService(AppDbContext db, Access.CallerContext caller, TimeProvider clock)
{
    public const int MaxOptions = 200;

    private static readonly string[] Immutable = ["key", "type", "appliesTo"];

    public async Task<IReadOnlyList<CustomFieldView>> ListAsync(bool includeArchived, CancellationToken ct)
    {
        var fields = await db.Set<CustomFieldDefinition>().AsNoTracking().Where(d => includeArchived || !d.IsArchived).ToListAsync(ct);
        return [.. fields.OrderBy(d => d.IsArchived).ThenBy(d => d.SortOrder).ThenBy(d => d.Key, StringComparer.Ordinal).Select(d => CustomFieldView.From(d))];
    }

    public async Task<CustomFieldView> GetAsync(string key, CancellationToken ct) =>
        CustomFieldView.From(await db.Set<CustomFieldDefinition>().AsNoTracking().FirstOrDefaultAsync(d => d.Key == key, ct) ?? throw NotFound());

    public async Task<CustomFieldView> CreateAsync(CustomFieldRequest request, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var key = request.Key?.Trim() ?? string.Empty;
        if (!KeyShape().IsMatch(key))
        {
            errors.Add("key", "A key of 2 to 50 letters and digits starting with a lower-case letter is required, e.g. \"membershipLevel\".");
        }

        var name = Name(request.Name, errors);
        if (request.Type is null)
        {
            errors.Add("type", "Choose the type: text, number, date, boolean or choice.");
        }

        var options = Options(request.Options, request.Type, [], errors);
        errors.ThrowIfAny();
        if (await db.Set<CustomFieldDefinition>().AnyAsync(d => d.Key == key, ct))
        {
            throw new ConflictException("custom-field-exists", $"A custom field '{key}' exists already (perhaps archived: restore it).");
        }

        var field = new CustomFieldDefinition(caller.RequireOrganisation(), key, name!, request.Type!.Value, request.AppliesTo ?? CustomFieldTarget.Both, clock.GetUtcNow().UtcDateTime);
        field.SetOptions(options);
        field.SetRequired(request.Required ?? false);
        if (request.Visibility is not null)
        {
            field.SetVisibility(request.Visibility.ToHashSet());
        }

        field.SetSortOrder(request.SortOrder ?? 0);
        db.Add(field);
        await db.SaveChangesAsync(ct);
        return CustomFieldView.From(field, field.Required ? await ContactsWithoutValueAsync(field, ct) : null);
    }

    /// <summary>Merge-patch of the <paramref name="present"/> fields.</summary>
    public async Task<CustomFieldView> UpdateAsync(string key, CustomFieldRequest request, IReadOnlySet<string> present, CancellationToken ct)
    {
        var field = await db.Set<CustomFieldDefinition>().FirstOrDefaultAsync(d => d.Key == key, ct) ?? throw NotFound();
        var errors = new ValidationErrors();
        foreach (var name in Immutable.Where(present.Contains))
        {
            errors.Add(name, "The key, type and kind of contact of a custom field cannot be changed; define a new field instead.");
        }

        var newName = present.Contains("name") ? Name(request.Name, errors) : field.Name;
        var options = present.Contains("options") ? Options(request.Options, field.Type, field.OptionList, errors) : field.OptionList;
        if (present.Contains("required") && request.Required is null)
        {
            errors.Add("required", "Say true or false.");
        }

        errors.ThrowIfAny();
        field.Rename(newName!);
        field.SetOptions(options);
        field.SetRequired(request.Required ?? field.Required);
        if (present.Contains("visibility"))
        {
            field.SetVisibility((request.Visibility ?? []).ToHashSet());
        }

        field.SetSortOrder(request.SortOrder ?? field.SortOrder);
        await db.SaveChangesAsync(ct);
        return CustomFieldView.From(field, field.Required ? await ContactsWithoutValueAsync(field, ct) : null);
    }

    /// <summary>Archives the field: its values stay stored (and in the history) but contacts no longer show, accept or require it.</summary>
    public Task<CustomFieldView> ArchiveAsync(string key, CancellationToken ct) => SetArchivedAsync(key, true, ct);

    public Task<CustomFieldView> RestoreAsync(string key, CancellationToken ct) => SetArchivedAsync(key, false, ct);

    private async Task<CustomFieldView> SetArchivedAsync(string key, bool archived, CancellationToken ct)
    {
        var field = await db.Set<CustomFieldDefinition>().FirstOrDefaultAsync(d => d.Key == key, ct) ?? throw NotFound();
        if (archived)
        {
            field.Archive();
        }
        else
        {
            field.Restore();
        }

        await db.SaveChangesAsync(ct);
        return CustomFieldView.From(field, field.Required && !archived ? await ContactsWithoutValueAsync(field, ct) : null);
    }

    private Task<int> ContactsWithoutValueAsync(CustomFieldDefinition field, CancellationToken ct)
    {
        var contacts = db.Contacts.AsNoTracking();
        contacts = field.AppliesTo switch
        {
            CustomFieldTarget.Persons => contacts.Where(c => c.Kind == ContactKind.Person),
            CustomFieldTarget.Companies => contacts.Where(c => c.Kind == ContactKind.Company),
            _ => contacts,
        };
        var values = db.Set<ContactCustomValue>().Where(v => v.FieldId == field.Id);
        return contacts.CountAsync(c => !values.Any(v => v.ContactId == c.Id), ct);
    }

    private static NotFoundException NotFound() => new("The custom field");

    private static string? Name(string? name, ValidationErrors errors)
    {
        var trimmed = name?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > 200 || trimmed.Any(char.IsControl))
        {
            errors.Add("name", "A name of 1 to 200 characters on one line is required.");
        }

        return trimmed;
    }

    /// <summary>
    /// The options after a create or change: only choice fields have them, keys are unique tokens, and every option
    /// already defined stays (renaming its label is fine) because stored values refer to its key.
    /// </summary>
    private static List<CustomFieldOption> Options(
        IReadOnlyList<CustomFieldOptionRequest>? requested, CustomFieldType? type, IReadOnlyList<CustomFieldOption> existing, ValidationErrors errors)
    {
        if (type != CustomFieldType.Choice)
        {
            if (requested is { Count: > 0 })
            {
                errors.Add("options", "Only a choice field has options.");
            }

            return [];
        }

        var options = new List<CustomFieldOption>();
        foreach (var (option, index) in (requested ?? []).Select((o, i) => (o, i)))
        {
            var key = option?.Key?.Trim() ?? string.Empty;
            var label = option?.Label?.Trim() ?? string.Empty;
            if (!OptionKeyShape().IsMatch(key))
            {
                errors.Add($"options[{index}].key", "An option key of 1 to 50 lower-case letters, digits, '-' or '_' is required, e.g. \"gold\".");
            }
            else if (options.Exists(o => o.Key == key))
            {
                errors.Add($"options[{index}].key", $"The option '{key}' is listed twice.");
            }

            if (label.Length is 0 or > 200 || label.Any(char.IsControl))
            {
                errors.Add($"options[{index}].label", "A label of 1 to 200 characters on one line is required.");
            }

            options.Add(new CustomFieldOption(key, label));
        }

        if (options.Count is 0 or > MaxOptions)
        {
            errors.Add("options", $"A choice field needs 1 to {MaxOptions} options.");
        }

        var dropped = existing.Where(e => !options.Exists(o => o.Key == e.Key)).Select(e => e.Key).ToList();
        if (dropped.Count > 0)
        {
            errors.Add("options", $"Options cannot be removed, because contacts may hold them: keep {string.Join(", ", dropped)} (their labels may change).");
        }

        return options;
    }

    [GeneratedRegex("^[a-z][a-zA-Z0-9]{1,49}$")]
    private static partial Regex KeyShape();

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]{0,49}$")]
    private static partial Regex OptionKeyShape();
}
