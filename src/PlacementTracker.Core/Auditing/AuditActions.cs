namespace PlacementTracker.Core.Auditing;

public static class AuditActions
{
    public const string SignedIn = "SignedIn";
    public const string SignInFailed = "SignInFailed";
    public const string LockedOut = "LockedOut";
    public const string SignedOut = "SignedOut";
    public const string PasswordResetRequested = "PasswordResetRequested";
    public const string PasswordReset = "PasswordReset";
    public const string UserInvited = "UserInvited";
    public const string InvitationAccepted = "InvitationAccepted";
    public const string UserUpdated = "UserUpdated";
    public const string RolesChanged = "RolesChanged";
    public const string UserLocked = "UserLocked";
    public const string UserUnlocked = "UserUnlocked";
    public const string TwoFactorEnabled = "TwoFactorEnabled";
    public const string TwoFactorDisabled = "TwoFactorDisabled";
    public const string SettingsChanged = "SettingsChanged";
    public const string ClosureDayAdded = "ClosureDayAdded";
    public const string ClosureDayRemoved = "ClosureDayRemoved";
    public const string AdministratorCreated = "AdministratorCreated";
    public const string StudentAdded = "StudentAdded";
    public const string StudentChanged = "StudentChanged";

    /// <summary>The SEND and adjustments section changed; its content is never written to the log.</summary>
    public const string StudentSendChanged = "StudentSendChanged";

    /// <summary>Students imported from a file; the event holds counts only, never personal data.</summary>
    public const string StudentsImported = "StudentsImported";

    /// <summary>Employers imported from a file; the event holds counts only, never names or contact details.</summary>
    public const string EmployersImported = "EmployersImported";

    public const string EmployerAdded = "EmployerAdded";
    public const string EmployerChanged = "EmployerChanged";
    public const string EmployerSiteAdded = "EmployerSiteAdded";
    public const string EmployerSiteChanged = "EmployerSiteChanged";
    public const string EmployerContactAdded = "EmployerContactAdded";
    public const string EmployerContactChanged = "EmployerContactChanged";
    public const string EmployerContactRemoved = "EmployerContactRemoved";
    public const string AccountabilityAdded = "AccountabilityAdded";
    public const string AccountabilityChanged = "AccountabilityChanged";
    public const string AccountabilityRemoved = "AccountabilityRemoved";
    public const string SupervisorLinked = "SupervisorLinked";
    public const string SupervisorUnlinked = "SupervisorUnlinked";
    public const string DueDiligenceRecorded = "DueDiligenceRecorded";
    public const string OpportunityAdded = "OpportunityAdded";
    public const string OpportunityChanged = "OpportunityChanged";
    public const string AgreementGenerated = "AgreementGenerated";

    /// <summary>The agreement's content changed: a new version replaced it and its signatures were voided.</summary>
    public const string AgreementChanged = "AgreementChanged";

    public const string AgreementSigned = "AgreementSigned";

    public const string FeedbackNoteAdded = "FeedbackNoteAdded";
    public const string LogbookEntryAdded = "LogbookEntryAdded";
    public const string LogbookEntryChanged = "LogbookEntryChanged";
    public const string LogbookEvidenceAdded = "LogbookEvidenceAdded";
    public const string LogbookCommentAdded = "LogbookCommentAdded";

    public const string RequiredHoursChanged = "RequiredHoursChanged";
    public const string PlacementSetUp = "PlacementSetUp";
    public const string PlacementChanged = "PlacementChanged";
    public const string PlacementStatusChanged = "PlacementStatusChanged";

    public const string ObjectiveAdded = "ObjectiveAdded";
    public const string ObjectiveChanged = "ObjectiveChanged";
    public const string ObjectiveRemoved = "ObjectiveRemoved";
    public const string PlanBuiltFromTemplate = "PlanBuiltFromTemplate";
    public const string ObjectiveTemplateAdded = "ObjectiveTemplateAdded";
    public const string ObjectiveTemplateChanged = "ObjectiveTemplateChanged";
    public const string ObjectiveTemplateDeleted = "ObjectiveTemplateDeleted";

    public const string ReviewsScheduled = "ReviewsScheduled";
    public const string ReviewDueDateMoved = "ReviewDueDateMoved";
    public const string ReviewAdded = "ReviewAdded";
    public const string ReviewRecorded = "ReviewRecorded";
    public const string ReviewEmployerPartSaved = "ReviewEmployerPartSaved";
    public const string ReviewStudentPartSaved = "ReviewStudentPartSaved";
    public const string ReviewConfirmed = "ReviewConfirmed";

    /// <summary>An administrator added, renamed, reordered or retired a progress-indicator area or level.</summary>
    public const string ProgressIndicatorChanged = "ProgressIndicatorChanged";
}
