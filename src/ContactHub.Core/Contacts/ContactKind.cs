namespace ContactHub.Contacts;

public enum ContactKind
{
    Person,
    Company,
}

public enum Gender
{
    Female,
    Male,
    Diverse,
    Unspecified,
}
