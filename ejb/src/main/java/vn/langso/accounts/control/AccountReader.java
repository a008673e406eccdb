package vn.langso.accounts.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.langso.accounts.boundary.AccountFilter;
import vn.langso.accounts.boundary.AccountView;
import vn.langso.accounts.entity.Role;
import vn.langso.kernel.NotFoundException;
import vn.langso.kernel.Page;
import vn.langso.kernel.PageRequest;

/** Reads accounts as the administrator's pages show them: three queries a page, whatever its length. */
@Dependent
public class AccountReader {

    static final String VIEW = "select new vn.langso.accounts.boundary.AccountView(a.id, a.username, a.displayName,"
            + " u.code, u.name, p.fullName, p.phone, a.enabled, a.mustChangePassword, a.lockedUntil)";
    static final String FROM = " from Account a left join a.scopeUnit u left join a.member p";
    static final Map<String, String> SORTABLE = Map.of("username", "a.username", "displayName", "a.displayName");

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public Page<AccountView> list(AccountFilter filter, PageRequest request) {
        Conditions where = Conditions.of(filter);
        String sortField = request.sortField() == null ? null : SORTABLE.get(request.sortField());
        String order = " order by " + (sortField == null ? "a.username" : sortField)
                + (request.ascending() ? " asc" : " desc") + ", a.id";
        List<AccountView> items = where.apply(em.createQuery(VIEW + FROM + where.clause() + order, AccountView.class))
                .setFirstResult(request.offset())
                .setMaxResults(request.size())
                .getResultList();
        return Page.of(withRoles(items), count(filter), request);
    }

    public long count(AccountFilter filter) {
        Conditions where = Conditions.of(filter);
        return where.apply(em.createQuery("select count(a)" + FROM + where.clause(), Long.class))
                .getSingleResult();
    }

    public AccountView find(long id) {
        List<AccountView> found = em.createQuery(VIEW + FROM + " where a.id = :id", AccountView.class)
                .setParameter("id", id)
                .getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException();
        }
        return withRoles(found).get(0);
    }

    /** Adds the roles to a page of accounts, read in one query: a collection is no constructor argument. */
    private List<AccountView> withRoles(List<AccountView> accounts) {
        if (accounts.isEmpty()) {
            return accounts;
        }
        Map<Long, Set<Role>> roles = new HashMap<>();
        em.createQuery("select a.id, r from Account a join a.roles r where a.id in :ids", Object[].class)
                .setParameter("ids", accounts.stream().map(AccountView::id).toList())
                .getResultList()
                .forEach(row -> roles.computeIfAbsent((Long) row[0], id -> EnumSet.noneOf(Role.class))
                        .add((Role) row[1]));
        LocalDateTime now = LocalDateTime.now(clock);
        return accounts.stream()
                .map(a -> a.with(List.copyOf(roles.getOrDefault(a.id(), Set.of())), now))
                .toList();
    }

    /** The conditions of a filtered list, shared by its count and its page. */
    private record Conditions(String clause, Map<String, Object> parameters) {

        static Conditions of(AccountFilter filter) {
            StringBuilder clause = new StringBuilder(" where 1 = 1");
            Map<String, Object> parameters = new HashMap<>();
            if (filter.text() != null && !filter.text().isBlank()) {
                // Compared in the columns' collation, utf8mb4_unicode_520_ci, which ignores case and the Vietnamese
                // marks, đ included ("dang" finds "Đặng"). There are thousands of accounts at most, too few to be
                // worth a search-key column of their own, as units and members have.
                clause.append(" and (a.username like :text or a.displayName like :text)");
                parameters.put("text", "%" + escapeLike(filter.text().trim()) + "%");
            }
            if (filter.role() != null) {
                clause.append(" and :role member of a.roles");
                parameters.put("role", filter.role());
            }
            return new Conditions(clause.toString(), parameters);
        }

        <T> TypedQuery<T> apply(TypedQuery<T> query) {
            parameters.forEach(query::setParameter);
            return query;
        }

        private static String escapeLike(String text) {
            return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        }
    }
}
