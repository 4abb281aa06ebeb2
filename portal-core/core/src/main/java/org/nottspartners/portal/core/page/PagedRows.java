package org.nottspartners.portal.core.page;

import java.util.List;
import java.util.Map;

/**
 * A staff list loaded a page at a time by the database, sorted and filtered there (issue 14: tables that work on a
 * council's 20,000 cases): a module says how to count and load its rows from the column filters typed (field to text)
 * and the one column sorted; the portal's web layer gives it to a PrimeFaces data table as a lazy model
 * ({@code #{lazyTables.of(bean.rows)}}). A module ignores fields it does not know, so a hand-made request cannot sort
 * or filter on anything else.
 *
 * @param <T> the row
 */
public interface PagedRows<T> {

    /** What the table asks for: the filters typed, by field, and the sort, if any. */
    record Request(Map<String, String> filters, String sortField, boolean ascending) {

        /** A filter's text, trimmed, or null when none was typed. */
        public String filter(String field) {
            String value = filters.get(field);
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    /** How many rows the request finds. */
    int count(Request request);

    /** A page of the rows the request finds. */
    List<T> load(Request request, int first, int max);

    /** A row's key, unique in the list. */
    String key(T row);
}
