using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Access;
using PlacementTracker.Core.Auditing;
using PlacementTracker.Core.Data;
using PlacementTracker.Core.Employers;
using static PlacementTracker.Core.Importing.EmployerImportFile;

namespace PlacementTracker.Core.Importing;

/// <summary>
/// Imports employers, each with an optional main site and main contact, from a CSV file, all or nothing: every
/// row is checked by the rules the employer, site and contact forms use; a file with any bad row changes
/// nothing. Rows are matched to employers on the reference, and sites and contacts on their name within the
/// employer, so importing a file again updates in place.
/// </summary>
public sealed class EmployerImport(PlacementDbContext db, AuditLog audit)
{
    private static readonly ImportField<EmployerDetails>[] EmployerFields =
    [
        new(Reference, (d, v) => d.Reference = EmployerDetails.NormaliseReference(v)),
        new(Name, (d, v) => d.Name = v ?? ""),
        new(Sector, (d, v) => d.Sector = v),
        new(EdsNumber, (d, v) => d.EdsNumber = v),
        new(Phone, (d, v) => d.Phone = v),
        new(Email, (d, v) => d.Email = v),
        new(Website, (d, v) => d.Website = v),
        new(UsualHours, (d, v) => d.UsualHours = v),
        new(DressCode, (d, v) => d.DressCode = v),
        new(SiteInduction, (d, v) => d.SiteInduction = v),
        new(BeforeDayOne, (d, v) => d.BeforeDayOne = v),
        new(SupportNotes, (d, v) => d.SupportNotes = v),
        new(FundingNotes, (d, v) => d.FundingNotes = v),
    ];

    private static readonly ImportField<SiteDetails>[] SiteFields =
    [
        new(SiteName, (d, v) => d.Name = v ?? ""),
        new(AddressLine1, (d, v) => d.AddressLine1 = v ?? ""),
        new(AddressLine2, (d, v) => d.AddressLine2 = v),
        new(Town, (d, v) => d.Town = v ?? ""),
        new(SitePostcode, (d, v) => d.Postcode = v ?? ""),
    ];

    private static readonly ImportField<ContactDetails>[] ContactFields =
    [
        new(ContactName, (d, v) => d.Name = v ?? ""),
        new(ContactJobTitle, (d, v) => d.JobTitle = v),
        new(ContactEmail, (d, v) => d.Email = v),
        new(ContactPhone, (d, v) => d.Phone = v),
    ];

    public Task<ImportResult> PreviewAsync(byte[] content, Viewer viewer) =>
        RunAsync(content, viewer, null);

    public Task<ImportResult> ApplyAsync(byte[] content, Viewer viewer, Actor actor) =>
        RunAsync(content, viewer, actor);

    private async Task<ImportResult> RunAsync(byte[] content, Viewer viewer, Actor? actor)
    {
        if (!viewer.EditsEmployers)
        {
            return ImportResult.Refused("You cannot import employers");
        }

        var (rows, refusal) = ImportFile.Open(content, RequiredColumns, AllColumns, "employers");
        if (refusal is not null)
        {
            return refusal;
        }

        var plan = await PlanAsync(rows);
        if (plan.Problems.Count > 0 || actor is null)
        {
            return new ImportResult(plan.Problems, plan.ToAdd, plan.ToUpdate, false);
        }

        var counts = Apply(plan);
        audit.Record(actor, AuditActions.EmployersImported, "Imported employers from a file: " + counts);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            return ImportResult.Refused("Someone changed one of these employers while the file was being imported. "
                + "Nothing has been imported. Upload the file again");
        }

        return new ImportResult([], plan.ToAdd, plan.ToUpdate, true);
    }

    /// <summary>Checks every row and decides what each would change, without changing anything.</summary>
    private async Task<Plan> PlanAsync(IReadOnlyList<CsvRow> rows)
    {
        var references = rows.Select(r => EmployerDetails.NormaliseReference(r[Reference])).Distinct().ToList();
        var existing = await db.Employers
            .Include(e => e.Sites)
            .Include(e => e.Contacts)
            .AsSplitQuery()
            .Where(e => EF.Parameter(references).Contains(e.Reference))
            .ToDictionaryAsync(e => e.Reference);

        var plan = new Plan();
        var seen = new Dictionary<string, int>();
        foreach (var row in rows)
        {
            var reference = EmployerDetails.NormaliseReference(row[Reference]);
            var employer = existing.GetValueOrDefault(reference);
            var details = employer is null ? new EmployerDetails() : EmployerDetails.From(employer);
            var change = new RowChange(employer, Fill(details, row, EmployerFields));
            var problems = Check(change.Details).ToList();
            if (reference.Length > 0 && !seen.TryAdd(reference, row.Row))
            {
                problems.Add($"Reference {reference} is also on row {seen[reference]}");
            }

            PlanSite(change, row, problems);
            PlanContact(change, row, problems);
            if (problems.Count > 0)
            {
                plan.Problems.AddRange(problems.Distinct().Select(p => $"Row {row.Row}: {p}"));
            }
            else
            {
                plan.Rows.Add(change);
            }
        }

        return plan;
    }

    /// <summary>A row with any site column filled in names the employer's main site, new or matched by name.</summary>
    private static void PlanSite(RowChange change, CsvRow row, List<string> problems)
    {
        if (SiteColumns.All(c => row[c].Length == 0))
        {
            return;
        }

        var name = row[SiteName];
        change.Site = change.Employer?.Sites.FirstOrDefault(s => SameName(s.Name, name));
        change.SiteDetails = Fill(change.Site is null ? new() : SiteDetails.From(change.Site), row, SiteFields);
        var postcode = row[SitePostcode];
        problems.AddRange(Check(change.SiteDetails, (member, message) =>
            member == nameof(SiteDetails.Postcode) && postcode.Length > 0
                ? $"{SitePostcode} {postcode} is not a real postcode"
                : message));
    }

    /// <summary>A row with any contact column filled in names the main contact, new or matched by name.</summary>
    private static void PlanContact(RowChange change, CsvRow row, List<string> problems)
    {
        if (ContactColumns.All(c => row[c].Length == 0))
        {
            return;
        }

        var name = row[ContactName];
        change.Contact = change.Employer?.Contacts.FirstOrDefault(c => SameName(c.Name, name));
        change.ContactDetails = Fill(
            change.Contact is null ? new() : ContactDetails.From(change.Contact),
            row,
            ContactFields);
        problems.AddRange(Check(change.ContactDetails));
    }

    /// <summary>Makes the planned changes to the tracked records; the caller saves them in one go.</summary>
    private Counts Apply(Plan plan)
    {
        var counts = new Counts(plan.ToAdd, plan.ToUpdate);
        foreach (var change in plan.Rows)
        {
            var employer = change.Employer ?? new Employer { Id = Guid.NewGuid() };
            change.Details.ApplyTo(employer);
            if (change.Employer is null)
            {
                db.Employers.Add(employer);
            }
            else if (db.Entry(employer).Properties.Any(p => p.IsModified))
            {
                employer.Version++;
            }

            if (change.SiteDetails is not null)
            {
                var site = change.Site ?? db.EmployerSites.Add(new EmployerSite { Id = Guid.NewGuid() }).Entity;
                site.EmployerId = employer.Id;
                change.SiteDetails.ApplyTo(site);
                counts.Sites(added: change.Site is null);
            }

            if (change.ContactDetails is not null)
            {
                var contact = change.Contact
                    ?? db.EmployerContacts.Add(new EmployerContact { Id = Guid.NewGuid() }).Entity;
                contact.EmployerId = employer.Id;
                change.ContactDetails.ApplyTo(contact);
                counts.Contacts(added: change.Contact is null);
            }
        }

        return counts;
    }

    /// <summary>Copies the row's cells onto the details; a column the file leaves out keeps what is there.</summary>
    private static T Fill<T>(T details, CsvRow row, IEnumerable<ImportField<T>> fields)
    {
        foreach (var field in fields.Where(f => row.Has(f.Column)))
        {
            var text = row[field.Column];
            field.Set(details, text.Length == 0 ? null : text);
        }

        return details;
    }

    /// <summary>The messages of every rule the details break, as the forms show them, unless reworded.</summary>
    private static IEnumerable<string> Check(object details, Func<string, string, string>? reword = null)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(details, new ValidationContext(details), results, validateAllProperties: true);
        return results.Select(r => reword is null
            ? r.ErrorMessage ?? ""
            : reword(r.MemberNames.FirstOrDefault() ?? "", r.ErrorMessage ?? ""));
    }

    private static bool SameName(string stored, string name) =>
        string.Equals(stored.Trim(), name, StringComparison.OrdinalIgnoreCase);

    private sealed record ImportField<T>(string Column, Action<T, string?> Set);

    private sealed record RowChange(Employer? Employer, EmployerDetails Details)
    {
        public EmployerSite? Site { get; set; }

        public SiteDetails? SiteDetails { get; set; }

        public EmployerContact? Contact { get; set; }

        public ContactDetails? ContactDetails { get; set; }
    }

    /// <summary>What an import changed, for the audit log: counts only, never names.</summary>
    private sealed class Counts(int added, int updated)
    {
        private int sitesAdded;
        private int sitesUpdated;
        private int contactsAdded;
        private int contactsUpdated;

        public void Sites(bool added)
        {
            if (added)
            {
                sitesAdded++;
            }
            else
            {
                sitesUpdated++;
            }
        }

        public void Contacts(bool added)
        {
            if (added)
            {
                contactsAdded++;
            }
            else
            {
                contactsUpdated++;
            }
        }

        public override string ToString() =>
            $"{added} added, {updated} updated; sites: {sitesAdded} added, {sitesUpdated} updated; "
            + $"contacts: {contactsAdded} added, {contactsUpdated} updated";
    }

    private sealed class Plan
    {
        public List<string> Problems { get; } = [];

        public List<RowChange> Rows { get; } = [];

        public int ToAdd => Rows.Count(r => r.Employer is null);

        public int ToUpdate => Rows.Count(r => r.Employer is not null);
    }
}
