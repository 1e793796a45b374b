using PlacementTracker.Web.Email;

namespace PlacementTracker.Web.Infrastructure;

public static class EmailSetup
{
    public static void AddEmail(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection("Email");
        builder.Services.Configure<EmailOptions>(section);

        var configured = section["PickupDirectory"];
        var folder = Path.Combine(builder.Environment.DataDirectory(builder.Configuration),
            string.IsNullOrWhiteSpace(configured) ? "mail" : configured);
        Directory.CreateDirectory(folder);

        builder.Services.AddSingleton(new MailPickupFolder(folder));
        builder.Services.AddScoped<Mailer>();
        builder.Services.AddScoped<Core.Agreements.IAgreementMessages, Agreements.AgreementEmails>();
        builder.Services.AddScoped<Core.Timesheets.ITimesheetMessages, Timesheets.TimesheetEmails>();
        builder.Services.AddSingleton(SiteLinks.FromConfiguration(builder.Configuration));
    }
}
