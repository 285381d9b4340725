/**
 * southsouth core: the immutable model of South-South Cooperation ({@code
 * io.github.southsouth.model}), the validated, indexed {@code CooperationGraph} ({@code
 * io.github.southsouth.graph}) and the problems it reports ({@code io.github.southsouth.problem}).
 * Depends on Guava only; free of any JSON library.
 *
 * @since 0.1.0
 */
module io.github.southsouth.core {
  requires transitive com.google.common;
  requires static org.jspecify;
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports io.github.southsouth.model;
  exports io.github.southsouth.graph;
  exports io.github.southsouth.problem;
}
