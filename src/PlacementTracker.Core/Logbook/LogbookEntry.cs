namespace PlacementTracker.Core.Logbook;

/// <summary>
/// One day or piece of work in the student's logbook (DOMAIN.md step 6): what they did, what they learned from it,
/// how far it took them towards their objectives, and the evidence. Only the student writes it.
/// </summary>
public class LogbookEntry
{
    public Guid Id { get; set; }

    public Guid PlacementId { get; set; }

    public DateOnly Date { get; set; }

    public string WhatIDid { get; set; } = "";

    public string Reflection { get; set; } = "";

    public string? AuthorUserId { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public uint Version { get; set; }

    public List<LogbookObjective> Objectives { get; } = [];

    public List<LogbookEvidence> Evidence { get; } = [];

    public List<LogbookComment> Comments { get; } = [];
}

/// <summary>The student's own rating of one plan objective, as at this entry.</summary>
public class LogbookObjective
{
    public Guid EntryId { get; set; }

    public Guid ObjectiveId { get; set; }

    public LogbookRating Rating { get; set; }

    public string? Comment { get; set; }
}

public enum LogbookRating
{
    NotYet,
    Progressing,
    Achieved,
}

/// <summary>A file the student attached as evidence, kept outside wwwroot under a name the app chose.</summary>
public class LogbookEvidence
{
    public Guid Id { get; set; }

    public Guid EntryId { get; set; }

    public string FileName { get; set; } = "";

    public string ContentType { get; set; } = "";

    public long Size { get; set; }

    public string StoredName { get; set; } = "";

    public DateTime UploadedAtUtc { get; set; }
}

/// <summary>A comment on an entry by the supervisor, the tutor or a coordinator.</summary>
public class LogbookComment
{
    public Guid Id { get; set; }

    public Guid EntryId { get; set; }

    public string? AuthorUserId { get; set; }

    public string AuthorName { get; set; } = "";

    public string Text { get; set; } = "";

    public DateTime CreatedAtUtc { get; set; }
}
