package org.careerpath.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** One page of a list: its items, where it is in the whole list, and the order it was sorted in. */
@Schema(description = "One page of a list, with where it is in the whole list and the order it was sorted in.")
public record ApiPage<T>(
        @Schema(description = "The items on this page.") List<T> items,

        @Schema(description = "This page's number, from 0.", example = "0")
        int page,

        @Schema(description = "The largest number of items on a page.", example = "20")
        int size,

        @Schema(description = "How many items the whole list has.", example = "42")
        long total,

        @Schema(description = "How many pages the whole list has.", example = "3")
        int pages,

        @Schema(description = "The sort key; a leading minus sign means descending.", example = "name")
        String sort) {

    /** Which page of how many items a request asks for, checked as the API's parameters. */
    record Window(int page, int size) {

        static Window of(Integer page, Integer size) {
            int number = page == null ? 0 : page;
            int length = size == null ? DEFAULT_SIZE : size;
            if (number < 0) {
                throw ApiProblem.badParameter("page", "page must be 0 or more; it was " + number + ".");
            }
            if (length < 1 || length > MAX_SIZE) {
                throw ApiProblem.badParameter(
                        "size", "size must be between 1 and " + MAX_SIZE + "; it was " + length + ".");
            }
            return new Window(number, length);
        }

        int offset() {
            return page * size;
        }
    }

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;

    /** A page of {@code all}, sorted by one of {@code keys} ("name" or "-name"), checked as the API's parameters. */
    static <T> ApiPage<T> of(
            List<T> all, Integer page, Integer size, String sort, Map<String, Comparator<T>> keys, String byDefault) {
        Window window = Window.of(page, size);
        int number = window.page();
        int length = window.size();
        String order = sort == null || sort.isBlank() ? byDefault : sort.strip();
        boolean descending = order.startsWith("-");
        String key = descending ? order.substring(1) : order;
        Comparator<T> comparator = keys.get(key);
        if (comparator == null) {
            throw ApiProblem.badParameter(
                    "sort",
                    "sort must be one of " + String.join(", ", keys.keySet())
                            + " (with a leading - for descending); it was “" + Api.shorten(order) + "”.");
        }
        List<T> sorted = new ArrayList<>(all);
        sorted.sort(descending ? comparator.reversed() : comparator);
        int from = (int) Math.min((long) number * length, sorted.size());
        int to = Math.min(from + length, sorted.size());
        int pages = (sorted.size() + length - 1) / length;
        return new ApiPage<>(List.copyOf(sorted.subList(from, to)), number, length, sorted.size(), pages, order);
    }
}
