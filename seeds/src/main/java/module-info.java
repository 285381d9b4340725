/**
 * southsouth seeds: the bundled, bilingual, sourced dataset of South-South Cooperation, loaded with
 * {@code Seeds.load()}. Bringing this one dependency brings the rest of southsouth.
 *
 * @since 0.1.0
 */
module io.github.southsouth.seeds {
  requires transitive io.github.southsouth.serialization;
  requires static org.jspecify;

  exports io.github.southsouth.seeds;
}
