using System.ComponentModel.DataAnnotations;

namespace PlacementTracker.Core.Employers;

/// <summary>
/// A contact's details as a person or an import file gives them, with the rules they must meet; the contact
/// form binds to it and the employer import checks a row's contact with it.
/// </summary>
public sealed class ContactDetails
{
    [Required(ErrorMessage = "Enter the contact's full name")]
    [MaxLength(200, ErrorMessage = "Contact name must be 200 characters or fewer")]
    public string Name { get; set; } = "";

    [MaxLength(200, ErrorMessage = "Job title must be 200 characters or fewer")]
    public string? JobTitle { get; set; }

    [MaxLength(256, ErrorMessage = "Contact email address must be 256 characters or fewer")]
    [EmailAddress(ErrorMessage = "Enter the contact's email address in the correct format, like name@example.com")]
    public string? Email { get; set; }

    [MaxLength(40, ErrorMessage = "Contact phone number must be 40 characters or fewer")]
    [Phone(ErrorMessage = "Enter the contact's phone number, like 01632 960 001")]
    public string? Phone { get; set; }

    public static ContactDetails From(EmployerContact c) => new()
    {
        Name = c.Name,
        JobTitle = c.JobTitle,
        Email = c.Email,
        Phone = c.Phone,
    };

    /// <summary>Copies the details onto the contact, trimmed, and blanks stored as nothing.</summary>
    public void ApplyTo(EmployerContact c)
    {
        c.Name = Name.Trim();
        c.JobTitle = EmployerDetails.Optional(JobTitle);
        c.Email = EmployerDetails.Optional(Email);
        c.Phone = EmployerDetails.Optional(Phone);
    }
}
