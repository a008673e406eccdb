package vn.langso.web.accounts;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import vn.langso.accounts.boundary.AccountAdministration;
import vn.langso.accounts.boundary.AccountFilter;
import vn.langso.accounts.boundary.AccountView;
import vn.langso.accounts.entity.Role;
import vn.langso.kernel.PageRequest;

/** The rows of the accounts table, one page at a time from the boundary, filtered by the search above it. */
public class AccountList extends LazyDataModel<AccountView> {

    private final AccountAdministration administration;
    private String text;
    private Role role;

    AccountList(AccountAdministration administration) {
        this.administration = administration;
    }

    void filter(String text, Role role) {
        this.text = text;
        this.role = role;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(administration.count(new AccountFilter(text, role)));
    }

    @Override
    public List<AccountView> load(
            int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy.values().stream()
                .filter(s -> !s.getOrder().isUnsorted())
                .findFirst()
                .orElse(null);
        PageRequest request = new PageRequest(
                first / pageSize,
                pageSize,
                sort == null ? null : sort.getField(),
                sort == null || sort.getOrder().isAscending());
        return administration.list(new AccountFilter(text, role), request).items();
    }

    @Override
    public String getRowKey(AccountView account) {
        return String.valueOf(account.id());
    }

    @Override
    public AccountView getRowData(String rowKey) {
        return administration.find(Long.parseLong(rowKey));
    }
}
