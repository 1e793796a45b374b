using Microsoft.AspNetCore.Mvc.ModelBinding;
using PlacementTracker.Core.Students;

namespace PlacementTracker.Web.Infrastructure;

public static class ModelStateExtensions
{
    /// <summary>Puts a refused change's messages against its fields, named under <paramref name="prefix"/>.</summary>
    public static void AddErrors(this ModelStateDictionary modelState, string prefix, StudentSave? result)
    {
        foreach (var (field, message) in result?.Errors ?? new Dictionary<string, string>())
        {
            modelState.AddModelError(prefix.Length == 0 ? field : $"{prefix}.{field}", message);
        }
    }

    /// <summary>Someone saved first: their version is shown and the editor asked to make the change again.</summary>
    public static void AddConflict(this ModelStateDictionary modelState, string what)
    {
        modelState.Clear();
        modelState.AddModelError("", $"Someone else changed {what} while you were editing. " +
            "Their changes are shown: check them and make your changes again");
    }
}
