using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace PlacementTracker.Web.Accounts;

/// <summary>A new password typed twice, as on the reset and invitation pages.</summary>
public sealed class NewPasswordInput
{
    [Required(ErrorMessage = "Enter a new password")]
    [MinLength(10, ErrorMessage = "Password must be 10 characters or more")]
    [MaxLength(200, ErrorMessage = "Password must be 200 characters or fewer")]
    public string Password { get; set; } = "";

    [Required(ErrorMessage = "Enter the password again")]
    [Compare(nameof(Password), ErrorMessage = "The passwords do not match. Enter the same password twice")]
    public string ConfirmPassword { get; set; } = "";

    /// <summary>
    /// Copies Identity's refusals onto the form; token failures become <paramref name="invalidLinkMessage"/>.
    /// </summary>
    public static void AddErrors(ModelStateDictionary modelState, IdentityResult result, string invalidLinkMessage)
    {
        foreach (var error in result.Errors)
        {
            var isPasswordRule = error.Code.StartsWith("Password", StringComparison.Ordinal);
            var message = error.Code is "InvalidToken" ? invalidLinkMessage : error.Description;
            modelState.AddModelError(isPasswordRule ? "Input.Password" : "", message);
        }
    }
}
