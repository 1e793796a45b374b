namespace PlacementTracker.Web.Infrastructure;

/// <summary>One choice in a select, radios or checkboxes; <paramref name="Group"/> makes optgroups.</summary>
public sealed record FieldOption(string Value, string Text, string? Group = null);

/// <summary>A GOV.UK select, radios or checkboxes field, rendered by the matching partial in Pages/Shared.</summary>
public sealed record ChoiceField(
    string Name,
    string Label,
    IReadOnlyList<FieldOption> Options,
    IReadOnlyCollection<string> Selected,
    string? Hint = null);

/// <summary>A GOV.UK textarea, rendered by Pages/Shared/_Textarea.</summary>
public sealed record TextareaField(string Name, string Label, string? Value, string? Hint = null, int Rows = 5);

/// <summary>A row of a GOV.UK summary list.</summary>
public sealed record SummaryRow(string Key, string Value);

/// <summary>
/// The file upload of an import page, rendered by Pages/Shared/_ImportUpload: it checks the file, or once the
/// check has passed, imports it with <paramref name="ImportButton"/> as the button's text.
/// </summary>
public sealed record ImportUploadForm(bool Ready, string ImportButton);
