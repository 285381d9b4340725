package io.github.southsouth.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.southsouth.problem.ProblemCode;
import io.github.southsouth.problem.Severity;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The wire codes of every closed vocabulary: unique, lowercase-hyphenated, found by fromCode. */
class CodedTest {

  static Stream<Class<? extends Enum<?>>> vocabularies() {
    return Stream.of(
        ActorType.class,
        ConditionType.class,
        ConditionalityState.class,
        FinancingStage.class,
        InitiativeKind.class,
        InitiativeStatus.class,
        Instrument.class,
        Kind.class,
        RelationType.class,
        SectorVocabulary.class,
        SourceKind.class,
        Stance.class,
        ProblemCode.class,
        Severity.class);
  }

  @ParameterizedTest
  @MethodSource("vocabularies")
  <E extends Enum<E> & Coded> void codesAreUniqueLowercaseHyphenatedAndFound(Class<E> type) {
    E[] constants = type.getEnumConstants();
    List<String> codes = Arrays.stream(constants).map(Coded::code).collect(Collectors.toList());
    assertThat(new HashSet<>(codes)).as("unique codes").hasSameSizeAs(codes);
    for (E constant : constants) {
      assertThat(constant.code()).matches("[a-z0-9]+(-[a-z0-9]+)*");
      assertThat(Coded.fromCode(type, constant.code())).contains(constant);
      // the Java name is not a code, nor any other case of the code
      if (!constant.name().equals(constant.code())) {
        assertThat(Coded.fromCode(type, constant.name())).isEmpty();
      }
      assertThat(Coded.fromCode(type, constant.code().toUpperCase(Locale.ROOT))).isEmpty();
      assertThat(Coded.fromCode(type, " " + constant.code())).isEmpty();
    }
    assertThat(Coded.fromCode(type, "")).isEmpty();
    assertThat(Coded.fromCode(type, "no-such-code")).isEmpty();
    assertThat(Coded.codesOf(type)).isEqualTo(String.join(", ", codes));
  }

  @ParameterizedTest
  @MethodSource("vocabularies")
  void codesFollowTheJavaNames(Class<? extends Enum<?>> type) {
    // the codes are the constants' names in lower case with hyphens, so they read alike
    Set<String> mismatched =
        Arrays.stream(type.getEnumConstants())
            .filter(c -> !((Coded) c).code().equals(c.name().toLowerCase(Locale.ROOT).replace('_', '-')))
            .map(c -> c.name() + "=" + ((Coded) c).code())
            .collect(Collectors.toSet());
    assertThat(mismatched).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void theArticleFollowsTheSoundOfTheCode() {
    assertThat(Kind.ACTOR.withArticle()).isEqualTo("an actor");
    assertThat(Kind.INITIATIVE.withArticle()).isEqualTo("an initiative");
    assertThat(Kind.SOURCE.withArticle()).isEqualTo("a source");
    assertThat(RelationType.EMBODIES.withArticle()).isEqualTo("an embodies");
    assertThat(RelationType.PART_OF.withArticle()).isEqualTo("a part-of");
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.EnumSource(Kind.class)
  void anEntityGivenAnIdOfAnotherKindSaysSoWithTheRightArticle(Kind kind) {
    EntityId wrong = EntityId.of(kind == Kind.ACTOR ? Kind.GOAL : Kind.ACTOR, "x");
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> kind.checkIdOfThisKind(wrong));
    assertThat(thrown)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the id " + wrong + " is not " + kind.withArticle() + " id: expected " + kind.code() + ":<slug>");
    assertThat(thrown.getMessage()).doesNotContain(" a actor", " a initiative", " a event");
  }
}
