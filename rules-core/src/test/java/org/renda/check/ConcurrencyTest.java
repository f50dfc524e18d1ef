package org.renda.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** One Checker shared by 8 threads over 10,000 records gives exactly the results of a sequential run. */
class ConcurrencyTest {

    private static List<String> variants(int n) throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode[] bases = {(ObjectNode) json.readTree(TestSupport.example("township")),
            (ObjectNode) json.readTree(TestSupport.example("street"))};
        Random r = new Random(42);
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ObjectNode rec = bases[i % 7 == 0 ? 1 : 0].deepCopy();
            rec.put("recordId", "R" + i);
            if (rec.has("sessions")) {
                for (var node : rec.get("sessions")) {
                    ObjectNode s = (ObjectNode) node;
                    int total = 5 + r.nextInt(40);
                    s.put("deputiesTotal", total);
                    s.put("deputiesPresent", r.nextInt(total + 1));
                    s.put("halfDays", 1 + r.nextInt(6));
                    if (r.nextInt(20) == 0) {
                        s.put("halfDays", 0); // rejected
                    }
                }
            }
            if (r.nextInt(10) == 0) {
                rec.put("asOfDate", LocalDate.of(2024, 12, 31).minusDays(r.nextInt(120)).toString());
            }
            out.add(rec.toString());
        }
        return out;
    }

    @Test
    void sharedCheckerMatchesSequentialRun() throws Exception {
        Checker checker = TestSupport.checker();
        List<String> records = variants(10_000);
        List<CheckResult> sequential = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            sequential.addAll(checker.check(records.get(i), "r" + i + ".json"));
        }
        CheckResult[] parallel = new CheckResult[records.size()];
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                futures.add(pool.submit(() -> {
                    for (int i; (i = next.getAndIncrement()) < records.size(); ) {
                        List<CheckResult> one = checker.check(records.get(i), "r" + i + ".json");
                        assertThat(one).hasSize(1);
                        parallel[i] = one.get(0);
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(List.of(parallel)).isEqualTo(sequential);
        // the variants exercise the rules: some records have findings, some none, some are rejected
        assertThat(sequential).anyMatch(x -> x.status() == Status.CHECKED && !x.findings().isEmpty())
                .anyMatch(x -> x.status() == Status.CHECKED && x.findings().isEmpty())
                .anyMatch(x -> x.status() == Status.REJECTED);
        assertThat(sequential.stream().map(CheckResult::findings).distinct().count()).isGreaterThan(100);
    }
}
