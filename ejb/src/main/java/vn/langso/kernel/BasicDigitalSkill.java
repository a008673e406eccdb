package vn.langso.kernel;

/**
 * The five basic digital skills the teams teach (domain.md): a resident who has shown all five is proficient, the
 * national goal being one proficient person in every household.
 */
public enum BasicDigitalSkill {
    PUBLIC_SERVICES,
    ONLINE_SHOPPING,
    ONLINE_PAYMENT,
    ONLINE_SAFETY,
    LOCAL_PLATFORMS
}
