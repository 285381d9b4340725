package io.github.southsouth.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConditionalityTest {

  private static final Condition PROCUREMENT =
      Condition.builder().type(ConditionType.POLICY).description(LocalizedText.english("Procure from the lender's country")).build();

  @Test
  void threeStates() {
    assertThat(Conditionality.notReported().state()).isEqualTo(ConditionalityState.NOT_REPORTED);
    assertThat(Conditionality.noneAttached().state()).isEqualTo(ConditionalityState.NONE_ATTACHED);
    assertThat(Conditionality.attached(List.of(PROCUREMENT)).state()).isEqualTo(ConditionalityState.ATTACHED);
    assertThat(Conditionality.notReported().conditions()).isEmpty();
    assertThat(Conditionality.noneAttached().conditions()).isEmpty();
    assertThat(Conditionality.notReported()).isNotEqualTo(Conditionality.noneAttached());
  }

  @Test
  void attachedMayListConditionsOrNot() {
    assertThat(Conditionality.attached(List.of(PROCUREMENT, Condition.of(ConditionType.FIDUCIARY))).conditions())
        .containsExactly(PROCUREMENT, Condition.of(ConditionType.FIDUCIARY));
    assertThat(Conditionality.attached(List.of()).conditions()).isEmpty();
  }

  @Test
  void conditionsOnlyWhenAttached() {
    assertThatThrownBy(() -> Conditionality.builder().state(ConditionalityState.NONE_ATTACHED).addCondition(PROCUREMENT).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("conditions are listed but the state is none-attached: expected attached");
    assertThatThrownBy(() -> Conditionality.builder().state(ConditionalityState.NOT_REPORTED).addCondition(PROCUREMENT).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not-reported");
  }

  @Test
  void anInitiativeIsNotReportedUnlessSaidOtherwise() {
    Initiative initiative =
        Initiative.builder()
            .id(EntityId.parse("initiative:x"))
            .name(LocalizedText.english("X"))
            .initiativeKind(InitiativeKind.PROJECT)
            .build();
    assertThat(initiative.conditionality()).isEqualTo(Conditionality.notReported());
  }
}
