package io.github.southsouth.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two files whose activities name each other as related (a programme in one, its components in
 * the other, a sibling across them, targets in no file), imported on Spark: the relations are
 * those the fixtures state, as one JVM importing both files makes them; only the targets in no
 * file keep their warnings; the regions of an initiative that benefits a DAC region the import
 * made include it; and no frame shows more than its public schema.
 */
class RelatedAcrossFilesTest extends WithLocalSpark {

  private static final String PROG = "initiative:XX-REL-1-PROG";
  private static final String SIDE = "initiative:XX-REL-1-SIDE";
  private static final String COMP_A = "initiative:XX-REL-2-COMP-A";
  private static final String COMP_B = "initiative:XX-REL-2-COMP-B";

  private SouthSouthFrames frames;

  @BeforeAll
  void importBoth() {
    frames = SouthSouthSpark.iati(spark, List.of(LocalSpark.resource("iati/fidelity/related-parent.xml").toString(),
        LocalSpark.resource("iati/fidelity/related-children.xml").toString()), SparkReadOptions.lenient());
  }

  @AfterAll
  void unpersist() {
    frames.unpersist();
  }

  @Test
  void relatedActivitiesInTheOtherFileAreLinkedOnce() {
    List<String> between = SameAnswersTest.lines(frames.relations()
        .filter("`from` like 'initiative:%' and `to` like 'initiative:%'"),
        r -> r.getAs("from") + " " + r.getAs("type") + " " + r.getAs("to"));
    assertThat(between).containsExactly(
        PROG + " related-to " + SIDE,
        SIDE + " related-to " + COMP_B,
        COMP_A + " part-of " + PROG,
        COMP_B + " part-of " + PROG);
  }

  @Test
  void onlyTargetsInNoFileKeepTheirWarnings() {
    List<String> dangling = SameAnswersTest.lines(frames.problems().filter("code = 'dangling-reference'"),
        r -> r.getAs("subject") + " " + r.getAs("line") + " " + r.getAs("message"));
    assertThat(dangling).hasSize(3);
    assertThat(dangling.get(0)).startsWith(PROG + " 14 the related activity XX-REL-9-NOWHERE (sibling) ");
    assertThat(dangling.get(1)).startsWith(SIDE + " 25 the related activity "
        + "XX-REL-9-PROGRAMME-THAT-NO-FILE-OF-THIS-IMPORT-HOLDS-ITS-IDENTIFIER-IS-LONGER... (parent) ");
    assertThat(dangling.get(2)).startsWith(COMP_B + " 23 the related activity XX-REL-9-NOWHERE (parent) ");
  }

  @Test
  void aRegionTheImportMadeIsARegionOfItsInitiatives() {
    Row prog = frames.initiatives().filter("id = '" + PROG + "'").collectAsList().get(0);
    Row compB = frames.initiatives().filter("id = '" + COMP_B + "'").collectAsList().get(0);
    assertThat(prog.<String>getList(prog.fieldIndex("regions"))).contains("actor:dac-region-289");
    List<String> regions = compB.getList(compB.fieldIndex("regions"));
    assertThat(regions).contains("actor:dac-region-289").isSorted().doesNotHaveDuplicates();
  }

  @Test
  void theFramesHaveTheirPublicSchemas() {
    assertThat(frames.initiatives().schema()).isEqualTo(FrameSchemas.INITIATIVES);
    assertThat(frames.actors().schema()).isEqualTo(FrameSchemas.ACTORS);
    assertThat(frames.relations().schema()).isEqualTo(FrameSchemas.RELATIONS);
    assertThat(frames.financing().schema()).isEqualTo(FrameSchemas.FINANCING);
    assertThat(frames.conditions().schema()).isEqualTo(FrameSchemas.CONDITIONS);
    assertThat(frames.problems().schema()).isEqualTo(FrameSchemas.PROBLEMS);
  }
}
