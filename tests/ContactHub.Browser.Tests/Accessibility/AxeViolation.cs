namespace ContactHub.Browser.Tests.Accessibility;

/// <summary>One element breaking one axe rule, written so a failing test says what to fix and where.</summary>
public sealed record AxeViolation(string Rule, string Impact, string Target, string Help, string Detail)
{
    public override string ToString() =>
        $"{Rule} ({Impact}) at {Target}: {Help}{(Detail.Length == 0 ? "" : " — " + Detail.ReplaceLineEndings(" "))}";
}
