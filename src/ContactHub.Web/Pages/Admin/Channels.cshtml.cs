using System.ComponentModel.DataAnnotations;
using ContactHub.Consent;
using ContactHub.Definitions;
using Microsoft.AspNetCore.Mvc;

namespace ContactHub.Web.Pages.Admin;

/// <summary>
/// The channels new contacts allow (and the preferred one) and the notification types with their purpose class,
/// through <see cref="ConsentDefinitionService"/> like PUT /definition/channels and POST /definition/notification-types.
/// </summary>
public sealed class ChannelsModel(ConsentDefinitionService consent) : DefinitionPageModel
{
    public IReadOnlyList<NotificationTypeView> Types { get; private set; } = [];

    public IReadOnlyList<ConsentPurposeView> Purposes { get; private set; } = [];

    [BindProperty]
    public ChannelsForm Channels { get; set; } = new();

    [BindProperty]
    public NotificationTypeForm NewType { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var defaults = await consent.ChannelDefaultsAsync(ct);
        Channels = new ChannelsForm { Allowed = [.. defaults.AllowedChannels.Select(c => c.ToString())], Preferred = defaults.PreferredChannel };
    }

    public Task<IActionResult> OnPostChannelsAsync(CancellationToken ct)
    {
        var allowed = Enum.GetValues<Channel>().Where(c => Channels.Allowed.Contains(c.ToString())).ToList();
        return ChangeAsync(
            async () =>
            {
                var saved = await consent.SetChannelDefaultsAsync(new ChannelDefaultsRequest(allowed, Channels.Preferred), ct);
                return $"New contacts allow {(saved.AllowedChannels.Count == 0 ? "no channel" : string.Join(", ", saved.AllowedChannels))}.";
            },
            () => LoadAsync(ct),
            nameof(Channels),
            field => field switch { "allowedChannels" => "allowed", "preferredChannel" => "preferred", _ => field });
    }

    public Task<IActionResult> OnPostTypeAsync(CancellationToken ct) => ChangeAsync(
        async () =>
        {
            var request = new NotificationTypeRequest(NewType.Key, NewType.Name, NewType.PurposeClass, string.IsNullOrWhiteSpace(NewType.ConsentPurpose) ? null : NewType.ConsentPurpose);
            return $"The notification type '{(await consent.CreateNotificationTypeAsync(request, ct)).Name}' is created.";
        },
        async () => { var posted = NewType; await OnGetAsync(ct); NewType = posted; },
        nameof(NewType));

    private async Task LoadAsync(CancellationToken ct)
    {
        Types = await consent.NotificationTypesAsync(ct);
        Purposes = await consent.PurposesAsync(ct);
    }
}

/// <summary>Empty unless posted: no box ticked posts nothing.</summary>
public sealed class ChannelsForm
{
    public List<string> Allowed { get; set; } = [];
    [Display(Name = "Preferred channel")] public Channel? Preferred { get; set; }
}

public sealed class NotificationTypeForm
{
    [Display(Name = "Key")] public string? Key { get; set; }
    [Display(Name = "Name")] public string? Name { get; set; }
    [Display(Name = "Purpose class")] public PurposeClass? PurposeClass { get; set; }
    [Display(Name = "Consent purpose (marketing only)")] public string? ConsentPurpose { get; set; }
}
