package io.github.southsouth.serialization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextPoolTest {

  @Test
  void equalShortTextsBecomeOneInstance() {
    TextPool pool = new TextPool();
    String first = new String("Yes");
    String again = new String("Yes");
    assertThat(pool.share(first)).isSameAs(first);
    assertThat(pool.share(again)).isSameAs(first);
    assertThat(pool.share(new String(""))).isSameAs(pool.share(new String("")));
  }

  @Test
  void longTextsAreReturnedAsTheyAre() {
    TextPool pool = new TextPool();
    String longText = "x".repeat(TextPool.MAX_LENGTH + 1);
    String equal = new String(longText);
    assertThat(pool.share(longText)).isSameAs(longText);
    assertThat(pool.share(equal)).isSameAs(equal);
    String longest = "y".repeat(TextPool.MAX_LENGTH);
    assertThat(pool.share(new String(longest))).isSameAs(pool.share(new String(longest)));
  }

  @Test
  void onceFullNewTextsAreReturnedWithoutBeingHeld() {
    TextPool pool = new TextPool();
    for (int i = 0; i < TextPool.MAX_ENTRIES; i++) {
      pool.share(Integer.toString(i));
    }
    String held = pool.share(new String("7"));
    assertThat(pool.share(new String("7"))).isSameAs(held);
    String late = new String("late");
    String lateAgain = new String("late");
    assertThat(pool.share(late)).isSameAs(late);
    assertThat(pool.share(lateAgain)).isSameAs(lateAgain);
  }
}
