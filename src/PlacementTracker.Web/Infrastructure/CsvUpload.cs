using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using PlacementTracker.Core.Importing;

namespace PlacementTracker.Web.Infrastructure;

/// <summary>What every import page does the same way: take the uploaded CSV file and offer a template.</summary>
public static class CsvUpload
{
    public const int MaxBytes = 5 * 1024 * 1024;

    /// <summary>The largest request an import page accepts: the file and room for the rest of the form.</summary>
    public const int MaxRequestBytes = MaxBytes + (256 * 1024);

    /// <summary>
    /// The file input's name and id, and the key of its errors: the same, so the error summary links to it.
    /// </summary>
    public const string Field = "upload";

    /// <summary>The file's bytes, or null with the reason added to <paramref name="modelState"/>.</summary>
    public static async Task<byte[]?> ReadAsync(IFormFile? upload, ModelStateDictionary modelState)
    {
        var error = upload switch
        {
            null => "Select a CSV file",
            _ when !string.Equals(Path.GetExtension(upload.FileName), ".csv", StringComparison.OrdinalIgnoreCase)
                => "The selected file must be a CSV file",
            { Length: 0 } => "The selected file is empty",
            { Length: > MaxBytes } => "The selected file must be smaller than 5 MB",
            _ => null,
        };
        if (error is not null)
        {
            modelState.AddModelError(Field, error);
            return null;
        }

        using var buffer = new MemoryStream();
        await upload!.CopyToAsync(buffer);
        return buffer.ToArray();
    }

    /// <summary>
    /// Shows a refused file as one error on the file input: the file's own problem, or, when rows are bad,
    /// a pointer to the list of row problems the page shows beside it.
    /// </summary>
    public static void AddProblems(ImportResult result, ModelStateDictionary modelState)
    {
        var fileProblem = result.Problems.Count == 1 && !IsRowProblem(result.Problems[0]);
        modelState.AddModelError(Field, fileProblem
            ? result.Problems[0]
            : "The file has problems. Nothing has been imported. Fix them and upload the file again");
    }

    public static IReadOnlyList<string> RowProblems(ImportResult? result) =>
        result?.Problems.Where(IsRowProblem).ToList() ?? [];

    /// <summary>A template file as Excel opens it correctly: UTF-8 with a byte order mark.</summary>
    public static FileContentResult Template(string text, string fileName) =>
        new([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)], "text/csv")
        {
            FileDownloadName = fileName,
        };

    private static bool IsRowProblem(string problem) => problem.StartsWith("Row ", StringComparison.Ordinal);
}
