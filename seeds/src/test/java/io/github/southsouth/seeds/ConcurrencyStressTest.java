package io.github.southsouth.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.southsouth.graph.CooperationGraph;
import io.github.southsouth.graph.Direction;
import io.github.southsouth.graph.GraphDiff;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.Initiative;
import io.github.southsouth.model.LocalizedText;
import io.github.southsouth.model.Principle;
import io.github.southsouth.serialization.csv.CsvTables;
import io.github.southsouth.serialization.json.NativeFormat;
import io.github.southsouth.serialization.json.Syntax;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sixteen threads load, query, diff, write and read back the same graphs at the same moment, and
 * all get the same answers as one thread alone; files they write to the same place end up whole.
 */
class ConcurrencyStressTest {

  private static final int THREADS = 16;
  private static final int ROUNDS = 1;

  @TempDir Path dir;

  /** Everything one thread does, as text to compare. */
  private static String work(CooperationGraph seeds, Path shared, Path own) throws Exception {
    StringBuilder out = new StringBuilder();
    CooperationGraph loaded = Seeds.load();
    out.append(loaded == seeds).append('\n');
    EntityId nonConditionality = EntityId.parse("principle:non-conditionality");
    out.append(loaded.initiativeQuery().embodying(nonConditionality).inRegion(EntityId.parse("actor:m49-002"))
        .list().stream().map(i -> i.id().toString()).collect(Collectors.joining(","))).append('\n');
    out.append(loaded.neighbours(nonConditionality, Direction.BOTH).size()).append('\n');
    out.append(loaded.findByName("互利")).append('\n');

    // A changed copy, diffed both ways, and the diff applied as a patch.
    Principle first = loaded.principles().get(0);
    CooperationGraph changed = loaded.subgraph(e -> !e.id().equals(first.id())).toBuilder()
        .addEntity(Principle.builder().from(first).summary(LocalizedText.english("changed")).build())
        .addRelations(loaded.relations().stream()
            .filter(r -> r.from().equals(first.id()) || r.to().equals(first.id()))
            .collect(Collectors.toList()))
        .build();
    GraphDiff diff = loaded.diff(changed);
    out.append(diff).append('\n').append(diff.lines()).append('\n').append(changed.diff(loaded)).append('\n');
    out.append(diff.applyTo(loaded).equals(changed)).append('\n');

    // Written in every syntax, read back, and written to files: a shared one and this thread's own.
    for (Syntax syntax : Syntax.values()) {
      byte[] bytes = NativeFormat.writer().toBytes(loaded, syntax);
      CooperationGraph back = NativeFormat.reader().read(new ByteArrayInputStream(bytes), "stress", syntax);
      out.append(syntax).append(' ').append(bytes.length).append(' ').append(back.equals(loaded)).append('\n');
    }
    NativeFormat.writer().write(loaded, shared.resolve("seeds.json"), Syntax.JSON);
    CsvTables.writer().write(loaded, shared.resolve("csv"));
    Path mine = own.resolve("seeds.jsonl");
    NativeFormat.writer().write(loaded, mine, Syntax.JSON_LINES);
    out.append(NativeFormat.reader().read(mine).equals(loaded)).append('\n');
    CooperationGraph tables = CsvTables.reader().read(shared.resolve("csv"));
    out.append(tables.entityCount()).append(' ').append(tables.relationCount()).append('\n');
    return out.toString();
  }

  @Test
  void sixteenThreadsGetTheSameAnswersAsOne() throws Exception {
    CooperationGraph seeds = Seeds.load();
    Path shared = Files.createDirectories(dir.resolve("shared"));
    Path alone = Files.createDirectories(dir.resolve("own").resolve("alone"));
    String expected = work(seeds, shared, alone);
    assertThat(expected).startsWith("true\n").doesNotContain("false");

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      for (int round = 0; round < ROUNDS; round++) {
        CyclicBarrier start = new CyclicBarrier(THREADS);
        List<Future<String>> results = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
          Path own = Files.createDirectories(dir.resolve("own").resolve("r" + round + "t" + t));
          results.add(pool.submit(() -> {
            start.await(60, TimeUnit.SECONDS);
            return work(seeds, shared, own);
          }));
        }
        for (Future<String> result : results) {
          assertThat(result.get(300, TimeUnit.SECONDS)).isEqualTo(expected);
        }
      }
    } finally {
      pool.shutdownNow();
    }

    // Files written to one place by many threads at once are whole: one writer's complete bytes.
    assertThat(Files.readAllBytes(shared.resolve("seeds.json"))).isEqualTo(NativeFormat.writer().toBytes(seeds, Syntax.JSON));
    assertThat(CsvTables.reader().read(shared.resolve("csv")).entityCount()).isEqualTo(seeds.entityCount());
    try (var left = Files.list(shared)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("seeds.json", "csv");
    }
    try (var left = Files.list(shared.resolve("csv"))) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("entities.csv", "relations.csv");
    }
    assertThat(new String(Files.readAllBytes(shared.resolve("seeds.json")), StandardCharsets.UTF_8)).endsWith("\n");
  }

  @Test
  void theFirstLoadRacedBySixteenThreadsIsOneGraph() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CyclicBarrier start = new CyclicBarrier(THREADS);
      List<Future<CooperationGraph>> loads = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        loads.add(pool.submit(() -> {
          start.await(60, TimeUnit.SECONDS);
          return Seeds.load();
        }));
      }
      CooperationGraph first = loads.get(0).get(300, TimeUnit.SECONDS);
      for (Future<CooperationGraph> load : loads) {
        assertThat(load.get(300, TimeUnit.SECONDS)).isSameAs(first);
      }
      assertThat(first.initiatives()).extracting(Initiative::id).isNotEmpty();
    } finally {
      pool.shutdownNow();
    }
  }
}
