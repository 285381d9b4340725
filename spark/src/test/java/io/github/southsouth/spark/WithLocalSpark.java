package io.github.southsouth.spark;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/** A test class with one local-mode Spark session for all its tests (LocalSpark#start). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class WithLocalSpark {

  /** The session of this test class. */
  SparkSession spark;

  @BeforeAll
  void startSpark() {
    spark = LocalSpark.start();
  }

  @AfterAll
  void stopSpark() {
    spark.stop();
  }
}
