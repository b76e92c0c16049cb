package org.ogichecker.read.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTest {

    @Test
    void aWordIsFoundWhereStringIndexOfFindsIt() {
        String s = "电子邮箱，电话：0951，电话号码";
        for (String w : new String[] {"电话", "电", "号码", "传真", "码x"}) {
            for (int from = 0; from <= s.length() + 1; from++) {
                assertThat(Search.indexOf(s, w, from)).as(w + " from " + from).isEqualTo(s.indexOf(w, from));
            }
        }
    }
}
