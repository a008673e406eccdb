package vn.langso.web.faces;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.util.Callbacks.SerializableFunction;
import vn.langso.kernel.Page;
import vn.langso.kernel.PageRequest;

/**
 * A lazy PrimeFaces table over a boundary's paged list: the table's page and sort become a {@link PageRequest};
 * the filters are the backing bean's, captured by the function. Sort fields are the columns' {@code field}
 * names, which the boundaries accept or ignore.
 */
public class PagedModel<T> extends LazyDataModel<T> {

    private final SerializableFunction<PageRequest, Page<T>> pages;
    private final SerializableFunction<T, Object> key;

    public PagedModel(SerializableFunction<PageRequest, Page<T>> pages, SerializableFunction<T, Object> key) {
        this.pages = pages;
        this.key = key;
    }

    /** PrimeFaces asks for the count before the rows; one row's page answers it, and load() corrects it. */
    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) pages.apply(PageRequest.first(1)).total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy.values().stream()
                .filter(s -> !s.getOrder().isUnsorted())
                .sorted()
                .findFirst()
                .orElse(null);
        int size = Math.max(pageSize, 1);
        Page<T> page = pages.apply(new PageRequest(
                first / size,
                size,
                sort == null ? null : sort.getField(),
                sort == null || sort.getOrder().isAscending()));
        setRowCount((int) page.total());
        return page.items();
    }

    @Override
    public String getRowKey(T item) {
        return String.valueOf(key.apply(item));
    }

    @Override
    public T getRowData(String rowKey) {
        return getWrappedData().stream()
                .filter(item -> Objects.equals(getRowKey(item), rowKey))
                .findFirst()
                .orElse(null);
    }
}
