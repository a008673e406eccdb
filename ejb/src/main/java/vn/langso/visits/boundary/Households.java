package vn.langso.visits.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.langso.accounts.boundary.Caller;
import vn.langso.kernel.AreaScope;
import vn.langso.kernel.ConflictException;
import vn.langso.kernel.InvalidInputException;
import vn.langso.kernel.ListQuery;
import vn.langso.kernel.NotFoundException;
import vn.langso.kernel.Page;
import vn.langso.kernel.PageRequest;
import vn.langso.kernel.SearchKey;
import vn.langso.kernel.UniqueInsert;
import vn.langso.org.boundary.OrgDirectory;
import vn.langso.org.boundary.UnitRef;
import vn.langso.visits.control.FieldArea;
import vn.langso.visits.control.HouseholdRules;
import vn.langso.visits.entity.Household;

/**
 * The households of the caller's field area. Team members add one from the field when it is missing, idempotently by
 * the UUID their phone made; before that, the likely duplicates are shown (same name without diacritics, same hamlet,
 * same house number or phone).
 */
@Stateless
@RolesAllowed({"ADMIN", "COORDINATOR", "TEAM_LEADER", "MEMBER"})
public class Households {

    static final Map<String, String> SORTABLE =
            Map.of("headName", "h.searchKey", "code", "h.code", "houseNumber", "h.houseNumber");

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    FieldArea field;

    @Inject
    Event<HouseholdRegistered> registered;

    @Inject
    OrgDirectory directory;

    public Page<HouseholdView> list(HouseholdFilter filter, PageRequest request) {
        ListQuery<Household> query = new ListQuery<>("select h", "from Household h", SORTABLE, "h.searchKey, h.id");
        List<Long> units = filter.unitId() == null ? field.unitIds() : subtree(filter.unitId());
        if (units != null && units.isEmpty()) {
            return Page.of(List.of(), 0, request);
        }
        if (units != null) {
            query.where("h.unitId in :units", "units", units);
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String text = filter.text().trim();
            String digits = HouseholdRules.phoneDigits(text);
            boolean phone = digits.length() >= 4;
            query.where(
                            "(h.searchKey like :text or h.code = :exact or h.houseNumber = :exact"
                                    + (phone ? " or h.phone like :digits)" : ")"),
                            "text",
                            SearchKey.containing(text))
                    .with("exact", text);
            if (phone) {
                query.with("digits", "%" + digits + "%");
            }
        }
        Page<Household> page = query.page(em, Household.class, request);
        return new Page<>(views(page.items()), page.total(), page.page(), page.size());
    }

    public HouseholdView find(long id) {
        return views(List.of(visible(id))).get(0);
    }

    /** A household of the caller's area that a phone added offline, by the UUID it made. */
    public HouseholdView findByClientId(String clientId) {
        Household household = em.createQuery("select h from Household h where h.clientId = :client", Household.class)
                .setParameter("client", HouseholdRules.clientId(clientId))
                .getResultStream()
                .findFirst()
                .orElseThrow(NotFoundException::new);
        return find(household.getId());
    }

    /**
     * The head names of households another component already holds the ids of (attendance at a session), whatever the
     * caller's area: those ids were checked against an area when they were written.
     */
    public Map<Long, String> headNames(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select h.id, h.headName from Household h where h.id in :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (String) row[1]));
    }

    /** The households the form's data may already describe: same name without diacritics in the same hamlet. */
    public List<HouseholdView> likelyDuplicates(long unitId, String headName, String houseNumber, String phone) {
        requireDeepestInArea(unitId);
        String digits = HouseholdRules.phoneDigits(phone);
        List<Household> sameName = em.createQuery(
                        "select h from Household h where h.unitId = :unit and h.searchKey = :name", Household.class)
                .setParameter("unit", unitId)
                .setParameter("name", SearchKey.of(headName))
                .setMaxResults(50)
                .getResultList();
        return views(sameName.stream()
                .filter(h -> (houseNumber != null
                                && !houseNumber.isBlank()
                                && houseNumber.trim().equalsIgnoreCase(h.getHouseNumber()))
                        || (digits != null
                                && !digits.isEmpty()
                                && digits.equals(HouseholdRules.phoneDigits(h.getPhone()))))
                .toList());
    }

    /**
     * Adds a household in a hamlet of the caller's area. With a client id, sending it again answers the stored
     * household (created false); the same id with other content is a conflict.
     */
    public HouseholdWrite create(HouseholdInput input) {
        HouseholdRules.check(input);
        UnitRef unit = requireDeepestInArea(input.unitId());
        Caller caller = field.caller();
        String clientId = input.clientId() == null || input.clientId().isBlank()
                ? null
                : HouseholdRules.clientId(input.clientId());
        String code = input.code() == null || input.code().isBlank()
                ? null
                : input.code().trim();
        LocalDateTime now = LocalDateTime.now(clock);
        String provisional =
                code != null ? code : "~" + UUID.randomUUID().toString().substring(0, 30);
        boolean inserted = UniqueInsert.insert(
                em,
                "insert into household (unit_id, code, client_id, head_name, search_key, residents, created_at,"
                        + " created_by) values (?, ?, ?, ?, ?, 1, ?, ?)",
                unit.id(),
                provisional,
                clientId,
                input.headName().trim(),
                SearchKey.of(input.headName()),
                Timestamp.valueOf(now),
                caller.username());
        if (!inserted) {
            return existing(clientId, code, unit, input);
        }
        Household household = em.createQuery(
                        "select h from Household h where h.unitId = :unit and h.code = :code", Household.class)
                .setParameter("unit", unit.id())
                .setParameter("code", provisional)
                .getSingleResult();
        describe(household, input);
        if (code == null) {
            household.takeCodeFromId();
        }
        em.flush();
        registered.fire(new HouseholdRegistered(List.of(household.getId())));
        return new HouseholdWrite(views(List.of(household)).get(0), true);
    }

    private HouseholdWrite existing(String clientId, String code, UnitRef unit, HouseholdInput input) {
        if (clientId == null) {
            throw new InvalidInputException("code", "household.codeTaken", code);
        }
        Household stored = em.createQuery("select h from Household h where h.clientId = :client", Household.class)
                .setParameter("client", clientId)
                .setLockMode(LockModeType.PESSIMISTIC_READ)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("code", "household.codeTaken", code));
        boolean same = stored.getUnitId() == unit.id()
                && stored.getHeadName().equals(input.headName().trim());
        if (!same) {
            throw new ConflictException("household.clientIdTaken");
        }
        return new HouseholdWrite(views(List.of(stored)).get(0), false);
    }

    private void describe(Household household, HouseholdInput input) {
        household.describe(
                input.headName().trim(),
                blankToNull(input.houseNumber()),
                blankToNull(input.street()),
                blankToNull(HouseholdRules.phoneDigits(input.phone())),
                input.residents() == null ? 1 : input.residents(),
                blankToNull(input.notes()));
        household.locate(input.latitude(), input.longitude(), input.accuracyMeters());
    }

    Household visible(long id) {
        Household household = em.find(Household.class, id);
        if (household == null) {
            throw new NotFoundException();
        }
        UnitRef unit = directory.unit(household.getUnitId()).orElseThrow(NotFoundException::new);
        field.requireUnit(unit.id(), unit.path());
        return household;
    }

    private UnitRef requireDeepestInArea(long unitId) {
        UnitRef unit =
                directory.unit(unitId).orElseThrow(() -> new InvalidInputException("unitId", "household.unitUnknown"));
        if (!field.area().includes(unit.path())) {
            throw new InvalidInputException("unitId", "household.unitUnknown");
        }
        if (!unit.deepest()) {
            throw new InvalidInputException("unitId", "household.unitNotHamlet");
        }
        return unit;
    }

    private List<Long> subtree(long unitId) {
        UnitRef unit = directory.unit(unitId).orElseThrow(NotFoundException::new);
        field.requireUnit(unit.id(), unit.path());
        return directory.unitIdsIn(AreaScope.subtreeOf(unit.path()));
    }

    private List<HouseholdView> views(List<Household> households) {
        Map<Long, String> units = directory.unitNames(
                households.stream().map(Household::getUnitId).distinct().toList());
        return households.stream()
                .map(h -> new HouseholdView(
                        h.getId(),
                        h.getClientId(),
                        h.getCode(),
                        h.getUnitId(),
                        units.get(h.getUnitId()),
                        h.getHeadName(),
                        h.getHouseNumber(),
                        h.getStreet(),
                        h.getPhone(),
                        h.getResidents(),
                        h.getNotes(),
                        h.getLatitude(),
                        h.getLongitude(),
                        h.getAccuracyMeters(),
                        h.isActive()))
                .toList();
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
