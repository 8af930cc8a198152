using ContactHub.Data;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Consent;

internal static class ConsentTexts
{
    /// <summary>The newest wording in the contact's language, else in its base language, else the newest of any.</summary>
    public static async Task<ConsentText?> CurrentAsync(AppDbContext db, Guid purposeId, string? language, CancellationToken ct)
    {
        var texts = await db.Set<ConsentText>().AsNoTracking().Where(t => t.PurposeId == purposeId).ToListAsync(ct);
        return Choose(texts, language);
    }

    /// <summary>Of one purpose's <paramref name="texts"/>: the newest in <paramref name="language"/>, else its base language, else the newest of any.</summary>
    public static ConsentText? Choose(IReadOnlyCollection<ConsentText> texts, string? language)
    {
        var baseLanguage = language?.Split('-')[0];
        return texts.Where(t => t.Language == language).MaxBy(t => t.Version)
            ?? texts.Where(t => t.Language == baseLanguage).MaxBy(t => t.Version)
            ?? texts.MaxBy(t => t.CreatedAt);
    }
}
