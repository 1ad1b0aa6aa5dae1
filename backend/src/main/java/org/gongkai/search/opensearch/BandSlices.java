package org.gongkai.search.opensearch;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a page lies in the rank's bands. The results are the bands one after the other (each newest
 * first); knowing how many matches each band has, up to the page's end, a page is a slice of one band
 * or of a few neighbouring ones, and only those hits need to be fetched.
 */
final class BandSlices {

    /** Hits {@code from} (0-based) to {@code from + size} of band {@code band}. */
    record Slice(int band, int from, int size) {
    }

    private BandSlices() {
    }

    /** The slices of results {@code offset} to {@code end} (exclusive), given each band's count (exact, or at least {@code end}). */
    static List<Slice> of(long[] counts, int offset, int end) {
        List<Slice> slices = new ArrayList<>();
        long start = 0;
        for (int band = 0; band < counts.length && start < end; band++) {
            long from = Math.max(offset, start);
            long to = Math.min(end, start + counts[band]);
            if (to > from) {
                slices.add(new Slice(band, (int) (from - start), (int) (to - from)));
            }
            start += counts[band];
        }
        return slices;
    }
}
