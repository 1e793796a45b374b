namespace PlacementTracker.Core.Demo;

/// <summary>Common names in England, for students of today and for the adults around them.</summary>
internal static class DemoNames
{
    public static IReadOnlyList<string> StudentGivenNames { get; } =
    [
        "Olivia", "Amelia", "Emily", "Isla", "Ava", "Jessica", "Lily", "Ella", "Mia", "Sophie", "Grace",
        "Chloe", "Evie", "Ruby", "Poppy", "Charlotte", "Holly", "Lucy", "Megan", "Hannah", "Ellie", "Freya",
        "Katie", "Amy", "Erin", "Phoebe", "Millie", "Molly", "Lauren", "Imogen", "Daisy", "Leah", "Zara",
        "Aisha", "Maryam", "Priya", "Niamh", "Caitlin", "Eleanor", "Georgia", "Jasmine", "Maisie", "Bethany",
        "Oliver", "Jack", "Harry", "Charlie", "Thomas", "James", "William", "Joshua", "George", "Alfie",
        "Daniel", "Samuel", "Joseph", "Ethan", "Mohammed", "Dylan", "Lewis", "Jacob", "Ryan", "Callum",
        "Liam", "Tyler", "Kieran", "Nathan", "Connor", "Luke", "Matthew", "Adam", "Reece", "Jake", "Owen",
        "Finley", "Max", "Harvey", "Aaron", "Kai", "Hamza", "Arjun", "Yusuf", "Ibrahim", "Kofi", "Tomasz",
        "Oscar", "Leo", "Archie", "Logan", "Riley", "Jamie",
    ];

    public static IReadOnlyList<string> AdultGivenNames { get; } =
    [
        "David", "Paul", "Mark", "Andrew", "Richard", "Stephen", "Simon", "Neil", "Ian", "Jonathan",
        "Martin", "Graham", "Steven", "Darren", "Lee", "Imran", "Tariq", "Rajesh", "Kwame", "Chidi",
        "Karen", "Sarah", "Helen", "Claire", "Nicola", "Joanne", "Emma", "Louise", "Lisa", "Michelle",
        "Rebecca", "Amanda", "Samantha", "Deborah", "Jennifer", "Victoria", "Gemma", "Anita", "Sunita",
        "Nadia", "Fiona", "Alison", "Caroline", "Julie", "Angela", "Hayley", "Kerry", "Natalie",
    ];

    public static IReadOnlyList<string> FamilyNames { get; } =
    [
        "Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas", "Johnson",
        "Roberts", "Robinson", "Thompson", "Wright", "Walker", "White", "Edwards", "Hughes", "Green", "Hall",
        "Lewis", "Harris", "Clarke", "Patel", "Jackson", "Wood", "Turner", "Martin", "Cooper", "Hill",
        "Ward", "Morris", "Moore", "Clark", "Lee", "King", "Baker", "Harrison", "Morgan", "Allen", "Scott",
        "Phillips", "Watson", "Parker", "Price", "Bennett", "Young", "Griffiths", "Mitchell", "Kelly", "Cook",
        "Carter", "Richardson", "Bailey", "Collins", "Bell", "Shaw", "Murphy", "Cox", "Khan", "Marshall",
        "Simpson", "Ellis", "Adams", "Singh", "Begum", "Wilkinson", "Foster", "Chapman", "Powell", "Webb",
        "Rogers", "Mason", "Ali", "Hunt", "Hussain", "Campbell", "Matthews", "Owen", "Palmer", "Holmes",
        "Mills", "Barnes", "Knight", "Lloyd", "Butler", "Russell", "Barker", "Fisher", "Stevens", "Jenkins",
        "Murray", "Dixon", "Ahmed", "Kaur", "Nowak", "Okafor", "Mensah", "Kowalski", "O'Brien", "Sutcliffe",
    ];

    /// <summary>The part of an email address made from a name: its letters, in lower case.</summary>
    public static string Mailbox(string name) =>
        new([.. name.Where(char.IsAsciiLetter).Select(char.ToLowerInvariant)]);

    /// <summary>A name as a web address label: "St Aidan's CE School" becomes "st-aidans-ce-school".</summary>
    public static string Slug(string name)
    {
        var spaced = new string([.. name
            .Where(c => c != '\'')
            .Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ')]);
        return string.Join('-', spaced.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
