package org.nottspartners.portal.core.directory;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, numbered from 1 as Open Referral numbers them: the items on it, how many there are in all,
 * and the page's place among the others.
 */
public record DirectoryPage<T>(List<T> items, long totalItems, int pageNumber, int perPage) {

    public int totalPages() {
        return (int) ((totalItems + perPage - 1) / perPage);
    }

    public boolean firstPage() {
        return pageNumber == 1;
    }

    public boolean lastPage() {
        return pageNumber >= totalPages();
    }

    public boolean empty() {
        return items.isEmpty();
    }

    public <R> DirectoryPage<R> map(Function<T, R> f) {
        return new DirectoryPage<>(items.stream().map(f).toList(), totalItems, pageNumber, perPage);
    }
}
