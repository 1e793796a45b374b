using Microsoft.EntityFrameworkCore;
using PlacementTracker.Core.Data;
using static PlacementTracker.Core.Plans.ObjectiveKind;

namespace PlacementTracker.Core.Plans;

/// <summary>
/// Starter objective templates for several routes, written for this product, loaded into an empty library on
/// first start so coordinators have something to adapt. Coordinators may change or delete them afterwards.
/// </summary>
public sealed class ObjectiveTemplateStarterSet(PlacementDbContext db)
{
    /// <summary>Adds the starter templates when the library has none; true if it added any.</summary>
    public async Task<bool> LoadIfEmptyAsync(CancellationToken cancellationToken = default)
    {
        if (await db.ObjectiveTemplates.AnyAsync(cancellationToken))
        {
            return false;
        }

        var known = await db.Specialisms.Select(s => s.Code).ToListAsync(cancellationToken);
        var templates = Templates().Where(t => known.Contains(t.SpecialismCode)).ToList();
        db.ObjectiveTemplates.AddRange(templates);
        await db.SaveChangesAsync(cancellationToken);
        return templates.Count > 0;
    }

    /// <summary>The starter set, new each time it is asked for.</summary>
    public static IReadOnlyList<ObjectiveTemplate> Templates() =>
    [
        Template("ZTLOS005", "Software development placement", Software()),
        Template("ZTLOS090", "Software development placement", Software()),
        Template("ZTLOS013", "Adult nursing team placement", AdultNursing()),
        Template("ZTLOS023", "Site carpentry and joinery placement", Carpentry()),
        Template("ZTLOS006", "Early years setting placement", EarlyYears()),
        Template("ZTLOS045", "Mechanical maintenance placement", MechanicalMaintenance()),
        Template("ZTLOS040", "Office and business support placement", BusinessSupport()),
        Template("ZTLOS062", "Law firm placement: business and employment", Legal()),
    ];

    private static ObjectiveTemplate Template(string specialismCode, string name, ObjectiveTemplateItem[] items)
    {
        var template = new ObjectiveTemplate { Id = Guid.NewGuid(), SpecialismCode = specialismCode, Name = name };
        for (var i = 0; i < items.Length; i++)
        {
            items[i].Id = Guid.NewGuid();
            items[i].TemplateId = template.Id;
            items[i].Position = i + 1;
        }

        template.Items.AddRange(items);
        return template;
    }

    private static ObjectiveTemplateItem Item(
        ObjectiveCategory category,
        ObjectiveKind kind,
        string description,
        string skill,
        string criteria,
        string activities,
        int weeks) => new()
        {
            Category = category,
            Kind = kind,
            Description = description,
            SpecialismSkill = skill,
            SuccessCriteria = criteria,
            Activities = activities,
            TargetWeeksAfterStart = weeks,
        };

    private static ObjectiveTemplateItem[] Software() =>
    [
        Item(ObjectiveCategory.Objective, TechnicalSkill,
            "Set up the team's development environment and build, run and test the product locally",
            "Using development tools and version control",
            "Builds and runs the product without help and explains each step of the local set-up",
            "Follow the team's onboarding notes; fix any gaps you find in them; pair with a developer", 2),
        Item(ObjectiveCategory.Objective, TechnicalSkill,
            "Fix small defects from the team's backlog, each with an automated test",
            "Writing, testing and debugging code",
            "At least three fixes merged after code review, each with a test that failed before the fix",
            "Pick low-risk tickets with your supervisor; reproduce, fix, test; open a pull request", 6),
        Item(ObjectiveCategory.Objective, WorkOutput,
            "Deliver one small feature from idea to release",
            "Designing and building software to a requirement",
            "Feature released and demonstrated to the team; acceptance criteria agreed beforehand are met",
            "Take part in refinement; break the work into tasks; build, review and release it", 12),
        Item(ObjectiveCategory.Objective, Behaviour,
            "Take part in the team's daily stand-ups and planning, saying what you did and where you are stuck",
            "Working in an agile team",
            "Supervisor confirms regular, clear updates and that blockers are raised the same day",
            "Attend stand-ups, planning and a retrospective; keep a short daily log", 4),
        Item(ObjectiveCategory.Objective, Behaviour,
            "Give and act on code review feedback in a professional way",
            "Collaboration and communication",
            "Reviews at least five pull requests with useful comments; responds to feedback on your own",
            "Review colleagues' changes with a developer beside you; then review on your own", 10),
        Item(ObjectiveCategory.Objective, EmployerIndicator,
            "Follow the employer's security and data protection practices for code and test data",
            "Secure development",
            "No secrets committed; test data anonymised; completes the employer's security induction",
            "Security induction; walk through the team's secure coding checklist with your supervisor", 3),
        Item(ObjectiveCategory.LearningGoal, TechnicalSkill,
            "Learn how the product is deployed and monitored in live service",
            "Deployment and operations",
            "Explains the deployment pipeline and reads a dashboard to answer a question about live use",
            "Shadow a release; sit with whoever is on support for a day", 14),
    ];

    private static ObjectiveTemplateItem[] AdultNursing() =>
    [
        Item(ObjectiveCategory.Objective, TechnicalSkill,
            "Measure and record patients' vital signs accurately under supervision",
            "Clinical observations",
            "Observations recorded correctly and on time; concerns escalated to the registered nurse at once",
            "Practise with a nurse; take observations on the ward round; check records with your mentor", 4),
        Item(ObjectiveCategory.Objective, TechnicalSkill,
            "Help patients with personal care, eating and drinking and moving safely, respecting their dignity",
            "Person-centred care",
            "Mentor observes care given safely, with consent asked for and privacy kept every time",
            "Work alongside healthcare assistants; complete moving and handling training first", 6),
        Item(ObjectiveCategory.Objective, Behaviour,
            "Communicate with patients, relatives and colleagues with kindness and clarity",
            "Communication in care",
            "Feedback from mentor and at least one patient or relative shows clear, respectful communication",
            "Introduce yourself to each patient; take part in handovers; reflect on one difficult conversation", 8),
        Item(ObjectiveCategory.Objective, Behaviour,
            "Follow infection prevention and control procedures at all times",
            "Infection prevention",
            "Hand hygiene audits passed; correct protective equipment used for each task",
            "Infection control induction; take part in a ward hand hygiene audit", 2),
        Item(ObjectiveCategory.Objective, WorkOutput,
            "Keep accurate, timely care records for the tasks you carry out",
            "Record keeping",
            "Records checked by the mentor are complete, legible and signed",
            "Complete fluid balance and care charts under supervision", 10),
        Item(ObjectiveCategory.Objective, EmployerIndicator,
            "Complete the trust's mandatory training for students on placement",
            "Working within policy",
            "All modules recorded as complete before working on the ward unsupervised",
            "Safeguarding, fire safety, information governance and basic life support modules", 1),
        Item(ObjectiveCategory.LearningGoal, TechnicalSkill,
            "Understand the roles in the multidisciplinary team and when to refer to each",
            "Teamwork in healthcare",
            "Explains the roles of five team members and gives an example of a referral",
            "Spend time with a physiotherapist, a pharmacist and a discharge coordinator", 12),
    ];

    private static ObjectiveTemplateItem[] Carpentry() =>
    [
        Item(ObjectiveCategory.Objective, TechnicalSkill,
            "Mark out, cut and fix timber components to drawings and specifications",
            "Setting out and cutting",
            "Work within the tolerances on the drawing, checked by the supervisor",
            "Stud partitions, noggins and skirting under supervision", 6),
        Item(ObjectiveCategory.Objective, TechnicalSkill,
            "Hang internal doors and fit ironmongery to a finished standard",
            "Second fix carpentry",
            "Three doors hung with even gaps, smooth operation and no damage to the finish",
            "Work with a carpenter on second fix; then hang doors with checks at each stage", 10),
        Item(ObjectiveCategory.Objective, Behaviour,
            "Work safely on site, using the right protective equipment and tools",
            "Health and safety",
            "No safety breaches; takes part in toolbox talks; reports hazards",
            "Site induction; daily toolbox talks; check power tools before use", 1),
        Item(ObjectiveCategory.Objective, Behaviour,
            "Arrive on time, ready for work, and keep the work area tidy",
            "Professional conduct on site",
            "Supervisor confirms punctuality and a clean, safe work area every week",
            "Sign in each morning; clear and sort waste at the end of each task", 2),
        Item(ObjectiveCategory.Objective, WorkOutput,
            "Produce a cutting list and materials estimate for a small job",
            "Estimating and planning",
            "Cutting list agreed with the supervisor with waste allowed for",
            "Measure a room for skirting and architrave; price materials from the supplier's list", 8),
        Item(ObjectiveCategory.Objective, EmployerIndicator,
            "Follow the company's quality checks before handing over finished work",
            "Quality assurance",
            "Two jobs pass the supervisor's snagging check first time",
            "Use the company snagging checklist on your own work", 12),
        Item(ObjectiveCategory.LearningGoal, TechnicalSkill,
            "Understand how a building project is sequenced and how carpentry fits in with other trades",
            "Construction process",
            "Explains the sequence of trades on the current site and why it matters",
            "Attend a site meeting; shadow the site manager for a morning", 9),
    ];

    private static ObjectiveTemplateItem[] EarlyYears() =>
    [
        Item(ObjectiveCategory.Objective, TechnicalSkill,
            "Plan and lead short play activities that support children's learning and development",
            "Planning for play",
            "Three activities planned, led and evaluated, with the room leader's feedback",
            "Observe the room leader; plan an activity a week; reflect on what worked", 8),
        Item(ObjectiveCategory.Objective, TechnicalSkill,
            "Observe children and record what you see to inform their next steps",
            "Observation and assessment",
            "Five observations written in the setting's format, agreed by your supervisor",
            "Use the setting's observation forms; discuss each observation with a key person", 6),
        Item(ObjectiveCategory.Objective, Behaviour,
            "Follow the setting's safeguarding procedures and know who to go to with a concern",
            "Safeguarding children",
            "Names the designated safeguarding lead and explains the steps for reporting a concern",
            "Safeguarding induction; read the setting's policy; discuss scenarios with your supervisor", 1),
        Item(ObjectiveCategory.Objective, Behaviour,
            "Build warm, professional relationships with children, staff and parents",
            "Working with families",
            "Room leader confirms appropriate, friendly communication at drop-off and pick-up",
            "Greet families with a key person; take part in a parents' event", 4),
        Item(ObjectiveCategory.Objective, WorkOutput,
            "Make a display or resource that supports a current topic",
            "Creating an enabling environment",
            "Resource used by the children and kept by the setting",
            "Agree the topic with the room leader; make and put up the resource", 10),
        Item(ObjectiveCategory.Objective, EmployerIndicator,
            "Support care routines: meal times, hand washing, nappy changing and sleep",
            "Care routines",
            "Routines carried out safely and hygienically, checked by your supervisor",
            "Work alongside staff at each routine; follow the setting's hygiene rules", 3),
        Item(ObjectiveCategory.LearningGoal, TechnicalSkill,
            "Learn how the setting supports children with special educational needs and disabilities",
            "Inclusive practice",
            "Explains two ways the setting adapts activities for individual children",
            "Spend time with the special needs coordinator; see an individual support plan in use", 12),
    ];

    private static ObjectiveTemplateItem[] MechanicalMaintenance() =>
    [
        Item(ObjectiveCategory.Objective, TechnicalSkill,
            "Carry out planned maintenance tasks on plant and machinery to the schedule",
            "Planned preventive maintenance",
            "Tasks completed to the job card and signed off by the maintenance engineer",
            "Lubrication, belt and filter changes alongside an engineer", 6),
        Item(ObjectiveCategory.Objective, TechnicalSkill,
            "Help find the cause of a mechanical fault and put it right",
            "Fault finding",
            "Takes part in two breakdowns and explains the cause and the fix in a short report",
            "Join the engineer on call-outs; use manuals and diagrams to trace faults", 12),
        Item(ObjectiveCategory.Objective, Behaviour,
            "Follow safe isolation and lock-out procedures every time",
            "Safe working",
            "Supervisor observes correct isolation before each task",
            "Lock-out tag-out training; practise isolation on equipment that is off", 1),
        Item(ObjectiveCategory.Objective, Behaviour,
            "Work well with production staff to plan maintenance with least disruption",
            "Teamwork and communication",
            "Production team leader gives positive feedback on communication",
            "Attend the morning production meeting; agree maintenance windows", 8),
        Item(ObjectiveCategory.Objective, WorkOutput,
            "Keep maintenance records and update the maintenance system",
            "Maintenance records",
            "All job cards for your tasks completed and entered accurately",
            "Record parts used and time taken; close jobs on the system", 4),
        Item(ObjectiveCategory.Objective, EmployerIndicator,
            "Suggest one improvement that would reduce downtime on a machine",
            "Continuous improvement",
            "Improvement idea presented to the maintenance manager with costs and benefits",
            "Study the breakdown history of one machine; discuss ideas with engineers", 14),
        Item(ObjectiveCategory.LearningGoal, TechnicalSkill,
            "Understand how condition monitoring predicts failures before they happen",
            "Condition monitoring",
            "Reads a vibration or thermal report and says what action it suggests",
            "Shadow a condition monitoring survey", 10),
    ];

    private static ObjectiveTemplateItem[] BusinessSupport() =>
    [
        Item(ObjectiveCategory.Objective, TechnicalSkill,
            "Manage the team's shared inbox and diary requests accurately and on time",
            "Administrative processes",
            "Emails answered or passed on within the team's target time; no diary clashes",
            "Cover the inbox alongside an administrator, then on your own for agreed periods", 4),
        Item(ObjectiveCategory.Objective, TechnicalSkill,
            "Keep a spreadsheet or database of business records up to date and correct",
            "Using business software",
            "Records checked at random by your supervisor are complete and accurate",
            "Enter and check records; use filters and simple formulas to answer questions", 6),
        Item(ObjectiveCategory.Objective, WorkOutput,
            "Organise a meeting or small event from booking to follow-up",
            "Organising meetings and events",
            "Meeting runs to time with room, papers and notes handled by you",
            "Book rooms, send papers, take notes and circulate actions", 10),
        Item(ObjectiveCategory.Objective, Behaviour,
            "Handle customer and colleague enquiries politely and professionally",
            "Customer service",
            "Supervisor and at least one customer or colleague give positive feedback",
            "Answer the phone and reception desk with a colleague; follow the call guide", 3),
        Item(ObjectiveCategory.Objective, Behaviour,
            "Handle confidential information in line with data protection rules",
            "Data protection",
            "Completes data protection training; follows clear-desk and secure filing practice",
            "Data protection induction; review the team's filing with your supervisor", 1),
        Item(ObjectiveCategory.Objective, EmployerIndicator,
            "Review one office process and suggest how it could be simpler",
            "Business improvement",
            "Process map and suggestion presented to the team leader",
            "Map the current steps; talk to the people who use the process", 12),
        Item(ObjectiveCategory.LearningGoal, TechnicalSkill,
            "Understand how the organisation is structured and how your team supports its aims",
            "Business environment",
            "Explains the organisation chart and the purpose of three departments",
            "Short visits to other departments; read the business plan summary", 8),
    ];

    private static ObjectiveTemplateItem[] Legal() =>
    [
        Item(ObjectiveCategory.Objective, TechnicalSkill,
            "Carry out legal research on a question set by a fee earner and report the findings",
            "Legal research",
            "Research note accurate and sourced; the fee earner can rely on it",
            "Use the firm's research tools; write a short note for each question", 8),
        Item(ObjectiveCategory.Objective, TechnicalSkill,
            "Draft standard letters and documents from the firm's precedents",
            "Drafting",
            "Three drafts approved by a fee earner with only minor changes",
            "Draft client letters and simple contracts from precedents; compare with final versions", 10),
        Item(ObjectiveCategory.Objective, Behaviour,
            "Keep client information confidential and follow the firm's professional standards",
            "Professional ethics",
            "Completes confidentiality training; no breaches during the placement",
            "Compliance induction; discuss a conflict check with the compliance team", 1),
        Item(ObjectiveCategory.Objective, Behaviour,
            "Manage your own tasks to meet deadlines and say early when a deadline is at risk",
            "Time management",
            "Supervisor confirms tasks done on time or risks raised in advance",
            "Keep a task list; agree priorities with your supervisor each week", 4),
        Item(ObjectiveCategory.Objective, WorkOutput,
            "Open and maintain client files in the case management system",
            "Case and file management",
            "Files opened with complete details; key dates recorded correctly",
            "Open new matters; update files after each step under supervision", 6),
        Item(ObjectiveCategory.Objective, EmployerIndicator,
            "Attend a client meeting and write an accurate attendance note",
            "Client care",
            "Attendance note approved by the fee earner",
            "Sit in on client meetings; write the note the same day", 12),
        Item(ObjectiveCategory.LearningGoal, TechnicalSkill,
            "Understand how an employment tribunal claim progresses from start to finish",
            "Employment law process",
            "Explains the main stages and time limits of a claim",
            "Follow a live matter with a fee earner; attend a hearing if possible", 14),
    ];
}
