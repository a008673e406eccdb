package vn.langso.kernel;

/** The outreach services the teams help households with (domain.md); a course says which ones it teaches. */
public enum OutreachService {
    VNEID,
    PUBLIC_SERVICE,
    CASHLESS,
    ECOMMERCE,
    DIGITAL_SIGNATURE,
    CYBER_SAFETY,
    CITIZEN_APP,
    OTHER
}
