using ContactHub.Common;

namespace ContactHub.Consent;

/// <summary>Allowed channels are stored as one boolean column each, so lists and batch decisions filter on plain columns.</summary>
public static class ChannelSet
{
    public static IReadOnlySet<Channel> From(bool email, bool phone, bool sms, bool letter)
    {
        var set = new HashSet<Channel>();
        if (email)
        {
            set.Add(Channel.Email);
        }

        if (phone)
        {
            set.Add(Channel.Phone);
        }

        if (sms)
        {
            set.Add(Channel.Sms);
        }

        if (letter)
        {
            set.Add(Channel.Letter);
        }

        return set;
    }

    public static (bool Email, bool Phone, bool Sms, bool Letter) Flags(IReadOnlySet<Channel> channels) =>
        (channels.Contains(Channel.Email), channels.Contains(Channel.Phone), channels.Contains(Channel.Sms), channels.Contains(Channel.Letter));

    /// <summary>The preferred channel must be one of the allowed ones (or none at all).</summary>
    public static void Validate(IReadOnlySet<Channel> allowed, Channel? preferred, ValidationErrors errors)
    {
        if (preferred is { } channel && !allowed.Contains(channel))
        {
            errors.Add("preferredChannel", $"The preferred channel '{channel.ToString().ToLowerInvariant()}' is not among the allowed channels.");
        }
    }
}
