package org.nottspartners.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nottspartners.portal.core.page.PagedRows;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * Gives a module's {@link PagedRows} to a PrimeFaces data table as its lazy model (modules live in the EAR's library and
 * cannot see PrimeFaces, which the web application holds): {@code value="#{lazyTables.of(casesPage.rows)}" lazy="true"}.
 * One model per list per request, so the table counts and loads once.
 */
@Named("lazyTables")
@RequestScoped
public class LazyTables {

    private final Map<PagedRows<?>, LazyDataModel<?>> models = new IdentityHashMap<>();

    public LazyDataModel<?> of(PagedRows<?> rows) {
        return models.computeIfAbsent(rows, Model::new);
    }

    /** The lazy model over a module's rows. */
    static final class Model<T> extends LazyDataModel<T> {

        private final transient PagedRows<T> rows;

        Model(PagedRows<T> rows) {
            this.rows = rows;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return rows.count(request(filterBy, Map.of()));
        }

        @Override
        public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return rows.load(request(filterBy, sortBy), first, pageSize);
        }

        @Override
        public String getRowKey(T row) {
            return rows.key(row);
        }

        @Override
        public T getRowData(String rowKey) {
            return null; // rows are opened by their links, never selected in the table
        }
    }

    static PagedRows.Request request(Map<String, FilterMeta> filterBy, Map<String, SortMeta> sortBy) {
        Map<String, String> filters = new LinkedHashMap<>();
        if (filterBy != null) {
            filterBy.forEach((field, meta) -> {
                Object value = meta.getFilterValue();
                if (value != null && !value.toString().isBlank()) {
                    filters.put(meta.getField() == null ? field : meta.getField(), value.toString().strip());
                }
            });
        }
        SortMeta sort = sortBy == null ? null : sortBy.values().stream().filter(s -> s.getOrder() != SortOrder.UNSORTED)
                .findFirst().orElse(null);
        return new PagedRows.Request(filters, sort == null ? null : sort.getField(),
                sort == null || sort.getOrder() != SortOrder.DESCENDING);
    }
}
