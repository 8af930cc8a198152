namespace ContactHub.Consent;

/// <summary>The ways a contact can be reached.</summary>
public enum Channel
{
    Email,
    Phone,
    Sms,
    Letter,
}

/// <summary>The purpose class of a notification type decides whether marketing consent applies.</summary>
public enum PurposeClass
{
    /// <summary>Needs the consent of its purpose ("apply data protection").</summary>
    Marketing,

    /// <summary>Customer care notices: ignore marketing opt-outs, respect channels and validity.</summary>
    Service,

    /// <summary>Invoices, dunning: like service.</summary>
    Financial,
}

public enum ConsentPurposeKind
{
    DirectMarketing,
    AffiliateMarketing,
    Other,
}

public enum BounceStatus
{
    None,
    Soft,
    Hard,
}
