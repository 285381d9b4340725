package io.github.southsouth.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.google.common.hash.Hashing;
import io.github.southsouth.model.Actor;
import io.github.southsouth.model.ActorType;
import io.github.southsouth.model.EntityId;
import io.github.southsouth.model.LocalizedText;
import io.github.southsouth.model.Relation;
import io.github.southsouth.model.RelationType;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A large graph, built on two threads, comes out the same whatever state the common fork-join pool
 * is in: called from inside a parallel stream, with every worker of the pool blocked, and with a
 * pool of parallelism 1 (in a child JVM).
 */
class BuildUnderPoolPressureTest {

  private static final int ACTORS = 15_000;

  private static EntityId actor(int n) {
    return EntityId.parse("actor:p" + n);
  }

  /** A graph above the size built in parallel: actors, each a member of the next two, shuffled. */
  static CooperationGraph build() {
    List<Actor> actors = new ArrayList<>();
    List<Relation> relations = new ArrayList<>();
    for (int n = 0; n < ACTORS; n++) {
      actors.add(Actor.builder().id(actor(n)).actorType(ActorType.ORGANIZATION)
          .name(LocalizedText.english("Actor " + n)).build());
      for (int step = 1; step <= 2; step++) {
        relations.add(Relation.of(actor(n), RelationType.MEMBER_OF, actor((n + step) % ACTORS)));
      }
    }
    Collections.shuffle(relations, new Random(5));
    return CooperationGraph.builder().addEntities(actors).addRelations(relations).build();
  }

  /** What identifies the graph and its indexes across JVMs (enum hash codes differ between JVMs). */
  static String fingerprint(CooperationGraph graph) {
    StringBuilder text = new StringBuilder();
    graph.relations().forEach(r -> text.append(r.describe()).append('\n'));
    for (int n = 0; n < ACTORS; n += 997) {
      text.append(graph.outgoing(actor(n))).append(graph.incoming(actor(n))).append('\n');
    }
    return graph.entityCount() + " " + graph.relationCount() + " "
        + Hashing.sha256().hashString(text, StandardCharsets.UTF_8);
  }

  @Test
  void insideAParallelStream() {
    CooperationGraph expected = build();
    List<CooperationGraph> built =
        IntStream.range(0, 4).parallel().mapToObj(i -> build()).collect(Collectors.toList());
    assertThat(built).allSatisfy(graph -> assertThat(graph).isEqualTo(expected));
  }

  @Test
  void whileEveryWorkerOfTheCommonPoolIsBlocked() throws InterruptedException {
    CooperationGraph expected = build();
    int workers = ForkJoinPool.getCommonPoolParallelism();
    CountDownLatch started = new CountDownLatch(workers);
    CountDownLatch release = new CountDownLatch(1);
    for (int i = 0; i < workers; i++) {
      ForkJoinPool.commonPool().execute(() -> {
        started.countDown();
        try {
          release.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      });
    }
    try {
      assertThat(started.await(60, TimeUnit.SECONDS)).as("every worker blocked").isTrue();
      CooperationGraph graph = assertTimeoutPreemptively(Duration.ofSeconds(120), BuildUnderPoolPressureTest::build);
      assertThat(graph).isEqualTo(expected);
    } finally {
      release.countDown();
    }
  }

  @Test
  void withACommonPoolOfParallelism1() throws IOException, InterruptedException {
    String classPath = Stream.of(System.getProperty("java.class.path"), System.getProperty("jdk.module.path"))
        .filter(p -> p != null && !p.isEmpty())
        .collect(Collectors.joining(File.pathSeparator));
    Process child = new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Djava.util.concurrent.ForkJoinPool.common.parallelism=1",
            "-cp", classPath,
            Child.class.getName())
        .redirectErrorStream(true)
        .start();
    String output;
    try {
      assertThat(child.waitFor(180, TimeUnit.SECONDS)).as("the child JVM ends").isTrue();
      output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    } finally {
      child.destroyForcibly();
    }
    assertThat(child.exitValue()).as(output).isZero();
    assertThat(output).isEqualTo("parallelism 1: " + fingerprint(build()));
  }

  /** Run in a child JVM: builds the graph and prints the pool's parallelism and the fingerprint. */
  public static final class Child {
    private Child() {}

    /**
     * Prints the fingerprint.
     *
     * @param args not used
     */
    public static void main(String[] args) {
      System.out.println("parallelism " + ForkJoinPool.getCommonPoolParallelism() + ": " + fingerprint(build()));
    }
  }
}
