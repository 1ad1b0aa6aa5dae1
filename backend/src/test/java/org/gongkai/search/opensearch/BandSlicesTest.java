package org.gongkai.search.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class BandSlicesTest {

    @Test
    void aPageAcrossTwoBandsIsTheEndOfOneAndTheStartOfTheNext() {
        assertEquals(List.of(new BandSlices.Slice(0, 15, 5), new BandSlices.Slice(2, 0, 15)),
                BandSlices.of(new long[] { 20, 0, 500, 40 }, 15, 35));
    }

    @Test
    void aPageBeyondEveryMatchIsEmpty() {
        assertEquals(List.of(), BandSlices.of(new long[] { 3, 4 }, 20, 40));
    }

    /** The slices, one after the other, are exactly the ranks offset..end that exist, each inside its band. */
    @Property
    void slicesCoverThePageInRankOrder(@ForAll @Size(max = 4) List<@IntRange(max = 1_200) Integer> bandSizes,
            @ForAll @IntRange(max = 980) int offset, @ForAll @IntRange(min = 1, max = 100) int size) {
        long[] counts = bandSizes.stream().mapToLong(Integer::longValue).toArray();
        List<Long> ranks = new ArrayList<>();
        for (BandSlices.Slice s : BandSlices.of(counts, offset, offset + size)) {
            assertTrue(s.size() > 0 && s.from() >= 0 && s.from() + s.size() <= counts[s.band()], s.toString());
            long start = 0;
            for (int b = 0; b < s.band(); b++) {
                start += counts[b];
            }
            for (int i = 0; i < s.size(); i++) {
                ranks.add(start + s.from() + i);
            }
        }
        long all = bandSizes.stream().mapToLong(Integer::longValue).sum();
        List<Long> expected = new ArrayList<>();
        for (long r = offset; r < Math.min(all, offset + size); r++) {
            expected.add(r);
        }
        assertEquals(expected, ranks);
    }
}
