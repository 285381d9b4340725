/**
 * The immutable model of South-South Cooperation: the {@link io.github.southsouth.model.Entity}
 * family (principles, goals, themes, concepts, initiatives, actors, events, perspectives, sources),
 * {@link io.github.southsouth.model.Relation}s between them, and the small values they are made of
 * ({@link io.github.southsouth.model.EntityId}, {@link io.github.southsouth.model.LocalizedText},
 * {@link io.github.southsouth.model.PartialDate}, {@link io.github.southsouth.model.Money}, ...).
 *
 * <p>Every type here is immutable and thread-safe, never returns or accepts {@code null}, and
 * returns Guava immutable collections in a deterministic order. Values are built with a nested
 * {@code Builder} ({@code Initiative.builder()}) or a static {@code of(...)}; their checks guard
 * only what a single value can know (a well-formed slug, a real date, a three-letter currency).
 * Rules that involve more than one value, or the dataset as a whole (dangling references, relation
 * kinds, period order, share ranges and sums, known currencies, English names), are checked by
 * {@code CooperationGraph}, so that every problem of a dataset is reported at once with its
 * location instead of one at a time.
 *
 * <p>The runtime class of a value ({@code getClass()}) is a generated, package-private
 * implementation of its abstract type: compare values with {@code equals}, which is structural
 * over every attribute, and test their type with {@code instanceof} on the public type, never by
 * class name.
 *
 * <p>Closed vocabularies are enums implementing {@link io.github.southsouth.model.Coded}: each
 * constant has a stable lowercase wire code, separate from its Java name.
 *
 * @since 0.1.0
 */
@NullMarked
@ModelStyle
package io.github.southsouth.model;

import io.github.southsouth.internal.ModelStyle;
import org.jspecify.annotations.NullMarked;
