namespace ContactHub.Common;

/// <summary>Collects field errors so a request reports all of them at once, then throws if any.</summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool HasErrors => _errors.Count > 0;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            messages = [];
            _errors[field] = messages;
        }

        messages.Add(message);
    }

    /// <summary>Runs a parse that may throw a single-field validation failure and records it instead.</summary>
    public T? Capture<T>(string field, Func<T> parse)
    {
        try
        {
            return parse();
        }
        catch (FieldValueException e)
        {
            Add(field, e.Message);
            return default;
        }
    }

    public void CopyTo(ValidationErrors other)
    {
        foreach (var (field, messages) in _errors)
        {
            messages.ForEach(m => other.Add(field, m));
        }
    }

    /// <summary>The errors by field, as reported to the caller (e.g. per row of an import).</summary>
    public IReadOnlyDictionary<string, string[]> ToDictionary() => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);

    public void ThrowIfAny()
    {
        if (HasErrors)
        {
            throw new ValidationFailedException(ToDictionary());
        }
    }
}

/// <summary>Thrown by value objects when a single value is malformed; the caller names the field.</summary>
public sealed class FieldValueException(string message) : Exception(message);
