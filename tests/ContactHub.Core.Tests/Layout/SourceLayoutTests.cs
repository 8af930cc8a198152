using System.Text.RegularExpressions;

namespace ContactHub.Core.Tests.Layout;

/// <summary>
/// A file holds the type it is named after, so a reader finds a type by its name. Accepted: <c>Name.cs</c> declaring
/// <c>Name</c>; a part of a partial type (<c>Contact.Parts.cs</c>); a Razor page model (<c>Edit.cshtml.cs</c> declaring
/// <c>EditModel</c>); a plural name for a group of small related types (<c>ConsentRequests.cs</c>); <c>Program.cs</c>.
/// </summary>
public sealed partial class SourceLayoutTests
{
    [Fact]
    public void EveryFile_HoldsTheTypeItIsNamedAfter()
    {
        var root = RepositoryRoot();
        var misplaced = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories)
                     .Concat(Directory.EnumerateFiles(Path.Combine(root, "bench"), "*.cs", SearchOption.AllDirectories)))
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            if (relative.Contains("/obj/", StringComparison.Ordinal) || relative.Contains("/bin/", StringComparison.Ordinal)
                || relative.Contains("/Migrations/", StringComparison.Ordinal))
            {
                continue;
            }

            var name = Path.GetFileName(file).Split('.')[0];
            var declared = Declaration().Matches(File.ReadAllText(file)).Select(m => m.Groups["name"].Value).ToHashSet(StringComparer.Ordinal);
            var holdsItsType = declared.Contains(name) || declared.Contains(name + "Model") || name == "Program"
                || (name.EndsWith('s') && declared.Count > 1);
            if (!holdsItsType)
            {
                misplaced.Add($"{relative} holds {string.Join(", ", declared)}");
            }
        }

        Assert.True(misplaced.Count == 0, "Name each file after the type it holds:\n" + string.Join('\n', misplaced));
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ContactHub.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (ContactHub.slnx) is not above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"^\s*(?:(?:public|internal|private|protected|file|sealed|static|abstract|partial|readonly|ref)\s+)*(?:(?:class|record\s+struct|record\s+class|record|struct|interface|enum)\s+(?<name>\w+)|delegate\s+\S+\s+(?<name>\w+)\s*\()", RegexOptions.Multiline)]
    private static partial Regex Declaration();
}
